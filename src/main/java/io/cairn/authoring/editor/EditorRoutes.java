package io.cairn.authoring.editor;

import io.cairn.authoring.draft.AuthoringService;
import io.cairn.authoring.draft.Draft;
import io.cairn.authoring.draft.ProblemsFound;
import io.cairn.content.files.QuizWriter;
import io.cairn.content.files.YamlWriter;
import io.cairn.content.model.Module;
import io.cairn.errors.Conflict;
import io.cairn.quiz.model.Quiz;
import io.cairn.quiz.model.QuizSettings;
import io.cairn.web.Pages;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The editor's list, new quizzes and modules, the quiz settings form, publishing and discarding. */
final class EditorRoutes {
  private final AuthoringService service;
  private final Pages pages;

  EditorRoutes(AuthoringService service, Pages pages) {
    this.service = service;
    this.pages = pages;
  }

  void mount(Router root) {
    root.get("/authoring").handler(this::index);
    root.post("/authoring/modules").handler(this::newModule);
    root.post("/authoring/quizzes").handler(this::newQuiz);
    root.post("/authoring/quizzes/:id/edit").handler(ctx -> edit(ctx, Draft.Kind.QUIZ));
    root.post("/authoring/modules/:id/edit").handler(ctx -> edit(ctx, Draft.Kind.MODULE));
    root.get("/authoring/drafts/:draftId").handler(this::show);
    root.post("/authoring/drafts/:draftId").handler(this::saveQuiz);
    root.get("/authoring/drafts/:draftId/publish").handler(ctx -> publishPage(ctx, null, 200));
    root.post("/authoring/drafts/:draftId/publish").handler(this::publish);
    root.post("/authoring/drafts/:draftId/discard").handler(this::discard);
  }

  private void index(RoutingContext ctx) {
    service.context().onSuccess(c -> {
      Map<String, Object> data = new HashMap<>(IndexView.of(c));
      data.put("published", Http.param(ctx, "published"));
      pages.render(ctx, "authoring/index", "Authoring", data);
    }).onFailure(ctx::fail);
  }

  private void newModule(RoutingContext ctx) {
    String id = Http.required(ctx, "id");
    int minutes;
    try {
      minutes = Integer.parseInt(Http.required(ctx, "cpd_minutes"));
    } catch (NumberFormatException e) {
      throw new io.cairn.errors.InvalidInput("cpd_minutes", "CPD minutes must be a whole number.");
    }
    Module m = new Module(id, Http.required(ctx, "title"), Http.required(ctx, "summary"), null, minutes,
        Http.required(ctx, "framework"), Module.Completion.DEFAULT, List.of());
    service.newModule(m, Http.account(ctx))
        .onSuccess(draft -> Http.redirect(ctx, "/authoring/drafts/" + draft)).onFailure(ctx::fail);
  }

  private void newQuiz(RoutingContext ctx) {
    String id = Http.required(ctx, "id");
    Quiz q = new Quiz(id, Http.required(ctx, "title"), null, QuizSettings.DEFAULTS, List.of());
    service.newQuiz(q, Http.required(ctx, "module"), Http.account(ctx))
        .onSuccess(draft -> Http.redirect(ctx, "/authoring/drafts/" + draft)).onFailure(ctx::fail);
  }

  private void edit(RoutingContext ctx, Draft.Kind kind) {
    String id = ctx.pathParam("id");
    (kind == Draft.Kind.QUIZ ? service.editQuiz(id, Http.account(ctx)) : service.editModule(id, Http.account(ctx)))
        .onSuccess(d -> Http.redirect(ctx, "/authoring/drafts/" + d.id())).onFailure(ctx::fail);
  }

  private void show(RoutingContext ctx) {
    Editing.load(service, Http.draftId(ctx), null).onSuccess(e -> {
      if (e.draft().kind() == Draft.Kind.MODULE) {
        ModulePage.render(pages, ctx, e, ModuleWriterTree.of(e.module()), e.problems(), 200);
      } else {
        renderQuiz(ctx, e, QuizWriter.tree(e.quiz()), e.problems(), 200);
      }
    }).onFailure(ctx::fail);
  }

  private void saveQuiz(RoutingContext ctx) {
    Map<String, List<String>> form = Http.form(ctx);
    Editing.checkSizes(form);
    Editing.load(service, Http.draftId(ctx), null).compose(e -> {
      e.requireOpen();
      if (e.draft().kind() == Draft.Kind.MODULE) {
        return ModulePage.save(service, pages, ctx, e, form);
      }
      Map<String, Object> tree = QuizWriter.tree(e.quiz());
      Map<String, Object> sent = FormTree.of(form, java.util.Set.of(), java.util.Set.of());
      tree.put("title", sent.get("title"));
      tree.put("intro", sent.get("intro"));
      tree.put("settings", sent.getOrDefault("settings", Map.of()));
      var reading = e.context().quiz(e.draft().fileName(), YamlWriter.write(tree), e.draft().moduleId());
      var mine = reading.problems().stream()
          .filter(p -> !p.path().startsWith("questions") && !p.path().equals("id")).toList();
      if (!mine.isEmpty()) {
        renderQuiz(ctx, e, tree, mine, 400);
        return Future.succeededFuture();
      }
      return service.saveQuiz(e.draft(), Http.revision(ctx), reading.value().orElseThrow(), Http.account(ctx))
          .onSuccess(v -> Http.redirect(ctx, Editing.base(ctx) + "?saved=settings"));
    }).onFailure(ctx::fail);
  }

  private void renderQuiz(RoutingContext ctx, Editing e, Map<String, Object> tree, List<io.cairn.content.files.Problem> problems,
      int status) {
    Map<String, Object> data = new HashMap<>(QuizView.of(e.quiz(), tree, problems));
    data.putAll(DraftInfo.of(e));
    data.put("saved", Http.param(ctx, "saved"));
    ctx.response().setStatusCode(status);
    pages.render(ctx, "authoring/quiz", "Edit " + e.quiz().title(), data);
  }

  private void publishPage(RoutingContext ctx, List<io.cairn.content.files.Problem> refused, int status) {
    Editing.load(service, Http.draftId(ctx), null).onSuccess(e -> {
      Map<String, Object> data = new HashMap<>(DraftInfo.of(e));
      List<io.cairn.content.files.Problem> problems = refused != null ? refused
          : AuthoringService.problems(e.context(), e.draft());
      data.put("problems", DraftInfo.problems(e, problems));
      data.put("problemCount", problems.size());
      data.put("refused", refused != null);
      ctx.response().setStatusCode(status);
      pages.render(ctx, "authoring/publish", "Publish " + e.draft().contentId(), data);
    }).onFailure(ctx::fail);
  }

  private void publish(RoutingContext ctx) {
    long id = Http.draftId(ctx);
    boolean confirm = "yes".equals(Http.param(ctx, "confirm"));
    service.publish(id, Http.revision(ctx), Http.account(ctx), confirm).onSuccess(p ->
        Http.redirect(ctx, "/authoring?published=" + id)
    ).onFailure(err -> {
      if (err instanceof ProblemsFound pf) {
        publishPage(ctx, pf.problems(), 400);
      } else if (err instanceof Conflict && err.getMessage().startsWith("This draft was made from an older")) {
        Http.redirect(ctx, "/authoring/drafts/" + id + "/compare?stale=1");
      } else {
        ctx.fail(err);
      }
    });
  }

  private void discard(RoutingContext ctx) {
    Editing.load(service, Http.draftId(ctx), null).compose(e -> service.discard(e.requireOpen().draft().id(),
        Http.account(ctx))).onSuccess(v -> Http.redirect(ctx, "/authoring")).onFailure(ctx::fail);
  }
}
