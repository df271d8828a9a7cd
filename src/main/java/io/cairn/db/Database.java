package io.cairn.db;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

/** Connection settings and pools for the reactive client. */
public final class Database {
  private Database() {}

  /** From a URL such as {@code postgresql://user:secret@host:5432/cairn}. */
  public static PgConnectOptions fromUrl(String url) {
    return tune(PgConnectOptions.fromUri(url));
  }

  /** From the usual PGHOST, PGPORT, PGDATABASE, PGUSER and PGPASSWORD variables. */
  public static PgConnectOptions fromPgEnvironment() {
    return tune(PgConnectOptions.fromEnv());
  }

  private static PgConnectOptions tune(PgConnectOptions options) {
    return options
        .setCachePreparedStatements(true)
        .setPreparedStatementCacheMaxSize(512)
        .setPipeliningLimit(256)
        .setReconnectAttempts(2)
        .setReconnectInterval(500);
  }

  public static Pool pool(Vertx vertx, PgConnectOptions options, int size) {
    return PgBuilder.pool()
        .with(new PoolOptions().setMaxSize(size).setMaxWaitQueueSize(4096))
        .connectingTo(options)
        .using(vertx)
        .build();
  }
}
