package io.cairn.authoring.editor;

import io.cairn.authoring.draft.AuthoringService;
import io.cairn.content.Catalog;
import io.cairn.web.Pages;
import io.vertx.ext.web.Router;
import java.util.function.Supplier;

/** The editor's pages: the list, quizzes and questions, modules and units, previews. */
public final class EditorModule {
  private final AuthoringService service;
  private final Supplier<Catalog> catalog;
  private final Pages pages;

  public EditorModule(AuthoringService service, Supplier<Catalog> catalog, Pages pages) {
    this.service = service;
    this.catalog = catalog;
    this.pages = pages;
  }

  public void mount(Router root) {
    new PreviewRoutes(service, catalog, pages).mount(root);
    new EditorRoutes(service, pages).mount(root);
    new QuestionRoutes(service, pages).mount(root);
    new UnitRoutes(service, pages).mount(root);
  }
}
