package io.cairn.content.progress;

import io.cairn.evidence.cpd.QuizOutcome;
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
  /**
   * The module page in one round trip: each unit's progress, and per quiz of the module the first
   * submitted and first passing submit times and whether an attempt is open.
   */
  static final String MODULE_STATE = """
      SELECT 'unit', unit_id, done_at, played_seconds(played), duration_seconds, NULL::timestamptz, false
        FROM unit_progress WHERE account_id = $1 AND module_id = $2
      UNION ALL
      SELECT 'quiz', quiz_id, min(submitted_at), NULL, NULL, min(submitted_at) FILTER (WHERE passed),
             bool_or(state = 'in_progress')
        FROM attempt WHERE account_id = $1 AND quiz_id = ANY($3::text[]) GROUP BY quiz_id""";
  /** Units done in every module, and per quiz the first submit, first pass and any open attempt. */
  public static final String LEARNER_PROGRESS = """
      SELECT 'unit', module_id, unit_id, done_at, NULL::timestamptz, false
        FROM unit_progress WHERE account_id = $1 AND done_at IS NOT NULL
      UNION ALL
      SELECT 'quiz', NULL, quiz_id, min(submitted_at), min(submitted_at) FILTER (WHERE passed),
             bool_or(state = 'in_progress')
        FROM attempt WHERE account_id = $1 GROUP BY quiz_id""";
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

  /** A learner's progress in a module's units and their outcomes on its quizzes. */
  public record ModuleState(Map<String, UnitProgress> units, Map<String, QuizOutcome> quizzes) {}

  public Future<ModuleState> moduleState(long account, String module, java.util.List<String> quizIds) {
    Tuple args = Tuple.tuple().addLong(account).addString(module).addArrayOfString(quizIds.toArray(new String[0]));
    return pool.preparedQuery(MODULE_STATE).execute(args).map(rows -> {
      Map<String, UnitProgress> units = new HashMap<>();
      Map<String, QuizOutcome> quizzes = new HashMap<>();
      for (Row r : rows) {
        if ("unit".equals(r.getString(0))) {
          units.put(r.getString(1), new UnitProgress(r.getString(1), r.getOffsetDateTime(2), r.getInteger(3), r.getInteger(4)));
        } else {
          quizzes.put(r.getString(1), new QuizOutcome(instant(r.getOffsetDateTime(2)), instant(r.getOffsetDateTime(5)),
              Boolean.TRUE.equals(r.getBoolean(6))));
        }
      }
      return new ModuleState(units, quizzes);
    });
  }

  private static java.time.Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  /** What a learner has done across all modules: units done (module to unit to time) and quiz outcomes. */
  public record LearnerProgress(Map<String, Map<String, java.time.Instant>> doneUnits, Map<String, QuizOutcome> quizzes) {
    public Map<String, java.time.Instant> doneIn(String moduleId) {
      return doneUnits.getOrDefault(moduleId, Map.of());
    }
  }

  public Future<LearnerProgress> learnerProgress(long account) {
    return learnerProgress(pool, account);
  }

  /** On any client, so that the CPD record can read it alongside its other queries. */
  public static Future<LearnerProgress> learnerProgress(io.vertx.sqlclient.SqlClient db, long account) {
    return db.preparedQuery(LEARNER_PROGRESS).execute(Tuple.of(account)).map(rows -> {
      Map<String, Map<String, java.time.Instant>> done = new HashMap<>();
      Map<String, QuizOutcome> quizzes = new HashMap<>();
      for (Row r : rows) {
        if ("unit".equals(r.getString(0))) {
          done.computeIfAbsent(r.getString(1), k -> new HashMap<>()).put(r.getString(2), instant(r.getOffsetDateTime(3)));
        } else {
          quizzes.put(r.getString(2), new QuizOutcome(instant(r.getOffsetDateTime(3)), instant(r.getOffsetDateTime(4)),
              Boolean.TRUE.equals(r.getBoolean(5))));
        }
      }
      return new LearnerProgress(done, quizzes);
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
