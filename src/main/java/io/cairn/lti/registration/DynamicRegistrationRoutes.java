package io.cairn.lti.registration;

import io.cairn.errors.Conflict;
import io.cairn.errors.Forbidden;
import io.cairn.errors.InvalidInput;
import io.cairn.lti.LtiPages;
import io.cairn.lti.ToolEndpoints;
import io.cairn.web.SecurityHeaders;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET /lti/register/<one-time token>?openid_configuration=…&registration_token=…: the URL a Cairn
 * admin makes and a platform admin pastes (Moodle: "Tool URL" of "Add LTI Advantage"; Canvas:
 * "Dynamic Registration"). The platform opens it in a frame or window; the answer page posts
 * org.imsglobal.lti.close to it. Without a valid token nothing is fetched or stored.
 */
public final class DynamicRegistrationRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(DynamicRegistrationRoutes.class);

  private final LtiPages pages;
  private final DynamicRegistration registration;
  private final RegistrationInvites invites;

  private DynamicRegistrationRoutes(LtiPages pages, DynamicRegistration registration, RegistrationInvites invites) {
    this.pages = pages;
    this.registration = registration;
    this.invites = invites;
  }

  public static void mount(Router root, LtiPages pages, DynamicRegistration registration, RegistrationInvites invites) {
    DynamicRegistrationRoutes r = new DynamicRegistrationRoutes(pages, registration, invites);
    root.get(ToolEndpoints.REGISTER_PATH).handler(ctx -> ctx.fail(new Forbidden("Registering a platform needs "
        + "a registration URL from the Cairn admin (LTI platforms, \"Create a registration URL\").")));
    root.get(ToolEndpoints.REGISTER_PATH + "/:invite").handler(r::register);
  }

  private void register(RoutingContext ctx) {
    String invite = ctx.pathParam("invite");
    String config = ctx.request().getParam("openid_configuration");
    String token = ctx.request().getParam("registration_token");
    // the platform shows this page in its own frame: let it
    Origins.of(config).ifPresent(o -> ctx.put(SecurityHeaders.FRAME_ANCESTORS_KEY, o));
    invites.claim(invite)
        .compose(v -> registration.register(config, token)
            .recover(err -> invites.release(invite).transform(x -> Future.<DynamicRegistration.Outcome>failedFuture(err))))
        .compose(outcome -> invites.attach(invite, outcome.registrationId()).map(outcome))
        .onSuccess(outcome -> {
      RegistrationInput r = outcome.registration();
      pages.render(ctx, 200, "lti/registered", "Cairn is registered", Map.of("ok", true, "name", r.name(),
          "issuer", r.issuer(), "clientId", r.clientId(),
          "deploymentId", r.deploymentIds().isEmpty() ? "" : r.deploymentIds().get(0)));
    }).onFailure(err -> {
      Map<String, Object> data = new HashMap<>();
      data.put("ok", false);
      int status;
      if (err instanceof InvalidInput e) {
        status = 400;
        data.put("message", e.getMessage());
        data.put("field", e.field());
      } else if (err instanceof Forbidden e) {
        status = 403;
        data.put("message", e.getMessage());
      } else if (err instanceof DynamicRegistration.PlatformRefused || err instanceof Conflict) {
        status = err instanceof Conflict ? 409 : 502;
        data.put("message", err.getMessage());
      } else {
        ctx.fail(err);
        return;
      }
      LOG.warn("Dynamic registration from {} failed: {}", config, err.getMessage());
      pages.render(ctx, status, "lti/registered", "Registration failed", data);
    });
  }
}
