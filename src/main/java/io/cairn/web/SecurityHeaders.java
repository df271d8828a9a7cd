package io.cairn.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers that limit what a page can do if something slips through: scripts and styles only from
 * this server, no plugins, no framing except by this site (LTI opens frame-ancestors to
 * registered platforms).
 */
public final class SecurityHeaders {
  public static final String FRAME_ANCESTORS_KEY = "csp.frame-ancestors";
  /** Extra form targets, e.g. an LTI platform that a deep-linking response is posted to. */
  public static final String FORM_ACTION_KEY = "csp.form-action";
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; media-src 'self'; object-src 'none'; base-uri 'none'; "
      + "form-action 'self'%s; frame-ancestors %s";

  private SecurityHeaders() {}

  public static void apply(RoutingContext ctx) {
    ctx.addHeadersEndHandler(v -> {
      MultiMap h = ctx.response().headers();
      String ancestors = ctx.get(FRAME_ANCESTORS_KEY, "'self'");
      String formTargets = ctx.get(FORM_ACTION_KEY, "");
      h.set("Content-Security-Policy", String.format(CSP, formTargets.isEmpty() ? "" : " " + formTargets, ancestors));
      h.set("X-Content-Type-Options", "nosniff");
      h.set("Referrer-Policy", "same-origin");
      h.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
      h.set("Cross-Origin-Opener-Policy", "same-origin-allow-popups");
      if (!h.contains("Cache-Control") && !ctx.request().path().startsWith("/static/")
          && !ctx.request().path().startsWith("/media/")) {
        h.set("Cache-Control", "no-store");
      }
    });
    ctx.next();
  }
}
