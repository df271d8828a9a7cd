package io.cairn.authoring;

import io.cairn.auth.Role;
import io.cairn.auth.SessionAuth;
import io.cairn.authoring.draft.AuthoringService;
import io.cairn.authoring.draft.ContentRefresh;
import io.cairn.authoring.editor.EditorModule;
import io.cairn.authoring.files.FileRoutes;
import io.cairn.content.Catalog;
import io.cairn.web.Pages;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.sqlclient.Pool;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The tutor's editor under /authoring: drafts, publication, previews, file import and export.
 * Every route is for tutors and admins only. Other features (GIFT and QTI import) make drafts
 * through {@link #service()}.
 */
public final class AuthoringModule {
  /** An import upload: a quiz file or a module zip. */
  public static final long UPLOAD_LIMIT_BYTES = 4L * 1024 * 1024;

  private final AuthoringService service;
  private final Supplier<Catalog> catalog;

  public AuthoringModule(Pool pool, Supplier<Catalog> catalog, ContentRefresh refresh, Path webroot) {
    this.service = new AuthoringService(pool, catalog, refresh, webroot);
    this.catalog = catalog;
  }

  /** Uploads (imports) need multipart parsing and a larger limit than other forms; mounted before those. */
  public static void mountUploads(Router root) {
    root.post("/authoring/import").handler(BodyHandler.create(true).setBodyLimit(UPLOAD_LIMIT_BYTES)
        .setUploadsDirectory(System.getProperty("java.io.tmpdir") + "/cairn-uploads")
        .setDeleteUploadedFilesOnEnd(true));
  }

  public void mount(Router root, Vertx vertx, Pages pages) {
    root.route("/authoring*").handler(SessionAuth.requireRole(Role.TUTOR, Role.ADMIN));
    new EditorModule(service, catalog, pages).mount(root);
    new FileRoutes(service, catalog, pages).mount(root, vertx);
  }

  public AuthoringService service() {
    return service;
  }
}
