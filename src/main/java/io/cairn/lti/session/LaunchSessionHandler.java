package io.cairn.lti.session;

import io.cairn.auth.SessionAuth;
import io.cairn.lti.registration.Registration;
import io.cairn.lti.registration.RegistrationRepository;
import io.cairn.web.Pages;
import io.cairn.web.SecurityHeaders;
import io.cairn.web.Templates;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * For requests signed in with a launch-session token: pages carry the token in their same-site
 * links and forms, redirects keep it, and frame-ancestors allows the launching platform's origins
 * only (every other page keeps 'self'). Sign-out ends the launch session.
 */
public final class LaunchSessionHandler {
  static final String SIGNED_OUT_KEY = "lti.signedOut";
  static final Duration ANCESTORS_CACHE = Duration.ofSeconds(30);

  private record Cached(String ancestors, long loadedAt) {}

  private final LaunchSessions sessions;
  private final RegistrationRepository registrations;
  private final Map<Long, Cached> ancestors = new ConcurrentHashMap<>();

  public LaunchSessionHandler(LaunchSessions sessions, RegistrationRepository registrations) {
    this.sessions = sessions;
    this.registrations = registrations;
  }

  /** Mount right after SessionAuth.load. */
  public void handle(RoutingContext ctx) {
    String token = SessionAuth.launchToken(ctx);
    if (token == null) {
      ctx.next();
      return;
    }
    ctx.put(Templates.HTML_REWRITE_KEY, (UnaryOperator<String>) html -> LinkRewriter.rewriteHtml(html, token));
    ctx.addHeadersEndHandler(v -> {
      String location = ctx.response().headers().get("Location");
      if (location != null && ctx.get(SIGNED_OUT_KEY) == null) {
        ctx.response().headers().set("Location", LinkRewriter.rewriteLocation(location, token));
      }
    });
    long registrationId = sessions.decode(token).map(LaunchTokens.Decoded::registrationId).orElse(-1L);
    frameAncestors(registrationId).onSuccess(a -> {
      ctx.put(SecurityHeaders.FRAME_ANCESTORS_KEY, a);
      ctx.next();
    }).onFailure(ctx::fail);
  }

  /** POST /signout inside a launch: ends that session (mount before the normal sign-out route). */
  public void mountSignOut(Router root, Pages pages) {
    root.post("/signout").handler(ctx -> {
      String token = SessionAuth.launchToken(ctx);
      if (token == null) {
        ctx.next();
        return;
      }
      sessions.end(token).onSuccess(v -> {
        ctx.put(SIGNED_OUT_KEY, true);
        ctx.remove(Templates.HTML_REWRITE_KEY);
        pages.templates().respond(ctx, "lti/signed-out", Map.of("title", "Signed out", "path", "/signout"));
      }).onFailure(ctx::fail);
    });
  }

  private Future<String> frameAncestors(long registrationId) {
    Cached c = ancestors.get(registrationId);
    long now = System.nanoTime();
    if (c != null && now - c.loadedAt() < ANCESTORS_CACHE.toNanos()) {
      return Future.succeededFuture(c.ancestors());
    }
    return registrations.byId(registrationId).map(r -> {
      String a = r.filter(Registration::enabled).map(Registration::frameAncestors).orElse("'self'");
      ancestors.put(registrationId, new Cached(a, now));
      return a;
    });
  }
}
