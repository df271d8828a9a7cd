package io.cairn.quiz.web;

import io.cairn.auth.CurrentUser;
import io.cairn.auth.SessionAuth;
import io.cairn.content.Catalog;
import io.cairn.errors.InvalidInput;
import io.cairn.evidence.Disclaimer;
import io.cairn.quiz.QuizVersions.QuizVersion;
import io.cairn.quiz.attempt.Attempt;
import io.cairn.quiz.attempt.AttemptQuestions;
import io.cairn.quiz.attempt.AttemptService;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.scoring.Response;
import io.cairn.web.Pages;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Taking a quiz with plain HTML forms: start or resume, answer (each save a form post), review the
 * summary, submit, see the result. JavaScript only adds autosave and a countdown on top.
 */
public final class AttemptRoutes {
  /** Sent by quiz.js when it posts the form in the background: answer 204 instead of a redirect. */
  static final String AUTOSAVE_HEADER = "X-Autosave";

  private final Pages pages;
  private final Supplier<Catalog> catalog;
  private final AttemptService attempts;
  private final Clock clock;

  private AttemptRoutes(Pages pages, Supplier<Catalog> catalog, AttemptService attempts, Clock clock) {
    this.pages = pages;
    this.catalog = catalog;
    this.attempts = attempts;
    this.clock = clock;
  }

  public static void mount(Router root, Pages pages, Supplier<Catalog> catalog, AttemptService attempts, Clock clock) {
    AttemptRoutes r = new AttemptRoutes(pages, catalog, attempts, clock);
    root.post("/quizzes/:quizId/attempts").handler(r::start);
    root.get("/attempts/:attemptId").handler(r::show);
    root.post("/attempts/:attemptId/save").handler(r::save);
    root.get("/attempts/:attemptId/summary").handler(r::summary);
    root.post("/attempts/:attemptId/submit").handler(r::submit);
    root.get("/attempts/:attemptId/result").handler(r::result);
  }

  private void start(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    String quizId = ctx.pathParam("quizId");
    String moduleId = catalog.get().quiz(quizId).map(Catalog.QuizEntry::moduleId).orElse(null);
    attempts.start(user.id(), quizId, moduleId)
        .onSuccess(a -> redirect(ctx, "/attempts/" + a.id()))
        .onFailure(ctx::fail);
  }

  private void show(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    long id = attemptId(ctx);
    attempts.get(user.id(), id).compose(a -> {
      if (a.submitted()) {
        redirect(ctx, "/attempts/" + id + "/result");
        return Future.succeededFuture();
      }
      return attempts.version(a).onSuccess(v -> {
        Map<String, Object> data = common(a, v);
        data.putAll(AttemptViews.attemptPage(a, v, page(ctx), clock.instant()));
        data.put("saved", ctx.request().getParam("saved") != null);
        pages.render(ctx, "quiz/attempt", v.quiz().title(), data);
      }).mapEmpty();
    }).onFailure(ctx::fail);
  }

  private void save(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    long id = attemptId(ctx);
    String go = ctx.request().getFormAttribute("go");
    String check = ctx.request().getFormAttribute("check");
    int page = page(ctx);
    attempts.get(user.id(), id).compose(a -> attempts.version(a).compose(v -> {
      Map<String, Response> answers = parse(ctx, a, v);
      if (check != null && !check.isBlank()) {
        return attempts.check(user.id(), id, check, answers.getOrDefault(check, Response.EMPTY));
      }
      return attempts.save(user.id(), id, answers);
    })).onSuccess(a -> {
      if ("1".equals(ctx.request().getHeader(AUTOSAVE_HEADER))) {
        ctx.response().setStatusCode(204).end(); // the page's script saved in the background
      } else if ("summary".equals(go)) {
        redirect(ctx, "/attempts/" + id + "/summary");
      } else {
        int next = "next".equals(go) ? page + 1 : "previous".equals(go) ? page - 1 : page;
        redirect(ctx, "/attempts/" + id + "?page=" + next + "&saved=1" + (check == null ? "" : "#q-" + check));
      }
    }).onFailure(ctx::fail);
  }

  private void summary(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    long id = attemptId(ctx);
    attempts.get(user.id(), id).compose(a -> {
      if (a.submitted()) {
        redirect(ctx, "/attempts/" + id + "/result");
        return Future.succeededFuture();
      }
      return attempts.version(a).onSuccess(v -> {
        Map<String, Object> data = common(a, v);
        data.putAll(AttemptViews.summary(a, v));
        data.putAll(AttemptViews.attemptPage(a, v, 1, clock.instant()));
        pages.render(ctx, "quiz/summary", "Before you submit: " + v.quiz().title(), data);
      }).mapEmpty();
    }).onFailure(ctx::fail);
  }

  private void submit(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    long id = attemptId(ctx);
    attempts.get(user.id(), id)
        .compose(a -> a.submitted() ? Future.succeededFuture(a)
            : attempts.version(a).compose(v -> attempts.submit(user.id(), id, parse(ctx, a, v))))
        .onSuccess(a -> redirect(ctx, "/attempts/" + id + "/result"))
        .onFailure(ctx::fail);
  }

  private void result(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    long id = attemptId(ctx);
    attempts.get(user.id(), id).compose(a -> {
      if (!a.submitted()) {
        redirect(ctx, "/attempts/" + id);
        return Future.succeededFuture();
      }
      return Future.all(attempts.version(a), attempts.history(user.id(), a.quizId())).onSuccess(all -> {
        QuizVersion v = all.resultAt(0);
        Map<String, Object> data = common(a, v);
        data.putAll(AttemptViews.result(a, v, all.resultAt(1), AttemptViews.framework(catalog.get(), a.moduleId()),
            clock.instant()));
        pages.render(ctx, "quiz/result", "Result: " + v.quiz().title(), data);
      }).mapEmpty();
    }).onFailure(ctx::fail);
  }

  private Map<String, Object> common(Attempt a, QuizVersion v) {
    Map<String, Object> data = new HashMap<>();
    data.put("attempt", a);
    data.put("quiz", v.quiz());
    data.put("quizVersion", v.version());
    data.put("statement", Disclaimer.STATEMENT);
    catalog.get().module(a.moduleId()).ifPresent(m -> {
      data.put("module", m.module());
      m.module().units().stream().filter(u -> a.quizId().equals(u.quiz())).findFirst()
          .ifPresent(u -> data.put("unitHref", "/modules/" + m.module().id() + "/units/" + u.id()));
    });
    return data;
  }

  private static Map<String, Response> parse(RoutingContext ctx, Attempt a, QuizVersion v) {
    Map<String, Question> byId = new HashMap<>();
    List<Question> asked = AttemptQuestions.answerable(v.quiz(), a.plan());
    asked.forEach(q -> byId.put(q.id(), q));
    return FormResponses.parse(ctx.request().formAttributes(), byId, a.plan().optionOrder());
  }

  static long attemptId(RoutingContext ctx) {
    String raw = ctx.pathParam("attemptId");
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw new io.cairn.errors.NotFound("There is no attempt \"" + raw + "\".");
    }
  }

  private static int page(RoutingContext ctx) {
    String raw = ctx.request().getParam("page");
    try {
      return raw == null ? 1 : Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw new InvalidInput("page", "The page must be a number.");
    }
  }

  private static void redirect(RoutingContext ctx, String location) {
    ctx.response().setStatusCode(303).putHeader("Location", location).end();
  }
}
