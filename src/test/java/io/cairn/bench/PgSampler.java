package io.cairn.bench;

import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgConnectOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * A sampling profile of PostgreSQL without extensions: every few milliseconds it reads which
 * statements the server's backends are running (pg_stat_activity, state 'active') and what they
 * wait for, and tallies them. The share of samples approximates where PostgreSQL's time goes.
 */
final class PgSampler implements AutoCloseable {
  private static final String SAMPLE = """
      SELECT query, coalesce(wait_event_type || ':' || wait_event, 'CPU') FROM pg_stat_activity
       WHERE state = 'active' AND pid <> pg_backend_pid() AND datname = current_database()""";

  private final Connection connection;
  private final Map<String, Long> byStatement = new HashMap<>();
  private final Map<String, Long> byWait = new HashMap<>();
  private volatile boolean running;
  private Thread thread;
  private long sweeps;
  private long busy;

  PgSampler(PgConnectOptions db) throws SQLException {
    String url = "jdbc:postgresql://" + db.getHost() + ":" + db.getPort() + "/" + db.getDatabase();
    connection = DriverManager.getConnection(url, db.getUser(), db.getPassword() == null ? "" : db.getPassword());
  }

  void start(long periodMillis) {
    byStatement.clear();
    byWait.clear();
    sweeps = 0;
    busy = 0;
    running = true;
    thread = new Thread(() -> {
      try (Statement st = connection.createStatement()) {
        while (running) {
          try (ResultSet rs = st.executeQuery(SAMPLE)) {
            sweeps++;
            while (rs.next()) {
              busy++;
              String q = rs.getString(1).replaceAll("\\s+", " ").trim();
              String wait = rs.getString(2);
              byStatement.merge((q.length() > 110 ? q.substring(0, 110) + "…" : q) + "  [" + wait + "]", 1L, Long::sum);
              byWait.merge(wait, 1L, Long::sum);
            }
          }
          Thread.sleep(periodMillis);
        }
      } catch (SQLException | InterruptedException e) {
        running = false;
      }
    }, "bench-pg-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  JsonObject stop() throws InterruptedException {
    running = false;
    thread.join(5_000);
    JsonObject out = new JsonObject().put("sweeps", sweeps)
        .put("meanActiveBackends", sweeps == 0 ? 0 : Tallies.round((double) busy / sweeps))
        .put("note", "share of (backend, sweep) samples in which a statement was running; "
            + "CPU means not waiting (running or runnable)");
    out.put("byWait", Tallies.top(byWait, busy, 12, "what"));
    out.put("byStatement", Tallies.top(byStatement, busy, 15, "what"));
    return out;
  }

  @Override
  public void close() {
    running = false;
    try {
      connection.close();
    } catch (SQLException ignored) {
      // closing anyway
    }
  }
}
