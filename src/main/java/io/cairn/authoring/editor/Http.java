package io.cairn.authoring.editor;

import io.cairn.auth.SessionAuth;
import io.cairn.errors.InvalidInput;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers the editor's routes share. */
final class Http {
  private Http() {}

  /** The form's fields in the order sent, each with all its values. */
  static Map<String, List<String>> form(RoutingContext ctx) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    ctx.request().formAttributes().forEach(e -> fields.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return fields;
  }

  static String param(RoutingContext ctx, String name) {
    String v = ctx.request().getFormAttribute(name);
    if (v == null) {
      v = ctx.request().getParam(name);
    }
    return v == null || v.isBlank() ? null : v.strip();
  }

  static String required(RoutingContext ctx, String name) {
    String v = param(ctx, name);
    if (v == null) {
      throw new InvalidInput(name, "Please fill in " + name.replace('_', ' ') + ".");
    }
    return v;
  }

  static long account(RoutingContext ctx) {
    return SessionAuth.requireUser(ctx).id();
  }

  static long draftId(RoutingContext ctx) {
    try {
      return Long.parseLong(ctx.pathParam("draftId"));
    } catch (NumberFormatException e) {
      throw new io.cairn.errors.NotFound("There is no such draft.");
    }
  }

  static int revision(RoutingContext ctx) {
    try {
      return Integer.parseInt(required(ctx, "revision"));
    } catch (NumberFormatException e) {
      throw new InvalidInput("revision", "The form is incomplete: reload the page and try again.");
    }
  }

  static void redirect(RoutingContext ctx, String location) {
    ctx.response().setStatusCode(303).putHeader("Location", location).end();
  }

  static String action(RoutingContext ctx) {
    String a = param(ctx, "action");
    return a == null ? "save" : a;
  }
}
