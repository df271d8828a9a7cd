package io.cairn.bench;

import io.cairn.db.Database;
import io.cairn.web.Templates;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The TechEmpower-style "fortunes" baseline: one SELECT of 12 rows through the reactive client, one
 * row added at request time, a sort, and a Handlebars render of an escaped HTML table with Cairn's
 * own {@link Templates}. Each instance has its own pool, as each Cairn HTTP verticle does.
 */
public final class FortunesVerticle extends VerticleBase {
  static final String QUERY = "SELECT id, message FROM fortune";

  /** The TechEmpower rows, including the ones that must be escaped. */
  static final String[] MESSAGES = {
      "fortune: No such file or directory",
      "A computer scientist is someone who fixes things that aren't broken.",
      "After enough decimal places, nobody gives a damn.",
      "A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1",
      "A computer program does what you tell it to do, not what you want it to do.",
      "Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen",
      "Any program that runs right is obsolete.",
      "A list is only as strong as its weakest link. — Donald Knuth",
      "Feature: A bug with seniority.",
      "Computers make very fast, very accurate mistakes.",
      "<script>alert(\"This should not be displayed in a browser alert box.\");</script>",
      "フレームワークのベンチマーク"};

  /** What the template reads: Handlebars resolves {{id}} and {{message}} through the accessors. */
  public record Fortune(int id, String message) {}

  private final PgConnectOptions db;
  private final int poolSize;
  private final String host;
  private final int port;
  private Pool pool;
  private Templates templates;

  FortunesVerticle(PgConnectOptions db, int poolSize, String host, int port) {
    this.db = db;
    this.poolSize = poolSize;
    this.host = host;
    this.port = port;
  }

  /** Creates and fills the table (12 rows) in the server's database. */
  static Future<Void> createTable(SqlClient client) {
    StringBuilder insert = new StringBuilder("INSERT INTO fortune (id, message) VALUES ");
    for (int i = 0; i < MESSAGES.length; i++) {
      insert.append(i == 0 ? "" : ", ").append("(").append(i + 1).append(", '")
          .append(MESSAGES[i].replace("'", "''")).append("')");
    }
    return client.query("DROP TABLE IF EXISTS fortune").execute()
        .compose(x -> client.query("CREATE TABLE fortune (id integer PRIMARY KEY, message varchar(2048) NOT NULL)").execute())
        .compose(x -> client.query(insert.toString()).execute())
        .mapEmpty();
  }

  @Override
  public Future<?> start() {
    pool = Database.pool(vertx, db, poolSize);
    templates = new Templates();
    Router router = Router.router(vertx);
    router.get("/fortunes").handler(this::fortunes);
    // the same server options as Cairn's HttpVerticle
    return vertx.createHttpServer(new HttpServerOptions().setHost(host).setPort(port).setCompressionSupported(true))
        .requestHandler(router)
        .listen();
  }

  @Override
  public Future<?> stop() {
    return pool == null ? Future.succeededFuture() : pool.close();
  }

  private void fortunes(RoutingContext ctx) {
    pool.preparedQuery(QUERY).execute().onSuccess(rows -> {
      List<Fortune> list = new ArrayList<>(rows.size() + 1);
      for (Row r : rows) {
        list.add(new Fortune(r.getInteger(0), r.getString(1)));
      }
      list.add(new Fortune(0, "Additional fortune added at request time."));
      list.sort(Comparator.comparing(Fortune::message));
      String html = templates.render("bench/fortunes", Map.of("fortunes", list));
      ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").end(html);
    }).onFailure(ctx::fail);
  }
}
