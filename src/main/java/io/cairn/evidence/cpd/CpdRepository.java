package io.cairn.evidence.cpd;

import io.cairn.content.progress.ProgressRepository;
import io.cairn.errors.InvalidInput;
import io.cairn.errors.NotFound;
import io.vertx.pgclient.PgException;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the CPD record is made of, read per learner; and the learner's free CPD entries. */
public final class CpdRepository {
  static final String REFLECTIONS = """
      SELECT DISTINCT ON (module_id, unit_id) module_id, unit_id, body, created_at
        FROM reflection WHERE account_id = $1
       ORDER BY module_id, unit_id, created_at DESC, id DESC""";
  static final String ATTEMPTS = """
      SELECT id, quiz_id, module_id, attempt_number, submitted_at, percent, passed
        FROM attempt WHERE account_id = $1 AND state = 'submitted' ORDER BY submitted_at, id""";
  /** Attestations not superseded by a correction. */
  static final String ATTESTATIONS = """
      SELECT e.id, f.framework_id, e.competence_id, s.display_name, e.observed_on, e.basis, e.rating, e.level, e.note
        FROM evidence e JOIN framework_version f ON f.id = e.framework_version_id
        LEFT JOIN account s ON s.id = e.attested_by
       WHERE e.account_id = $1 AND e.kind = 'attestation'
         AND NOT EXISTS (SELECT 1 FROM evidence n WHERE n.supersedes = e.id)
       ORDER BY e.observed_on, e.id""";
  static final String ENTRIES = """
      SELECT id, title, provider, done_on, minutes, notes, competence_ids, created_at
        FROM cpd_entry WHERE account_id = $1 AND withdrawn_at IS NULL ORDER BY done_on, id""";
  static final String CERTIFICATES = """
      SELECT module_id, code FROM certificate WHERE account_id = $1 AND revoked_at IS NULL""";
  /** The entry, and with notes one reflection evidence row per competence it names. */
  static final String INSERT_ENTRY = """
      WITH entry AS (
        INSERT INTO cpd_entry (account_id, title, provider, done_on, minutes, notes, competence_ids, framework_version_id)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id),
      evidence_rows AS (
        INSERT INTO evidence (account_id, kind, competence_id, framework_version_id, level, note, cpd_entry_id, statement)
        SELECT $1, 'reflection', c, $8, 'knows', $6, entry.id, $9
          FROM entry, unnest($7::text[]) AS c WHERE $6::text IS NOT NULL)
      SELECT id FROM entry""";
  static final String WITHDRAW = """
      UPDATE cpd_entry SET withdrawn_at = now() WHERE id = $1 AND account_id = $2 AND withdrawn_at IS NULL""";

  public static final String ENTRY_STATEMENT = "Notes on CPD done elsewhere, written by the learner. "
      + "They are not an assessment of competence.";

  public record ReflectionRow(String moduleId, String unitId, String body, Instant savedAt) {}

  public record AttemptRow(long id, String quizId, String moduleId, int number, Instant submittedAt, double percent,
      boolean passed) {}

  public record AttestationRow(long id, String frameworkId, String competenceId, String supervisor,
      java.time.LocalDate observedOn, String basis, String rating, String level, String statement) {}

  /** Everything the record reads, as stored. */
  public record Rows(ProgressRepository.LearnerProgress progress, List<ReflectionRow> reflections, List<AttemptRow> attempts,
      List<AttestationRow> attestations, List<CpdRecord.Entry> entries, Map<String, String> certificates) {}

  /** A free entry as validated; {@code frameworkVersionId} is the framework its competences are from. */
  public record NewEntry(String title, String provider, java.time.LocalDate doneOn, int minutes, String notes,
      List<String> competenceIds, long frameworkVersionId) {}

  public Future<ProgressRepository.LearnerProgress> progress(SqlClient db, long account) {
    return ProgressRepository.learnerProgress(db, account);
  }

  /** Everything for the record, the queries running side by side. */
  public Future<Rows> rows(SqlClient db, long account) {
    Tuple a = Tuple.of(account);
    Future<List<ReflectionRow>> reflections = db.preparedQuery(REFLECTIONS).execute(a).map(rows -> {
      List<ReflectionRow> list = new ArrayList<>();
      rows.forEach(r -> list.add(new ReflectionRow(r.getString(0), r.getString(1), r.getString(2),
          instant(r.getOffsetDateTime(3)))));
      return list;
    });
    Future<List<AttemptRow>> attempts = db.preparedQuery(ATTEMPTS).execute(a).map(rows -> {
      List<AttemptRow> list = new ArrayList<>();
      rows.forEach(r -> list.add(new AttemptRow(r.getLong(0), r.getString(1), r.getString(2), r.getInteger(3),
          instant(r.getOffsetDateTime(4)), r.getBigDecimal(5).doubleValue(), r.getBoolean(6))));
      return list;
    });
    Future<List<AttestationRow>> attestations = db.preparedQuery(ATTESTATIONS).execute(a).map(rows -> {
      List<AttestationRow> list = new ArrayList<>();
      rows.forEach(r -> list.add(new AttestationRow(r.getLong(0), r.getString(1), r.getString(2), r.getString(3),
          r.getLocalDate(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8))));
      return list;
    });
    Future<List<CpdRecord.Entry>> entries = db.preparedQuery(ENTRIES).execute(a).map(rows -> {
      List<CpdRecord.Entry> list = new ArrayList<>();
      rows.forEach(r -> list.add(new CpdRecord.Entry(r.getLong(0), r.getString(1), r.getString(2), r.getLocalDate(3),
          r.getInteger(4), r.getString(5), Arrays.asList(r.getArrayOfStrings(6)), instant(r.getOffsetDateTime(7)))));
      return list;
    });
    Future<Map<String, String>> certificates = db.preparedQuery(CERTIFICATES).execute(a).map(rows -> {
      Map<String, String> byModule = new HashMap<>();
      rows.forEach(r -> byModule.put(r.getString(0), r.getString(1)));
      return byModule;
    });
    Future<ProgressRepository.LearnerProgress> progress = progress(db, account);
    return Future.all(progress, reflections, attempts, attestations, entries, certificates)
        .map(all -> new Rows(all.resultAt(0), all.resultAt(1), all.resultAt(2), all.resultAt(3), all.resultAt(4),
            all.resultAt(5)));
  }

  public Future<Long> addEntry(SqlClient db, long account, NewEntry e) {
    Tuple args = Tuple.tuple().addLong(account).addString(e.title()).addString(e.provider())
        .addLocalDate(e.doneOn()).addInteger(e.minutes()).addString(e.notes())
        .addArrayOfString(e.competenceIds().toArray(new String[0])).addLong(e.frameworkVersionId())
        .addString(ENTRY_STATEMENT);
    return db.preparedQuery(INSERT_ENTRY).execute(args).map(rows -> rows.iterator().next().getLong(0))
        .recover(err -> Future.failedFuture(explain(err)));
  }

  /** Marks the learner's own entry withdrawn; it stays stored and leaves the record. */
  public Future<Void> withdraw(SqlClient db, long account, long entryId) {
    return db.preparedQuery(WITHDRAW).execute(Tuple.of(entryId, account)).map(rows -> {
      if (rows.rowCount() == 0) {
        throw new NotFound("There is no CPD entry " + entryId + " of yours to withdraw.");
      }
      return null;
    });
  }

  /** A competence the framework does not have (the ledger's foreign key) is the learner's input. */
  private static Throwable explain(Throwable err) {
    if (err instanceof PgException pg && "23503".equals(pg.getSqlState())) {
      return new InvalidInput("competence", "One of the competences is not in the framework.");
    }
    return err;
  }

  static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
