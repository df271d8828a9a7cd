package io.cairn.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.sqlclient.Pool;

/** {@code GET /health}: whether the server can reach its database, for load balancers and people. */
public final class HealthRoutes {
  private HealthRoutes() {}

  public static void mount(Router root, Pool pool) {
    root.get("/health").handler(ctx -> pool.query("SELECT 1").execute()
        .onSuccess(rows -> ctx.json(new JsonObject().put("status", "up").put("database", "up")))
        .onFailure(err -> ctx.response().setStatusCode(503)
            .putHeader("Content-Type", "application/json")
            .end(new JsonObject().put("status", "down").put("database", "down")
                .put("reason", "the database cannot be reached").encode())));
  }
}
