package io.cairn.lti.launch;

import io.cairn.lti.LtiPages;
import io.cairn.lti.ToolEndpoints;
import io.cairn.lti.registration.Origins;
import io.cairn.lti.registration.RegistrationRepository;
import io.cairn.web.SecurityHeaders;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.function.Function;

/**
 * OIDC third-party-initiated login, by GET or form POST: find the registration, start a login
 * (state + nonce), bind its state to this browser with a cookie and, when the platform offers
 * lti_storage_target, with its postMessage storage too, then send the browser to the platform's
 * authentication endpoint.
 */
public final class LoginRoutes {
  static final long COOKIE_SECONDS = LoginRepository.TTL.toSeconds();

  private final LtiPages pages;
  private final ToolEndpoints tool;
  private final RegistrationRepository registrations;
  private final LoginRepository logins;

  private LoginRoutes(LtiPages pages, ToolEndpoints tool, RegistrationRepository registrations, LoginRepository logins) {
    this.pages = pages;
    this.tool = tool;
    this.registrations = registrations;
    this.logins = logins;
  }

  public static void mount(Router root, LtiPages pages, ToolEndpoints tool, RegistrationRepository registrations,
      LoginRepository logins) {
    LoginRoutes r = new LoginRoutes(pages, tool, registrations, logins);
    root.get(ToolEndpoints.LOGIN_PATH).handler(r::login);
    root.post(ToolEndpoints.LOGIN_PATH).handler(r::login);
  }

  private void login(RoutingContext ctx) {
    Function<String, String> params = name -> {
      String v = ctx.request().getParam(name);
      return v != null ? v : ctx.request().getFormAttribute(name);
    };
    LoginRequest request;
    try {
      request = LoginRequest.parse(params, tool);
    } catch (RuntimeException e) {
      pages.fail(ctx, e);
      return;
    }
    registrations.byIssuer(request.issuer())
        .map(request::registration)
        .compose(reg -> logins.create(reg.id(), request).map(login -> {
          ctx.put(SecurityHeaders.FRAME_ANCESTORS_KEY, reg.frameAncestors());
          String authUrl = request.authenticationUrl(reg, tool, login.state(), login.nonce());
          ctx.response().headers().add("Set-Cookie", stateCookie(login.state(), tool.secure()));
          if (request.storageTarget() != null) {
            pages.render(ctx, 200, "lti/storage-login", "Opening Cairn", Map.of("authUrl", authUrl,
                "origin", Origins.of(reg.authLoginUrl()).orElse(""), "target", request.storageTarget(),
                "state", login.state(), "nonce", login.nonce()));
          } else {
            ctx.response().setStatusCode(302).putHeader("Location", authUrl).end();
          }
          return login;
        }))
        .onFailure(err -> pages.fail(ctx, err));
  }

  /**
   * The state cookie, named after the state. Over https: SameSite=None; Secure; Partitioned (CHIPS),
   * so it comes back in the platform's iframe. Over http (local development) browsers refuse
   * SameSite=None without Secure: Lax, which only works when platform and tool share a site.
   */
  static String stateCookie(String state, boolean secure) {
    Cookie c = Cookie.cookie(StateBinding.cookieName(state), state).setPath("/lti/").setMaxAge(COOKIE_SECONDS)
        .setHttpOnly(true).setSecure(secure).setSameSite(secure ? CookieSameSite.NONE : CookieSameSite.LAX);
    return c.encode() + (secure ? "; Partitioned" : "");
  }

  static String clearedCookie(String state, boolean secure) {
    Cookie c = Cookie.cookie(StateBinding.cookieName(state), "").setPath("/lti/").setMaxAge(0)
        .setHttpOnly(true).setSecure(secure).setSameSite(secure ? CookieSameSite.NONE : CookieSameSite.LAX);
    return c.encode() + (secure ? "; Partitioned" : "");
  }
}
