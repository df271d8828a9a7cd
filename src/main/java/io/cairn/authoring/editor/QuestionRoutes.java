package io.cairn.authoring.editor;

import io.cairn.authoring.draft.AuthoringService;
import io.cairn.authoring.draft.Draft;
import io.cairn.content.Markdown;
import io.cairn.content.files.Problem;
import io.cairn.content.files.YamlWriter;
import io.cairn.content.files.QuizWriter;
import io.cairn.content.model.Framework;
import io.cairn.errors.NotFound;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import io.cairn.web.Pages;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Adding, editing, moving and deleting the questions of a quiz draft: plain forms, each save a POST. */
final class QuestionRoutes {
  private final AuthoringService service;
  private final Pages pages;

  QuestionRoutes(AuthoringService service, Pages pages) {
    this.service = service;
    this.pages = pages;
  }

  void mount(Router root) {
    String q = "/authoring/drafts/:draftId/questions";
    root.get(q + "/new").handler(this::newForm);
    root.post(q).handler(ctx -> save(ctx, null));
    root.get(q + "/:questionId").handler(this::editForm);
    root.post(q + "/:questionId").handler(ctx -> save(ctx, ctx.pathParam("questionId")));
    root.post(q + "/:questionId/move").handler(this::move);
    root.post(q + "/:questionId/delete").handler(this::delete);
  }

  private void newForm(RoutingContext ctx) {
    String type = Http.param(ctx, "type");
    String parent = Http.param(ctx, "parent");
    Editing.load(service, Http.draftId(ctx), Draft.Kind.QUIZ).onSuccess(e -> {
      if (type == null || io.cairn.quiz.model.QuestionType.fromCode(type).isEmpty()) {
        throw new io.cairn.errors.InvalidInput("type", "Choose the type of question to add.");
      }
      Map<String, Object> tree = QuestionView.blank(type, parent != null);
      tree.put("id", suggestId(e.quiz()));
      render(ctx, e, null, parent, type, tree, List.of(), "", null, 200);
    }).onFailure(ctx::fail);
  }

  private void editForm(RoutingContext ctx) {
    String id = ctx.pathParam("questionId");
    Editing.load(service, Http.draftId(ctx), Draft.Kind.QUIZ).onSuccess(e -> {
      Question question = QuizEdits.find(e.quiz(), id).orElseThrow(() -> new NotFound("There is no question " + id + "."));
      String prefix = QuizEdits.prefixOf(e.quiz(), id).orElseThrow();
      render(ctx, e, id, null, question.type().code(), QuizWriter.question(question), e.problems(), prefix,
          null, 200);
    }).onFailure(ctx::fail);
  }

  private void save(RoutingContext ctx, String questionId) {
    Map<String, List<String>> form = Http.form(ctx);
    Editing.checkSizes(form);
    String action = Http.action(ctx);
    String parent = questionId == null ? Http.param(ctx, "parent") : null;
    Editing.load(service, Http.draftId(ctx), Draft.Kind.QUIZ).compose(e -> {
      e.requireOpen();
      Map<String, Object> tree = FormTree.of(form, QuestionView.LISTS, QuestionView.LINES);
      String type = String.valueOf(tree.getOrDefault("type", ""));
      if (questionId != null && QuizEdits.find(e.quiz(), questionId).isEmpty()) {
        throw new NotFound("There is no question " + questionId + ".");
      }
      QuizEdits.Placed placed = QuizEdits.place(e.quiz(), questionId, parent, new java.util.LinkedHashMap<>(tree));
      var reading = e.context().quiz(e.draft().fileName(), YamlWriter.write(placed.quizTree()), e.draft().moduleId());
      List<Problem> mine = reading.problems().stream().filter(p -> blocks(p, placed.prefix(), type)).toList();
      if (!action.equals("save") || !mine.isEmpty()) {
        String preview = action.equals("preview") ? preview(tree) : null;
        render(ctx, e, questionId, parent, type, tree, mine, placed.prefix(), preview, action.equals("save") ? 400 : 200);
        return io.vertx.core.Future.succeededFuture();
      }
      String savedId = String.valueOf(tree.get("id"));
      return service.saveQuiz(e.draft(), Http.revision(ctx), reading.value().orElseThrow(), Http.account(ctx))
          .onSuccess(v -> Http.redirect(ctx, Editing.base(ctx) + "?saved=" + savedId + "#q-" + savedId));
    }).onFailure(ctx::fail);
  }

  /** A problem inside this question stops its save, except a scenario that has no sub-questions yet. */
  private static boolean blocks(Problem p, String prefix, String type) {
    boolean inside = p.path().startsWith(prefix) || (p.path() + ".").equals(prefix);
    boolean noSubsYet = type.equals("scenario") && p.path().equals(prefix + "questions");
    return inside && !noSubsYet;
  }

  private void move(RoutingContext ctx) {
    int delta = "up".equals(Http.param(ctx, "direction")) ? -1 : 1;
    edit(ctx, quiz -> QuizEdits.move(quiz, ctx.pathParam("questionId"), delta));
  }

  private void delete(RoutingContext ctx) {
    edit(ctx, quiz -> QuizEdits.delete(quiz, ctx.pathParam("questionId")));
  }

  private void edit(RoutingContext ctx, java.util.function.UnaryOperator<Quiz> change) {
    String id = ctx.pathParam("questionId");
    Editing.load(service, Http.draftId(ctx), Draft.Kind.QUIZ).compose(e -> {
      e.requireOpen();
      if (QuizEdits.find(e.quiz(), id).isEmpty()) {
        throw new NotFound("There is no question " + id + ".");
      }
      return service.saveQuiz(e.draft(), Http.revision(ctx), change.apply(e.quiz()), Http.account(ctx));
    }).onSuccess(v -> Http.redirect(ctx, Editing.base(ctx) + "#questions")).onFailure(ctx::fail);
  }

  private void render(RoutingContext ctx, Editing e, String questionId, String parent, String type,
      Map<String, Object> tree, List<Problem> problems, String prefix, String preview, int status) {
    Framework framework = e.context().frameworkOf(e.draft().moduleId()).orElse(null);
    Map<String, Object> data = new HashMap<>(QuestionView.of(type, tree, problems, prefix, framework,
        Http.param(ctx, "q")));
    data.put("draft", e.draft());
    data.put("quiz", e.quiz());
    data.put("isNew", questionId == null);
    data.put("questionId", questionId);
    data.put("parent", parent);
    data.put("action", questionId == null ? Editing.base(ctx) + "/questions"
        : Editing.base(ctx) + "/questions/" + questionId);
    data.put("preview", preview == null ? null : new io.cairn.web.Html(preview));
    data.put("framework", framework);
    if (questionId != null && type.equals("scenario")) {
      Question.Scenario s = (Question.Scenario) QuizEdits.find(e.quiz(), questionId).orElseThrow();
      data.put("subs", s.questions().stream().map(x -> Map.of("id", x.id(), "type", QuestionTypes.label(x.type().code())))
          .toList());
      data.put("subTypes", QuestionTypes.choices(true));
    }
    ctx.response().setStatusCode(status);
    String title = (questionId == null ? "New question" : "Question " + questionId) + " · " + e.quiz().title();
    pages.render(ctx, "authoring/question", title, data);
  }

  private static String preview(Map<String, Object> tree) {
    Object text = tree.getOrDefault("stem", tree.get("vignette"));
    return text == null ? "" : Markdown.renderUncached(text.toString());
  }

  private static String suggestId(Quiz quiz) {
    int n = quiz.answerableQuestions().size() + quiz.questions().size() + 1;
    while (quiz.question("Q" + n).isPresent() || QuizEdits.find(quiz, "Q" + n).isPresent()) {
      n++;
    }
    return "Q" + n;
  }
}
