package io.cairn.authoring.interchange.web;

import io.cairn.auth.CurrentUser;
import io.cairn.auth.Role;
import io.cairn.auth.SessionAuth;
import io.cairn.authoring.interchange.ExportResult;
import io.cairn.authoring.interchange.ImportResult;
import io.cairn.authoring.interchange.InterchangeService;
import io.cairn.content.Catalog;
import io.cairn.content.model.Framework;
import io.cairn.errors.NotFound;
import io.cairn.quiz.model.Quiz;
import io.cairn.web.Pages;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * GIFT and QTI 3.0 pages for tutors and admins: download the published version of a quiz in either
 * format (the export notes on a page and, as a count, in a header), and upload a file to see the
 * quiz it makes and every problem, then save it as a draft.
 */
public final class InterchangeRoutes {
  public static final String IMPORT = "/authoring/interchange/import";
  public static final long UPLOAD_LIMIT_BYTES = 2L * 1024 * 1024;
  static final String QUIZ = "/authoring/quizzes/:quizId";

  private final Vertx vertx;
  private final Pages pages;
  private final Supplier<Catalog> catalog;
  private final DraftSink drafts;

  private InterchangeRoutes(Vertx vertx, Pages pages, Supplier<Catalog> catalog, DraftSink drafts) {
    this.vertx = vertx;
    this.pages = pages;
    this.catalog = catalog;
    this.drafts = drafts;
  }

  /**
   * The upload route's own body handler: multipart with files, at most 2 MB, files in a temporary
   * folder deleted when the response ends. Mount before the server-wide body handler.
   */
  public static void mountUploads(Router root) {
    root.post(IMPORT).handler(BodyHandler.create(true).setBodyLimit(UPLOAD_LIMIT_BYTES)
        .setUploadsDirectory(System.getProperty("java.io.tmpdir") + "/cairn-interchange-uploads")
        .setDeleteUploadedFilesOnEnd(true));
  }

  public static void mount(Router root, Vertx vertx, Pages pages, Supplier<Catalog> catalog, DraftSink drafts) {
    InterchangeRoutes r = new InterchangeRoutes(vertx, pages, catalog, drafts);
    var guard = SessionAuth.requireRole(Role.TUTOR, Role.ADMIN);
    root.get(QUIZ + "/export.gift").handler(guard).handler(ctx -> r.export(ctx, InterchangeService::exportGift));
    root.get(QUIZ + "/export.qti.zip").handler(guard).handler(ctx -> r.export(ctx, InterchangeService::exportQti));
    root.get(QUIZ + "/export-notes").handler(guard).handler(r::notes);
    root.get(IMPORT).handler(guard).handler(ctx -> pages.render(ctx, "authoring/interchange-import",
        "Import GIFT or QTI", ImportPage.form(catalog.get(), ctx.request().getParam("module"), null)));
    root.post(IMPORT).handler(guard).handler(r::upload);
  }

  private Quiz published(RoutingContext ctx) {
    String id = ctx.pathParam("quizId");
    return catalog.get().quiz(id).map(Catalog.QuizEntry::quiz)
        .orElseThrow(() -> new NotFound("There is no published quiz " + id + "."));
  }

  private void export(RoutingContext ctx, Function<Quiz, ExportResult> format) {
    Quiz quiz = published(ctx);
    ExportResult r = format.apply(quiz);
    ctx.response()
        .putHeader("Content-Type", r.contentType())
        .putHeader("Content-Disposition", "attachment; filename=\"" + r.fileName() + "\"")
        .putHeader("X-Cairn-Export-Notes", String.valueOf(r.notes().size()))
        .putHeader("Link", "</authoring/quizzes/" + quiz.id() + "/export-notes>; rel=\"describedby\"")
        .end(io.vertx.core.buffer.Buffer.buffer(r.bytes()));
  }

  private void notes(RoutingContext ctx) {
    Quiz quiz = published(ctx);
    Map<String, Object> view = new HashMap<>();
    view.put("quizId", quiz.id());
    view.put("quizTitle", quiz.title());
    view.put("gift", InterchangeService.exportGift(quiz).notes());
    view.put("qti", InterchangeService.exportQti(quiz).notes());
    pages.render(ctx, "authoring/interchange-export", "Export " + quiz.title(), view);
  }

  private void upload(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    String module = blankToNull(ctx.request().getFormAttribute("module"));
    boolean asDraft = "draft".equals(ctx.request().getFormAttribute("action"));
    List<FileUpload> files = ctx.fileUploads();
    FileUpload file = files.isEmpty() ? null : files.get(0);
    String name = file == null ? "" : file.fileName();
    String lower = name.toLowerCase(Locale.ROOT);
    if (file == null || file.size() == 0) {
      refuse(ctx, module, "Choose a file to import: a GIFT file (.gift or .txt) or a QTI 3.0 package (.zip).");
      return;
    } else if (!(lower.endsWith(".gift") || lower.endsWith(".txt") || lower.endsWith(".zip") || lower.endsWith(".xml"))) {
      refuse(ctx, module, "\"" + name + "\" is not a GIFT file (.gift, .txt) or a QTI package (.zip) or item (.xml).");
      return;
    } else if (asDraft && module == null) {
      refuse(ctx, module, "Choose the module the imported quiz belongs to.");
      return;
    }
    Set<String> known = competences(module);
    vertx.fileSystem().readFile(file.uploadedFileName())
        .compose(bytes -> vertx.executeBlocking(() -> InterchangeService.importFile(name, bytes.getBytes(), known)))
        .compose(result -> !asDraft || result.quiz().questions().isEmpty() ? Future.succeededFuture(result)
            : drafts.saveDraft(result.quiz(), module, "imported from " + format(name), user.id()).map(id -> {
              ctx.response().setStatusCode(303).putHeader("Location", "/authoring/drafts/" + id).end();
              return (ImportResult) null;
            }))
        .onSuccess(result -> {
          if (result != null) {
            pages.render(ctx, "authoring/interchange-import", "Import preview",
                ImportPage.preview(catalog.get(), module, name, format(name), result));
          }
        })
        .onFailure(ctx::fail);
  }

  private void refuse(RoutingContext ctx, String module, String message) {
    ctx.response().setStatusCode(400);
    pages.render(ctx, "authoring/interchange-import", "Import GIFT or QTI", ImportPage.form(catalog.get(), module, message));
  }

  /** The competence ids of the module's framework, or of every framework when no module is chosen. */
  private Set<String> competences(String module) {
    Catalog c = catalog.get();
    var frameworks = module == null ? c.frameworks().values().stream().map(Catalog.FrameworkEntry::framework).toList()
        : c.module(module).flatMap(m -> c.framework(m.module().framework())).map(f -> List.of(f.framework())).orElse(List.of());
    return frameworks.stream().flatMap(f -> f.domains().stream()).flatMap(d -> d.competences().stream())
        .map(Framework.Competence::id).collect(Collectors.toSet());
  }

  private static String format(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".zip") || lower.endsWith(".xml") ? "QTI 3.0" : "GIFT";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
