package io.cairn.bench;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PostgreSQL's cumulative statistics, read before and after a window so the difference can be
 * shown per request: transactions, rows, WAL, multixact traffic and scans per table.
 */
final class DbCounters {
  private DbCounters() {}

  /** Transactions and rows from pg_stat_database, scans from pg_stat_user_tables, SLRU and WAL counters. */
  static Map<String, Long> read(Pool pool) {
    Map<String, Long> m = new LinkedHashMap<>();
    Row r = pool.query("""
        SELECT xact_commit, xact_rollback, tup_returned, tup_fetched, tup_inserted, tup_updated, blks_hit, blks_read
          FROM pg_stat_database WHERE datname = current_database()""").execute().await().iterator().next();
    String[] names = {"transactions", "rollbacks", "rowsReturned", "rowsFetched", "rowsInserted", "rowsUpdated", "blocksHit", "blocksRead"};
    for (int i = 0; i < names.length; i++) {
      m.put(names[i], r.getLong(i));
    }
    for (Row t : pool.query("SELECT relname, coalesce(seq_scan, 0), coalesce(seq_tup_read, 0), coalesce(idx_scan, 0) "
        + "FROM pg_stat_user_tables").execute().await()) {
      m.put("table." + t.getString(0) + ".seqScans", t.getLong(1));
      m.put("table." + t.getString(0) + ".seqRowsRead", t.getLong(2));
      m.put("table." + t.getString(0) + ".indexScans", t.getLong(3));
    }
    for (Row t : pool.query("SELECT name, blks_zeroed + blks_hit + blks_read + blks_written FROM pg_stat_slru "
        + "WHERE lower(name) LIKE 'multixact%'").execute().await()) {
      m.put("multixactSlruBlocks." + t.getString(0), t.getLong(1));
    }
    try {
      Row w = pool.query("SELECT wal_records, wal_bytes::bigint, wal_sync FROM pg_stat_wal").execute().await().iterator().next();
      m.put("walRecords", w.getLong(0));
      m.put("walBytes", w.getLong(1));
      m.put("walFlushes", w.getLong(2));
    } catch (RuntimeException ignored) {
      // pg_stat_wal has other columns in other versions
    }
    return m;
  }

  /** (after - before) / units for every counter; per-table counters that did not move are left out. */
  static JsonObject perUnit(Map<String, Long> before, Map<String, Long> after, double units, String unit) {
    JsonObject json = new JsonObject().put("per", unit)
        .put("note", "statistics include the benchmark's own few queries and the 1 s pauses around the window");
    if (before == null || after == null || units <= 0) {
      return json;
    }
    JsonObject tables = new JsonObject();
    after.forEach((k, v) -> {
      double d = Tallies.round((v - before.getOrDefault(k, 0L)) / units);
      if (!k.startsWith("table.")) {
        json.put(k, d);
      } else if (d != 0) {
        tables.put(k.substring("table.".length()), d);
      }
    });
    return json.put("tables", tables);
  }

  /** PostgreSQL publishes statistics at most once a second: let them settle. */
  static void settle() throws InterruptedException {
    Thread.sleep(1_200);
  }
}
