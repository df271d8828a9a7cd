package io.cairn.content.progress;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What learners opened, played, marked done and reflected, per unit. */
public final class ProgressRepository {
  static final String OPENED = """
      INSERT INTO unit_progress (account_id, module_id, unit_id) VALUES ($1, $2, $3)
      ON CONFLICT (account_id, module_id, unit_id) DO UPDATE SET last_opened_at = now()
      RETURNING done_at, played_seconds(played), duration_seconds""";
  static final String MARK_DONE = """
      INSERT INTO unit_progress (account_id, module_id, unit_id, done_at) VALUES ($1, $2, $3, now())
      ON CONFLICT (account_id, module_id, unit_id) DO UPDATE
        SET done_at = coalesce(unit_progress.done_at, now()), last_opened_at = now()""";
  /** Adds played ranges; marks the unit done once enough of it has been played. */
  static final String PLAYED = """
      INSERT INTO unit_progress (account_id, module_id, unit_id, played, duration_seconds, done_at)
      VALUES ($1, $2, $3, $4::int4multirange, $5,
              CASE WHEN played_seconds($4::int4multirange) * 100 >= $6::int * $5::int THEN now() END)
      ON CONFLICT (account_id, module_id, unit_id) DO UPDATE
        SET played = unit_progress.played + excluded.played,
            duration_seconds = excluded.duration_seconds,
            last_opened_at = now(),
            done_at = coalesce(unit_progress.done_at,
              CASE WHEN played_seconds(unit_progress.played + excluded.played) * 100
                        >= $6::int * excluded.duration_seconds THEN now() END)
      RETURNING played_seconds(played), duration_seconds, done_at""";
  static final String FOR_MODULE = """
      SELECT unit_id, done_at, played_seconds(played), duration_seconds
        FROM unit_progress WHERE account_id = $1 AND module_id = $2""";
  static final String DONE_COUNTS = """
      SELECT module_id, count(*) FILTER (WHERE done_at IS NOT NULL)
        FROM unit_progress WHERE account_id = $1 GROUP BY module_id""";
  /** The reflection, one reflection evidence row per competence the unit serves, and progress. */
  static final String SAVE_REFLECTION = """
      WITH saved AS (
        INSERT INTO reflection (account_id, module_id, unit_id, body) VALUES ($1, $2, $3, $4) RETURNING id),
      evidence_rows AS (
        INSERT INTO evidence (account_id, kind, competence_id, framework_version_id, level, note, reflection_id, statement)
        SELECT $1, 'reflection', c, $5, 'knows', $4, saved.id, $7 FROM saved, unnest($6::text[]) AS c)
      INSERT INTO unit_progress (account_id, module_id, unit_id, done_at) VALUES ($1, $2, $3, now())
      ON CONFLICT (account_id, module_id, unit_id) DO UPDATE
        SET done_at = coalesce(unit_progress.done_at, now()), last_opened_at = now()""";
  static final String LATEST_REFLECTION = """
      SELECT body, created_at FROM reflection
       WHERE account_id = $1 AND module_id = $2 AND unit_id = $3
       ORDER BY created_at DESC, id DESC LIMIT 1""";

  private final Pool pool;

  public ProgressRepository(Pool pool) {
    this.pool = pool;
  }

  /** Records that the unit was opened; returns its progress. */
  public Future<UnitProgress> opened(long account, String module, String unit) {
    return pool.preparedQuery(OPENED).execute(Tuple.of(account, module, unit)).map(rows -> {
      Row r = rows.iterator().next();
      return new UnitProgress(unit, r.getOffsetDateTime(0), r.getInteger(1), r.getInteger(2));
    });
  }

  public Future<Void> markDone(long account, String module, String unit) {
    return pool.preparedQuery(MARK_DONE).execute(Tuple.of(account, module, unit)).mapEmpty();
  }

  public Future<UnitProgress> played(long account, String module, String unit, PlayedRanges ranges, int donePercent) {
    return pool.preparedQuery(PLAYED)
        .execute(Tuple.of(account, module, unit, ranges.literal(), ranges.durationSeconds(), donePercent))
        .map(rows -> {
          Row r = rows.iterator().next();
          return new UnitProgress(unit, r.getOffsetDateTime(2), r.getInteger(0), r.getInteger(1));
        });
  }

  public Future<Map<String, UnitProgress>> forModule(long account, String module) {
    return pool.preparedQuery(FOR_MODULE).execute(Tuple.of(account, module)).map(rows -> {
      Map<String, UnitProgress> byUnit = new HashMap<>();
      for (Row r : rows) {
        byUnit.put(r.getString(0), new UnitProgress(r.getString(0), r.getOffsetDateTime(1), r.getInteger(2), r.getInteger(3)));
      }
      return byUnit;
    });
  }

  /** Units done per module, for the home page. */
  public Future<Map<String, Integer>> doneCounts(long account) {
    return pool.preparedQuery(DONE_COUNTS).execute(Tuple.of(account)).map(rows -> {
      Map<String, Integer> counts = new HashMap<>();
      rows.forEach(r -> counts.put(r.getString(0), r.getLong(1).intValue()));
      return counts;
    });
  }

  /**
   * Keeps a new version of the reflection, records it as evidence for the unit's competences, and
   * counts the unit as done, in one statement.
   */
  public Future<Void> saveReflection(long account, String module, String unit, String body,
      long frameworkVersionId, java.util.List<String> competences) {
    Tuple args = Tuple.tuple().addLong(account).addString(module).addString(unit).addString(body)
        .addLong(frameworkVersionId).addArrayOfString(competences.toArray(new String[0]))
        .addString(io.cairn.evidence.EvidenceRepository.REFLECTION_STATEMENT);
    return pool.preparedQuery(SAVE_REFLECTION).execute(args).mapEmpty();
  }

  public Future<Optional<Reflection>> latestReflection(long account, String module, String unit) {
    return pool.preparedQuery(LATEST_REFLECTION).execute(Tuple.of(account, module, unit))
        .map(rows -> rows.size() == 0 ? Optional.empty()
            : Optional.of(new Reflection(rows.iterator().next().getString(0), rows.iterator().next().getOffsetDateTime(1))));
  }

  public record Reflection(String body, OffsetDateTime savedAt) {}
}
