package io.cairn.auth;

import io.cairn.errors.Forbidden;
import io.cairn.errors.SignInRequired;
import io.vertx.core.Future;
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
  /** Query parameter that carries a launch-session token where the cookie cannot (LTI iframes). */
  public static final String LAUNCH_PARAM = "lt";
  private static final String LAUNCH_TOKEN_KEY = "auth.launch.token";
  private static final String LAUNCH_SESSION_KEY = "auth.launch.session";

  /**
   * Sessions carried by a signed, short-lived token in links and forms instead of the cookie: an
   * LTI launch inside a platform's iframe, where the browser may block third-party cookies.
   */
  public interface TokenSessions {
    /** The session and person, or empty when the token is forged, expired or its session ended. */
    Future<Optional<TokenSession>> resolve(String token);
  }

  /** @param key stable for the session (CSRF tokens bind to it) */
  public record TokenSession(String key, CurrentUser user) {}

  private final SessionRepository sessions;
  private final boolean secureCookies;
  private final TokenSessions tokenSessions;

  public SessionAuth(SessionRepository sessions, boolean secureCookies) {
    this(sessions, secureCookies, null);
  }

  public SessionAuth(SessionRepository sessions, boolean secureCookies, TokenSessions tokenSessions) {
    this.sessions = sessions;
    this.secureCookies = secureCookies;
    this.tokenSessions = tokenSessions;
  }

  /**
   * Loads the person, if any, then continues: from a launch-session token in the query when there
   * is a valid one, else from the cookie; an unknown or expired cookie is cleared.
   */
  public void load(RoutingContext ctx) {
    String launch = tokenSessions == null ? null : ctx.request().getParam(LAUNCH_PARAM);
    if (launch != null && !launch.isBlank()) {
      tokenSessions.resolve(launch).onComplete(found -> {
        if (found.succeeded() && found.result().isPresent()) {
          ctx.put(USER_KEY, found.result().get().user());
          ctx.put(LAUNCH_TOKEN_KEY, launch);
          ctx.put(LAUNCH_SESSION_KEY, found.result().get().key());
          ctx.next();
        } else if (found.failed()) {
          ctx.fail(found.cause());
        } else {
          loadFromCookie(ctx);
        }
      });
      return;
    }
    loadFromCookie(ctx);
  }

  private void loadFromCookie(RoutingContext ctx) {
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

  /** The launch-session token this request was signed in with, or null (cookie or no session). */
  public static String launchToken(RoutingContext ctx) {
    return ctx.get(LAUNCH_TOKEN_KEY);
  }

  /** The key of the launch session this request was signed in with, or null. */
  public static String launchSessionKey(RoutingContext ctx) {
    return ctx.get(LAUNCH_SESSION_KEY);
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
