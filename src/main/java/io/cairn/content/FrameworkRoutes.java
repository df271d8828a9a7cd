package io.cairn.content;

import io.cairn.errors.NotFound;
import io.cairn.web.Pages;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The competence frameworks, shown with how authoritative their text is. */
public final class FrameworkRoutes {
  private final Pages pages;
  private final Supplier<Catalog> catalog;

  private FrameworkRoutes(Pages pages, Supplier<Catalog> catalog) {
    this.pages = pages;
    this.catalog = catalog;
  }

  public static void mount(Router root, Pages pages, Supplier<Catalog> catalog) {
    FrameworkRoutes r = new FrameworkRoutes(pages, catalog);
    root.get("/frameworks").handler(r::list);
    root.get("/frameworks/:frameworkId").handler(r::show);
  }

  private void list(RoutingContext ctx) {
    var frameworks = catalog.get().frameworks().values().stream()
        .map(Catalog.FrameworkEntry::framework)
        .sorted(java.util.Comparator.comparing(io.cairn.content.model.Framework::title))
        .toList();
    if (frameworks.size() == 1) {
      ctx.response().setStatusCode(303).putHeader("Location", "/frameworks/" + frameworks.get(0).id()).end();
      return;
    }
    pages.render(ctx, "content/frameworks", "Competence frameworks", Map.of("frameworks", frameworks));
  }

  private void show(RoutingContext ctx) {
    String id = ctx.pathParam("frameworkId");
    Catalog.FrameworkEntry entry = catalog.get().framework(id)
        .orElseThrow(() -> new NotFound("There is no framework \"" + id + "\"."));
    Map<String, Object> data = new HashMap<>();
    data.put("framework", entry.framework());
    data.put("version", entry.version());
    data.put("competenceCount", entry.framework().domains().stream().mapToInt(d -> d.competences().size()).sum());
    data.put("verifiedCount", entry.framework().domains().stream()
        .flatMap(d -> d.competences().stream()).filter(c -> c.verified()).count());
    pages.render(ctx, "content/framework", entry.framework().title(), data);
  }
}
