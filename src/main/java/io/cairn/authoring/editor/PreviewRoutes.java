package io.cairn.authoring.editor;

import io.cairn.authoring.draft.AuthoringService;
import io.cairn.authoring.draft.Draft;
import io.cairn.content.Catalog;
import io.cairn.content.Markdown;
import io.cairn.content.model.Framework;
import io.cairn.errors.NotFound;
import io.cairn.web.Pages;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Markdown previews, the whole quiz as a learner sees it, and the competence search. */
final class PreviewRoutes {
  private final AuthoringService service;
  private final Supplier<Catalog> catalog;
  private final Pages pages;

  PreviewRoutes(AuthoringService service, Supplier<Catalog> catalog, Pages pages) {
    this.service = service;
    this.catalog = catalog;
    this.pages = pages;
  }

  void mount(Router root) {
    root.post("/authoring/preview").handler(this::markdown);
    root.get("/authoring/drafts/:draftId/preview").handler(this::learnerView);
    root.get("/authoring/competences").handler(this::competences);
  }

  /** The sanitised HTML of a markdown text: exactly what learners will be shown. */
  private void markdown(RoutingContext ctx) {
    String text = ctx.request().getFormAttribute("text");
    if (text == null) {
      text = ctx.body() != null && ctx.body().available() ? ctx.body().asString() : "";
    }
    if (text.length() > Markdown.MAX_CHARS) {
      throw new Editing.TooLarge("text");
    }
    ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").end(Markdown.renderUncached(text));
  }

  private void learnerView(RoutingContext ctx) {
    boolean answers = "1".equals(ctx.request().getParam("answers"));
    Editing.load(service, Http.draftId(ctx), Draft.Kind.QUIZ).onSuccess(e -> {
      Map<String, Object> data = new HashMap<>(DraftInfo.of(e));
      data.put("quiz", e.quiz());
      data.put("questions", LearnerPreview.questions(e.quiz(), answers));
      data.put("answers", answers);
      pages.render(ctx, "authoring/learner-preview", "Preview: " + e.quiz().title(), data);
    }).onFailure(ctx::fail);
  }

  private void competences(RoutingContext ctx) {
    String frameworkId = ctx.request().getParam("framework");
    String q = ctx.request().getParam("q");
    Framework framework = (frameworkId == null ? catalog.get().frameworks().values().stream().findFirst()
        : catalog.get().framework(frameworkId)).map(Catalog.FrameworkEntry::framework)
        .orElseThrow(() -> new NotFound("There is no framework " + frameworkId + "."));
    List<Map<String, Object>> found = QuestionView.picker(framework, List.of(), q);
    String accept = ctx.request().getHeader("Accept");
    if (accept != null && accept.contains("application/json")) {
      JsonArray list = new JsonArray();
      found.forEach(c -> list.add(new JsonObject().put("id", c.get("id")).put("title", c.get("title"))
          .put("verified", c.get("verified"))));
      ctx.response().putHeader("Content-Type", "application/json").end(new JsonObject().put("competences", list).encode());
      return;
    }
    pages.render(ctx, "authoring/competences", "Competences", Map.of("framework", framework, "competences", found,
        "query", q == null ? "" : q, "count", found.size()));
  }
}
