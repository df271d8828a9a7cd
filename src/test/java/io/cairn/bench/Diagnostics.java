package io.cairn.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;

/**
 * After the run: how PostgreSQL plans the hot statements (the plan a long-lived pooled connection
 * caches is the generic one), and table sizes and last (auto)analyze times, so a sequential scan
 * seen in the table statistics can be explained.
 */
final class Diagnostics {
  /** Copies of the app's statements (io.cairn.auth.SessionRepository, io.cairn.quiz.attempt.AttemptRepository). */
  static final String SESSION_LOOKUP = """
      SELECT a.id, a.email, a.display_name, a.roles
        FROM session s JOIN account a ON a.id = s.account_id
       WHERE s.token_hash = $1 AND s.expires_at > now()""";
  static final String ATTEMPT_BY_ID = """
      SELECT a.id, (SELECT json_object_agg(r.question_id, json_build_object('response', r.response, 'checked', r.checked))::text
                      FROM attempt_response r WHERE r.attempt_id = a.id)
        FROM attempt a WHERE a.id = $1""";

  private Diagnostics() {}

  static JsonObject collect(Pool pool) {
    JsonObject out = new JsonObject();
    JsonArray tables = new JsonArray();
    for (Row r : pool.query("""
        SELECT relname, n_live_tup, seq_scan, idx_scan, last_analyze::text, last_autoanalyze::text, autoanalyze_count
          FROM pg_stat_user_tables WHERE relname IN ('session', 'account', 'attempt', 'attempt_response', 'evidence',
                                                     'attempt_question_score', 'competence', 'quiz_version')
         ORDER BY relname""").execute().await()) {
      tables.add(new JsonObject().put("table", r.getString(0)).put("liveRows", r.getLong(1)).put("seqScans", r.getLong(2))
          .put("indexScans", r.getLong(3)).put("lastAnalyze", r.getString(4)).put("lastAutoanalyze", r.getString(5))
          .put("autoanalyzeCount", r.getLong(6)));
    }
    out.put("tables", tables);
    JsonArray fks = new JsonArray();
    for (Row r : pool.query("""
        SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
         WHERE contype = 'f' AND conrelid::regclass::text IN ('evidence', 'attempt', 'attempt_question_score', 'attempt_response')
         ORDER BY 1, 2""").execute().await()) {
      fks.add(r.getString(0) + " " + r.getString(1) + ": " + r.getString(2));
    }
    out.put("foreignKeysOnWrittenTables", fks);
    out.put("plans", pool.withConnection(c -> plans(c)).await());
    return out;
  }

  private static io.vertx.core.Future<JsonObject> plans(SqlConnection c) {
    JsonObject plans = new JsonObject();
    return c.query("PREPARE bench_session(bytea) AS " + SESSION_LOOKUP).execute()
        .compose(x -> c.query("PREPARE bench_attempt(bigint) AS " + ATTEMPT_BY_ID).execute())
        .compose(x -> explain(c, "EXPLAIN EXECUTE bench_session('\\x00')").map(p -> plans.put("sessionLookupCustom", p)))
        .compose(x -> explain(c, "EXPLAIN EXECUTE bench_attempt(1)").map(p -> plans.put("attemptByIdCustom", p)))
        .compose(x -> c.query("SET plan_cache_mode = force_generic_plan").execute())
        .compose(x -> explain(c, "EXPLAIN EXECUTE bench_session('\\x00')").map(p -> plans.put("sessionLookupGeneric", p)))
        .compose(x -> explain(c, "EXPLAIN EXECUTE bench_attempt(1)").map(p -> plans.put("attemptByIdGeneric", p)))
        .compose(x -> c.query("RESET plan_cache_mode").execute())
        .compose(x -> c.query("DEALLOCATE bench_session").execute())
        .compose(x -> c.query("DEALLOCATE bench_attempt").execute())
        .map(plans);
  }

  private static io.vertx.core.Future<String> explain(SqlConnection c, String sql) {
    return c.query(sql).execute().map(rows -> {
      StringBuilder b = new StringBuilder();
      for (Row r : rows) {
        b.append(r.getString(0)).append('\n');
      }
      return b.toString();
    });
  }
}
