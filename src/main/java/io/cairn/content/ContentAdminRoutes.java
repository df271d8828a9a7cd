package io.cairn.content;

import io.cairn.auth.Role;
import io.cairn.auth.SessionAuth;
import io.cairn.web.Pages;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** For admins: what the last load of quizzes/ found wrong, and what is being served. */
public final class ContentAdminRoutes {
  static final String PROBLEMS = "SELECT file, line, path, message, found_at FROM content_problem ORDER BY file, line, id";

  private final Pages pages;
  private final Supplier<Catalog> catalog;
  private final Pool pool;

  private ContentAdminRoutes(Pages pages, Supplier<Catalog> catalog, Pool pool) {
    this.pages = pages;
    this.catalog = catalog;
    this.pool = pool;
  }

  public static void mount(Router root, Pages pages, Supplier<Catalog> catalog, Pool pool) {
    ContentAdminRoutes r = new ContentAdminRoutes(pages, catalog, pool);
    root.get("/admin/content").handler(SessionAuth.requireRole(Role.ADMIN)).handler(r::problems);
  }

  private void problems(RoutingContext ctx) {
    pool.query(PROBLEMS).execute().onSuccess(rows -> {
      List<Map<String, Object>> problems = new ArrayList<>();
      for (Row r : rows) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("file", r.getString(0));
        p.put("line", r.getInteger(1));
        p.put("path", r.getString(2));
        p.put("message", r.getString(3));
        problems.add(p);
      }
      pages.render(ctx, "admin/content", "Content problems", Map.of(
          "problems", problems, "problemCount", problems.size(), "modules", catalog.get().modules()));
    }).onFailure(ctx::fail);
  }
}
