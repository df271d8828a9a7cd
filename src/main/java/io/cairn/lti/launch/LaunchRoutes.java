package io.cairn.lti.launch;

import io.cairn.lti.LtiPages;
import io.cairn.lti.ToolEndpoints;
import io.cairn.lti.registration.Origins;
import io.cairn.lti.registration.Registration;
import io.cairn.lti.registration.RegistrationRepository;
import io.cairn.web.RequestIds;
import io.cairn.web.SecurityHeaders;
import io.vertx.core.Future;
import io.vertx.core.http.Cookie;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The launch (the platform's form post of id_token and state to the redirect URI) and its
 * confirmation through the platform's postMessage storage when the state cookie did not come back.
 */
public final class LaunchRoutes {
  private final LtiPages pages;
  private final ToolEndpoints tool;
  private final LaunchValidator validator;
  private final PendingLaunches pending;
  private final RegistrationRepository registrations;
  private final LaunchCompletion completion;

  private LaunchRoutes(LtiPages pages, ToolEndpoints tool, LaunchValidator validator, PendingLaunches pending,
      RegistrationRepository registrations, LaunchCompletion completion) {
    this.pages = pages;
    this.tool = tool;
    this.validator = validator;
    this.pending = pending;
    this.registrations = registrations;
    this.completion = completion;
  }

  public static void mount(Router root, LtiPages pages, ToolEndpoints tool, LaunchValidator validator,
      PendingLaunches pending, RegistrationRepository registrations, LaunchCompletion completion) {
    LaunchRoutes r = new LaunchRoutes(pages, tool, validator, pending, registrations, completion);
    root.post(ToolEndpoints.LAUNCH_PATH).handler(r::launch);
    root.post(ToolEndpoints.CONFIRM_PATH).handler(r::confirm);
  }

  private void launch(RoutingContext ctx) {
    String error = ctx.request().getFormAttribute("error");
    String idToken = ctx.request().getFormAttribute("id_token");
    if (idToken == null && error != null) {
      String description = ctx.request().getFormAttribute("error_description");
      pages.fail(ctx, new LaunchRejected(LaunchRule.ID_TOKEN, "an id_token from the platform's authentication endpoint",
          "the error " + error + (description == null ? "" : ": " + description)));
      return;
    }
    String state = ctx.request().getFormAttribute("state");
    validator.validate(idToken, state).compose(v -> {
      Registration reg = v.registration();
      ctx.put(SecurityHeaders.FRAME_ANCESTORS_KEY, reg.frameAncestors());
      Cookie cookie = ctx.request().getCookie(StateBinding.cookieName(v.login().state()));
      return switch (StateBinding.decide(cookie == null ? null : cookie.getValue(), v.login().state(),
          v.login().storageTarget())) {
        case BOUND -> {
          ctx.response().headers().add("Set-Cookie", LoginRoutes.clearedCookie(v.login().state(), tool.secure()));
          yield redirect(ctx, reg, v.claims());
        }
        case MISMATCH -> Future.failedFuture(new LaunchRejected(LaunchRule.STATE,
            "the state cookie this browser got when it started the login", "a cookie holding another state"));
        case ASK_PLATFORM_STORAGE -> pending.create(v.login().state(), reg.id(), v.claims().all()).map(id -> {
          pages.render(ctx, 200, "lti/storage-launch", "Opening Cairn", Map.of("launchId", id,
              "target", v.login().storageTarget(), "origin", Origins.of(reg.authLoginUrl()).orElse(""),
              "state", v.login().state(), "nonce", v.login().nonce(), "restartUrl", restartUrl(v.login().params())));
          return null;
        });
        case UNBOUND -> {
          blocked(ctx, v.login().params(), false);
          yield Future.succeededFuture();
        }
      };
    }).onFailure(err -> pages.fail(ctx, err));
  }

  private void confirm(RoutingContext ctx) {
    String state = ctx.request().getFormAttribute("state");
    String nonce = ctx.request().getFormAttribute("nonce");
    pending.take(ctx.request().getFormAttribute("launch_id")).compose(found -> {
      if (found.isEmpty()) {
        return Future.failedFuture(new LaunchRejected(LaunchRule.STATE, "launch_id",
            "a launch waiting for confirmation (each is confirmed once, within "
                + PendingLaunches.TTL.toMinutes() + " minutes)", "an unknown, used or expired launch id"));
      }
      PendingLaunches.Pending p = found.get();
      return registrations.require(p.registrationId()).compose(reg -> {
        ctx.put(SecurityHeaders.FRAME_ANCESTORS_KEY, reg.frameAncestors());
        if ((state == null || state.isEmpty()) && (nonce == null || nonce.isEmpty())) {
          blocked(ctx, p.loginParams(), true);
          return Future.succeededFuture();
        }
        if (!StateBinding.same(state, p.state()) || !StateBinding.same(nonce, p.nonce())) {
          return Future.failedFuture(new LaunchRejected(LaunchRule.STATE,
              "the state and nonce this browser stored in the platform's storage at login",
              "values that belong to another login"));
        }
        if (!reg.enabled()) {
          return Future.failedFuture(new LaunchRejected(LaunchRule.REGISTRATION, "an enabled registration",
              reg.statusCode()));
        }
        return redirect(ctx, reg, LaunchClaims.from(p.claims()));
      });
    }).onFailure(err -> pages.fail(ctx, err));
  }

  private Future<Void> redirect(RoutingContext ctx, Registration reg, LaunchClaims claims) {
    return completion.complete(reg, claims, RequestIds.of(ctx))
        .map(location -> {
          ctx.response().setStatusCode(303).putHeader("Location", location).end();
          return null;
        });
  }

  private void blocked(RoutingContext ctx, JsonObject loginParams, boolean triedStorage) {
    pages.render(ctx, 401, "lti/blocked", "Open Cairn in a new window",
        Map.of("restartUrl", restartUrl(loginParams), "triedStorage", triedStorage));
  }

  /** The same login initiation again, to open at top level where the browser keeps Cairn's cookie. */
  static String restartUrl(JsonObject loginParams) {
    return ToolEndpoints.LOGIN_PATH + "?" + loginParams.fieldNames().stream()
        .map(k -> k + "=" + URLEncoder.encode(String.valueOf(loginParams.getValue(k)), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
