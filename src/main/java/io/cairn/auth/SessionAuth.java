package io.cairn.auth;

import io.cairn.errors.Forbidden;
import io.cairn.errors.SignInRequired;
import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * Finds the signed-in person of a request from the session cookie (one query), and guards routes
 * by role.
 */
public final class SessionAuth {
  public static final String COOKIE = "cairn_session";
  private static final String USER_KEY = "auth.user";
  private static final String TOKEN_KEY = "auth.token";

  private final SessionRepository sessions;
  private final boolean secureCookies;

  public SessionAuth(SessionRepository sessions, boolean secureCookies) {
    this.sessions = sessions;
    this.secureCookies = secureCookies;
  }

  /** Loads the person, if any, then continues; an unknown or expired cookie is cleared. */
  public void load(RoutingContext ctx) {
    Cookie cookie = ctx.request().getCookie(COOKIE);
    if (cookie == null || cookie.getValue().isBlank()) {
      ctx.next();
      return;
    }
    String token = cookie.getValue();
    sessions.lookup(token).onComplete(found -> {
      if (found.failed()) {
        ctx.fail(found.cause());
        return;
      }
      if (found.result().isPresent()) {
        ctx.put(USER_KEY, found.result().get());
        ctx.put(TOKEN_KEY, token);
      } else {
        ctx.response().removeCookie(COOKIE);
      }
      ctx.next();
    });
  }

  public Cookie sessionCookie(String token) {
    return Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true).setSecure(secureCookies)
        .setSameSite(CookieSameSite.LAX).setMaxAge(sessions.lifetime().toSeconds());
  }

  public static Optional<CurrentUser> user(RoutingContext ctx) {
    return Optional.ofNullable(ctx.get(USER_KEY));
  }

  /** The signed-in person, or a failure that sends them to sign in. */
  public static CurrentUser requireUser(RoutingContext ctx) {
    return user(ctx).orElseThrow(SignInRequired::new);
  }

  static String sessionToken(RoutingContext ctx) {
    return ctx.get(TOKEN_KEY);
  }

  /** A route guard: signed in, with at least one of the roles. */
  public static Handler<RoutingContext> requireRole(Role... roles) {
    return ctx -> {
      Optional<CurrentUser> user = user(ctx);
      if (user.isEmpty()) {
        ctx.fail(new SignInRequired());
        return;
      }
      for (Role r : roles) {
        if (user.get().has(r)) {
          ctx.next();
          return;
        }
      }
      ctx.fail(new Forbidden("This page is for people with the role: " + String.join(" or ",
          java.util.Arrays.stream(roles).map(Role::code).toList()) + "."));
    };
  }
}
