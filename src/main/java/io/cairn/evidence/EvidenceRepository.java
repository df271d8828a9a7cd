package io.cairn.evidence;

import io.cairn.content.model.EvidenceLevel;
import io.cairn.errors.Forbidden;
import io.cairn.errors.InvalidInput;
import io.cairn.evidence.map.EvidenceEntry;
import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The append-only evidence ledger. Rows are only ever inserted; a correction supersedes. Quiz
 * knowledge checks are written by the submit itself (quiz.attempt.SubmitWrite), in its transaction.
 */
public final class EvidenceRepository {
  static final String INSERT_SELF_ASSESSMENT = """
      INSERT INTO evidence (account_id, kind, competence_id, framework_version_id, level, rating, note, statement, supersedes)
      VALUES ($1, 'self_assessment', $2, $3, 'knows', $4, $5, $6,
              (SELECT max(id) FROM evidence WHERE account_id = $1 AND competence_id = $2 AND kind = 'self_assessment'))
      RETURNING id""";
  static final String INSERT_ATTESTATION = """
      INSERT INTO evidence (account_id, kind, competence_id, framework_version_id, level, attested_by, basis,
                            observed_on, rating, note, statement, supersedes)
      VALUES ($1, 'attestation', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
      RETURNING id""";
  static final String FOR_LEARNER = """
      SELECT e.id, e.kind, e.competence_id, e.level, e.percent, e.rating, e.note, s.display_name, e.basis,
             e.observed_on, e.attempt_id, e.item_ids, e.supersedes, e.recorded_at
        FROM evidence e LEFT JOIN account s ON s.id = e.attested_by
       WHERE e.account_id = $1 ORDER BY e.recorded_at, e.id""";

  public static final String SELF_ASSESSMENT_STATEMENT =
      "The learner's own rating of where they are. It is not an assessment of competence.";
  public static final String REFLECTION_STATEMENT =
      "A reflection written by the learner. It is not an assessment of competence.";
  public static final String ATTESTATION_STATEMENT =
      "A supervisor's attestation of observed practice, with the basis and statement they recorded.";

  /** Self-ratings on a documented three-point scale. */
  public static final List<String> SELF_RATINGS = List.of("not_yet", "developing", "confident");
  public static final List<String> ATTESTATION_RATINGS = List.of("not_yet_demonstrated", "demonstrated",
      "demonstrated_consistently");
  public static final List<String> BASES = List.of("observed_session", "recording_review", "case_discussion", "role_play");

  /** A new self-rating; it supersedes the learner's previous rating of the same competence. */
  public Future<Long> selfAssess(SqlClient db, long account, long frameworkVersionId, String competenceId,
      String rating, String note) {
    if (!SELF_RATINGS.contains(rating)) {
      throw new InvalidInput("rating", "Choose one of: not yet, developing, confident.");
    }
    return db.preparedQuery(INSERT_SELF_ASSESSMENT)
        .execute(Tuple.of(account, competenceId, frameworkVersionId, rating, blank(note), SELF_ASSESSMENT_STATEMENT))
        .map(rows -> rows.iterator().next().getLong(0))
        .recover(EvidenceRepository::explain);
  }

  /** A supervisor's attestation; the database refuses it unless the supervisor is linked to the learner. */
  public Future<Long> attest(SqlClient db, Attestation a) {
    Tuple args = Tuple.tuple().addLong(a.learnerId()).addString(a.competenceId()).addLong(a.frameworkVersionId())
        .addString(a.level().code()).addLong(a.supervisorId()).addString(a.basis()).addLocalDate(a.observedOn())
        .addString(a.rating()).addString(a.statement()).addString(ATTESTATION_STATEMENT).addValue(a.supersedes());
    return db.preparedQuery(INSERT_ATTESTATION).execute(args)
        .map(rows -> rows.iterator().next().getLong(0))
        .recover(EvidenceRepository::explain);
  }

  public Future<List<EvidenceEntry>> forLearner(SqlClient db, long account) {
    return db.preparedQuery(FOR_LEARNER).execute(Tuple.of(account)).map(rows -> {
      List<EvidenceEntry> list = new ArrayList<>();
      for (Row r : rows) {
        list.add(entry(r));
      }
      return list;
    });
  }

  static EvidenceEntry entry(Row r) {
    BigDecimal percent = r.getBigDecimal(4);
    String[] items = r.getArrayOfStrings(11);
    LocalDate observed = r.getLocalDate(9);
    return new EvidenceEntry(r.getLong(0),
        EvidenceEntry.Kind.valueOf(r.getString(1).toUpperCase(Locale.ROOT)),
        r.getString(2), EvidenceLevel.fromCode(r.getString(3)).orElseThrow(),
        percent == null ? null : percent.doubleValue(), r.getString(5), r.getString(6), r.getString(7),
        r.getString(8), observed, r.getLong(10), items == null ? List.of() : Arrays.asList(items),
        r.getLong(12), r.getOffsetDateTime(13).toInstant());
  }

  /** Database refusals become messages that say what was wrong. */
  static <T> Future<T> explain(Throwable err) {
    if (err instanceof PgException pg) {
      switch (pg.getSqlState()) {
        case "42501" -> {
          return Future.failedFuture(new Forbidden(pg.getErrorMessage().substring(0, 1).toUpperCase(Locale.ROOT)
              + pg.getErrorMessage().substring(1) + "."));
        }
        case "23503" -> {
          return Future.failedFuture(new InvalidInput("competence", "That competence is not in the framework."));
        }
        case "23514" -> {
          return Future.failedFuture(new InvalidInput("evidence", "This evidence is not complete: " + pg.getErrorMessage()));
        }
        default -> { }
      }
    }
    return Future.failedFuture(err);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** What a supervisor records; {@code statement} is their own words. */
  public record Attestation(long learnerId, long supervisorId, String competenceId, long frameworkVersionId,
      EvidenceLevel level, String basis, LocalDate observedOn, String rating, String statement, Long supersedes) {}
}
