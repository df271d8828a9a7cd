package io.cairn.testing;

import io.cairn.db.Database;
import io.cairn.db.EmbeddedDatabase;
import io.cairn.db.Migrations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL for the whole test run (embedded, fsync off), and a fresh database per test
 * class copied from a migrated template, so tests never see each other's rows.
 */
public final class TestDatabase {
  private static final String TEMPLATE = "cairn_template";
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedDatabase server;
  private static Path dataDir;

  private TestDatabase() {}

  /** A new, migrated, empty database; returns its URL for CAIRN_DATABASE_URL. */
  public static synchronized String create() {
    try {
      if (server == null) {
        // one data directory per test JVM, so that parallel runs in one checkout never meet
        dataDir = Path.of("target", "test-pgdata", String.valueOf(ProcessHandle.current().pid())).toAbsolutePath();
        server = EmbeddedDatabase.start(dataDir, false);
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop));
        execute("postgres", "DROP DATABASE IF EXISTS " + TEMPLATE);
        execute("postgres", "CREATE DATABASE " + TEMPLATE);
        Migrations.migrate(Database.fromUrl(url(TEMPLATE)));
      }
      String name = "cairn_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
      execute("postgres", "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
      return url(name);
    } catch (Exception e) {
      throw new IllegalStateException("cannot prepare the test database", e);
    }
  }

  /** An empty database with no schema at all, for migration tests. */
  public static synchronized String createEmpty() {
    create();
    String name = "cairn_empty_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    execute("postgres", "CREATE DATABASE " + name);
    return url(name);
  }

  public static String url(String database) {
    return "postgresql://postgres@127.0.0.1:" + server.port() + "/" + database;
  }

  /** Runs one statement over JDBC (for test set-up and for asserting rows). */
  public static void execute(String database, String sql) {
    try (Connection c = DriverManager.getConnection(
            "jdbc:postgresql://127.0.0.1:" + server.port() + "/" + database, "postgres", "");
         Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (Exception e) {
      throw new IllegalStateException("statement failed: " + sql, e);
    }
  }

  private static synchronized void stop() {
    try {
      if (server != null) {
        server.close();
        try (var files = java.nio.file.Files.walk(dataDir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    } catch (Exception ignored) {
      // the JVM is exiting; the next run's start stops a stale server anyway
    }
  }
}
