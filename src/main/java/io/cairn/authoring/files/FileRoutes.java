package io.cairn.authoring.files;

import io.cairn.authoring.draft.AuthoringService;
import io.cairn.authoring.draft.Draft;
import io.cairn.authoring.draft.ProblemsFound;
import io.cairn.content.Catalog;
import io.cairn.content.files.ModuleWriter;
import io.cairn.content.files.QuizWriter;
import io.cairn.errors.InvalidInput;
import io.cairn.errors.NotFound;
import io.cairn.quiz.model.Quiz;
import io.cairn.web.Pages;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Export to and import from the quizzes/ file format; a draft as a file; a draft beside the current version. */
public final class FileRoutes {
  private final AuthoringService service;
  private final Supplier<Catalog> catalog;
  private final Pages pages;
  private final Imports imports;

  public FileRoutes(AuthoringService service, Supplier<Catalog> catalog, Pages pages) {
    this.service = service;
    this.catalog = catalog;
    this.pages = pages;
    this.imports = new Imports(service);
  }

  public void mount(Router root, Vertx vertx) {
    root.get("/authoring/quizzes/:id/export").handler(this::exportQuiz);
    root.get("/authoring/modules/:id/export").handler(this::exportModule);
    root.get("/authoring/drafts/:draftId/download").handler(this::download);
    root.get("/authoring/drafts/:draftId/file").handler(ctx -> page(ctx, "authoring/file"));
    root.get("/authoring/drafts/:draftId/compare").handler(ctx -> page(ctx, "authoring/compare"));
    root.post("/authoring/import").handler(ctx -> upload(ctx, vertx));
  }

  private void exportQuiz(RoutingContext ctx) {
    Catalog.QuizEntry q = catalog.get().quiz(ctx.pathParam("id")).orElseThrow(() -> new NotFound("There is no such quiz."));
    send(ctx, "text/yaml; charset=utf-8", q.quiz().id() + ".quiz.yaml", Buffer.buffer(QuizWriter.write(q.quiz())));
  }

  private void exportModule(RoutingContext ctx) {
    Catalog c = catalog.get();
    Catalog.ModuleEntry m = c.module(ctx.pathParam("id")).orElseThrow(() -> new NotFound("There is no such module."));
    List<Quiz> quizzes = c.quizzes().values().stream().filter(q -> m.module().id().equals(q.moduleId()))
        .map(Catalog.QuizEntry::quiz).toList();
    send(ctx, "application/zip", m.module().id() + ".zip", Buffer.buffer(ModuleZip.write(m.module(), quizzes)));
  }

  private void download(RoutingContext ctx) {
    service.drafts().get(draftId(ctx)).onSuccess(d -> {
      if (d.kind() == Draft.Kind.QUIZ) {
        send(ctx, "text/yaml; charset=utf-8", d.contentId() + ".quiz.yaml", Buffer.buffer(d.yaml()));
        return;
      }
      Map<String, String> files = new HashMap<>(d.markdown());
      service.context().onSuccess(c -> {
        var module = c.module(d.fileName(), d.yaml(), files, d.contentId(), false).value()
            .orElseThrow(() -> new InvalidInput("", "This draft cannot be read."));
        List<Quiz> quizzes = c.catalog().quizzes().values().stream().filter(q -> d.contentId().equals(q.moduleId()))
            .map(Catalog.QuizEntry::quiz).toList();
        send(ctx, "application/zip", d.contentId() + ".zip", Buffer.buffer(ModuleZip.write(module, quizzes)));
      }).onFailure(ctx::fail);
    }).onFailure(ctx::fail);
  }

  private void page(RoutingContext ctx, String template) {
    service.drafts().get(draftId(ctx)).compose(d -> service.context().map(c -> {
      Map<String, Object> data = new HashMap<>();
      data.put("draft", d);
      data.put("base", "/authoring/drafts/" + d.id());
      data.put("isQuiz", d.kind() == Draft.Kind.QUIZ);
      data.put("lines", numbered(d.yaml()));
      data.put("problems", AuthoringService.problems(c, d));
      data.put("stale", c.stale(d) && !d.fromFile());
      data.put("staleAsked", ctx.request().getParam("stale") != null);
      String current = currentText(c.catalog(), d);
      data.put("current", current);
      if (current != null) {
        List<LineDiff.Row> rows = LineDiff.diff(current, d.yaml());
        data.put("diff", rows);
        data.put("changed", LineDiff.changed(rows));
      }
      data.put("currentVersion", d.kind() == Draft.Kind.QUIZ
          ? c.catalog().quiz(d.contentId()).map(Catalog.QuizEntry::version).orElse(null)
          : c.catalog().module(d.contentId()).map(Catalog.ModuleEntry::version).orElse(null));
      pages.render(ctx, template, (template.endsWith("file") ? "As a file: " : "Compare: ") + d.contentId(), data);
      return null;
    })).onFailure(ctx::fail);
  }

  private void upload(RoutingContext ctx, Vertx vertx) {
    String kind = ctx.request().getFormAttribute("kind");
    long account = io.cairn.auth.SessionAuth.requireUser(ctx).id();
    List<FileUpload> files = ctx.fileUploads();
    Future<Buffer> body = !files.isEmpty() && files.get(0).size() > 0
        ? vertx.fileSystem().readFile(files.get(0).uploadedFileName())
        : Future.succeededFuture(Buffer.buffer(String.valueOf(ctx.request().getFormAttribute("yaml"))));
    String name = !files.isEmpty() && files.get(0).size() > 0 ? files.get(0).fileName() : "pasted text";
    body.compose(bytes -> {
      if (bytes.length() == 0 || "null".equals(bytes.toString())) {
        throw new InvalidInput("file", "Choose a file to import, or paste its text.");
      }
      if ("module".equals(kind)) {
        return imports.module(ModuleZip.read(bytes.getBytes()), account);
      }
      String module = ctx.request().getFormAttribute("module");
      if (module == null || module.isBlank()) {
        throw new InvalidInput("module", "Choose the module the quiz belongs to.");
      }
      return imports.quiz(name, bytes.toString(StandardCharsets.UTF_8), module, account);
    }).onSuccess(id -> {
      ctx.response().setStatusCode(303).putHeader("Location", "/authoring/drafts/" + id).end();
    }).onFailure(err -> {
      if (err instanceof ProblemsFound pf) {
        ctx.response().setStatusCode(400);
        pages.render(ctx, "authoring/import-problems", "Import refused", Map.of("problems", pf.problems(),
            "problemCount", pf.problems().size(), "name", name));
      } else {
        ctx.fail(err);
      }
    });
  }

  private static String currentText(Catalog c, Draft d) {
    if (d.kind() == Draft.Kind.QUIZ) {
      return c.quiz(d.contentId()).map(q -> QuizWriter.write(q.quiz())).orElse(null);
    }
    return c.module(d.contentId()).map(m -> ModuleWriter.write(m.module()).moduleYaml()).orElse(null);
  }

  private static List<Map<String, Object>> numbered(String text) {
    List<String> lines = text.lines().toList();
    java.util.ArrayList<Map<String, Object>> out = new java.util.ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      out.add(Map.of("n", i + 1, "text", lines.get(i)));
    }
    return out;
  }

  private static long draftId(RoutingContext ctx) {
    try {
      return Long.parseLong(ctx.pathParam("draftId"));
    } catch (NumberFormatException e) {
      throw new NotFound("There is no such draft.");
    }
  }

  private static void send(RoutingContext ctx, String type, String fileName, Buffer body) {
    ctx.response().putHeader("Content-Type", type)
        .putHeader("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
        .end(body);
  }
}
