package io.cairn.web;

import io.cairn.auth.Csrf;
import io.cairn.auth.SessionAuth;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;

/** Renders a page inside the layout with what every page needs: who is signed in, the CSRF token. */
public final class Pages {
  /**
   * Extra navigation links a handler may put in the routing context for this page: a list of maps
   * with href and label (e.g. an LTI instructor's course roster).
   */
  public static final String NAV_KEY = "pages.nav";

  private final Templates templates;
  private final Csrf csrf;

  public Pages(Templates templates, Csrf csrf) {
    this.templates = templates;
    this.csrf = csrf;
  }

  /** Renders the page; a failure to render (often inside a database callback) fails the request. */
  public void render(RoutingContext ctx, String template, String title, Map<String, Object> data) {
    try {
      templates.respond(ctx, template, model(ctx, title, data));
    } catch (RuntimeException e) {
      if (ctx.failed()) {
        throw e; // the failure handler's own page failed: let Vert.x answer with a bare 500
      }
      ctx.fail(e);
    }
  }

  public Map<String, Object> model(RoutingContext ctx, String title, Map<String, Object> data) {
    Map<String, Object> model = new HashMap<>(data);
    model.put("title", title);
    model.put("csrf", csrf.token(ctx));
    SessionAuth.user(ctx).ifPresent(u -> model.put("user", u));
    model.put("path", ctx.request().path());
    Object nav = ctx.get(NAV_KEY);
    if (nav != null) {
      model.put("extraNav", nav);
    }
    return model;
  }

  public Templates templates() {
    return templates;
  }
}
