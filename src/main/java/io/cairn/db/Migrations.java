package io.cairn.db;

import io.vertx.pgclient.PgConnectOptions;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Versioned schema migrations (Flyway, over JDBC), run once before the verticles deploy. */
public final class Migrations {
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  public static MigrateResult migrate(PgConnectOptions db) {
    // the JDBC driver takes the same TLS demand as the reactive client
    String jdbcUrl = "jdbc:postgresql://" + db.getHost() + ":" + db.getPort() + "/" + db.getDatabase()
        + "?sslmode=" + db.getSslMode().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    Flyway flyway = Flyway.configure()
        .dataSource(jdbcUrl, db.getUser(), db.getPassword())
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load();
    MigrateResult result = flyway.migrate();
    LOG.info("Database schema at version {} ({} migration(s) applied)",
        result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion,
        result.migrationsExecuted);
    return result;
  }
}
