package io.cairn.web;

import io.cairn.auth.Csrf;
import io.cairn.auth.SessionAuth;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;

/** Renders a page inside the layout with what every page needs: who is signed in, the CSRF token. */
public final class Pages {
  private final Templates templates;
  private final Csrf csrf;

  public Pages(Templates templates, Csrf csrf) {
    this.templates = templates;
    this.csrf = csrf;
  }

  public void render(RoutingContext ctx, String template, String title, Map<String, Object> data) {
    templates.respond(ctx, template, model(ctx, title, data));
  }

  public Map<String, Object> model(RoutingContext ctx, String title, Map<String, Object> data) {
    Map<String, Object> model = new HashMap<>(data);
    model.put("title", title);
    model.put("csrf", csrf.token(ctx));
    SessionAuth.user(ctx).ifPresent(u -> model.put("user", u));
    model.put("path", ctx.request().path());
    return model;
  }

  public Templates templates() {
    return templates;
  }
}
