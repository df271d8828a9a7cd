package io.cairn.lti;

import io.cairn.errors.InvalidInput;
import io.cairn.lti.launch.LaunchRejected;
import io.cairn.web.Pages;
import io.cairn.web.RequestIds;
import io.cairn.web.SecurityHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages of LTI's entry points, which a platform shows inside its iframe: a rejected launch
 * (401, naming the claim, what was expected and what came, all escaped), or a problem with the
 * request. Such pages carry no action, so any site may frame them unless a registration is known.
 */
public final class LtiPages {
  private static final Logger LOG = LoggerFactory.getLogger(LtiPages.class);

  private final Pages pages;

  public LtiPages(Pages pages) {
    this.pages = pages;
  }

  public Pages pages() {
    return pages;
  }

  /** Renders a template, framable by the registration's platform (or any site for an inert page). */
  public void render(RoutingContext ctx, int status, String template, String title, Map<String, Object> data) {
    if (ctx.get(SecurityHeaders.FRAME_ANCESTORS_KEY) == null) {
      ctx.put(SecurityHeaders.FRAME_ANCESTORS_KEY, "*");
    }
    ctx.response().setStatusCode(status);
    Map<String, Object> model = new HashMap<>(data);
    model.put("requestId", RequestIds.of(ctx));
    model.put("status", status);
    pages.render(ctx, template, title, model);
  }

  /** Whatever failed at an LTI entry point: a rejection, bad input, or (logged by the failure handler) a fault. */
  public void fail(RoutingContext ctx, Throwable err) {
    if (err instanceof LaunchRejected r) {
      LOG.warn("LTI launch rejected (request {}): {} [{}] expected {}, received {}", RequestIds.of(ctx),
          r.rule(), r.claim(), r.expected(), r.received());
      render(ctx, 401, "lti/rejected", "Launch not accepted", Map.of("problem", r.rule().title(),
          "rule", r.rule().name(), "claim", r.claim(), "expected", r.expected(), "received", r.received()));
    } else if (err instanceof InvalidInput e) {
      LOG.warn("LTI request refused (request {}): {}: {}", RequestIds.of(ctx), e.field(), e.getMessage());
      render(ctx, 400, "lti/problem", "LTI request not accepted", Map.of("message", e.getMessage(),
          "field", e.field() == null ? "" : e.field()));
    } else {
      ctx.fail(err);
    }
  }
}
