package io.cairn.quiz.web;

import io.cairn.auth.CurrentUser;
import io.cairn.auth.Role;
import io.cairn.auth.SessionAuth;
import io.cairn.content.Catalog;
import io.cairn.errors.InvalidInput;
import io.cairn.quiz.attempt.Accommodations;
import io.cairn.web.Pages;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Tutors and admins grant learners extra time on timed quizzes (an accommodation). */
public final class AccommodationRoutes {
  private final Pages pages;
  private final Supplier<Catalog> catalog;
  private final Accommodations accommodations;

  private AccommodationRoutes(Pages pages, Supplier<Catalog> catalog, Accommodations accommodations) {
    this.pages = pages;
    this.catalog = catalog;
    this.accommodations = accommodations;
  }

  public static void mount(Router root, Pages pages, Supplier<Catalog> catalog, Accommodations accommodations) {
    AccommodationRoutes r = new AccommodationRoutes(pages, catalog, accommodations);
    root.route("/tutor/accommodations*").handler(SessionAuth.requireRole(Role.TUTOR, Role.ADMIN));
    root.get("/tutor/accommodations").handler(ctx -> r.list(ctx, Map.of(), 200));
    root.post("/tutor/accommodations").handler(r::grant);
    root.post("/tutor/accommodations/:id/revoke").handler(r::revoke);
  }

  private void list(RoutingContext ctx, Map<String, Object> extra, int status) {
    accommodations.list().onSuccess(grants -> {
      Map<String, Object> data = new HashMap<>(extra);
      data.put("grants", grants);
      data.put("quizzes", catalog.get().quizzes().values().stream()
          .filter(q -> q.quiz().settings().timeLimitMinutes() != null)
          .map(q -> Map.of("id", q.quiz().id(), "title", q.quiz().title())).toList());
      ctx.response().setStatusCode(status);
      pages.render(ctx, "quiz/accommodations", "Extra time", data);
    }).onFailure(ctx::fail);
  }

  private void grant(RoutingContext ctx) {
    CurrentUser tutor = SessionAuth.requireUser(ctx);
    var form = ctx.request().formAttributes();
    String email = blankToNull(form.get("email"));
    String quiz = blankToNull(form.get("quiz"));
    String note = blankToNull(form.get("note"));
    Future.<Void>succeededFuture().compose(v -> {
      if (email == null) {
        throw new InvalidInput("email", "Enter the learner's email address.");
      }
      if (quiz != null && catalog.get().quiz(quiz).isEmpty()) {
        throw new InvalidInput("quiz", "There is no quiz \"" + quiz + "\".");
      }
      return accommodations.grant(email, quiz, percent(form.get("extra_percent")), tutor.id(), note);
    }).onSuccess(id -> redirect(ctx, "/tutor/accommodations?granted=1")).onFailure(err -> {
      if (err instanceof InvalidInput e) {
        list(ctx, Map.of("error", e.getMessage(), "email", email == null ? "" : email), 400);
      } else {
        ctx.fail(err);
      }
    });
  }

  private static int percent(String raw) {
    try {
      return Integer.parseInt(raw == null ? "" : raw.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInput("extra_percent", "Extra time must be a whole number of percent, such as 25.");
    }
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }

  private void revoke(RoutingContext ctx) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new InvalidInput("id", "Not an accommodation id.");
    }
    accommodations.revoke(id).onSuccess(v -> redirect(ctx, "/tutor/accommodations?revoked=1")).onFailure(ctx::fail);
  }

  private static void redirect(RoutingContext ctx, String to) {
    ctx.response().setStatusCode(303).putHeader("Location", to).end();
  }
}
