package io.cairn.lti.ags;

import io.cairn.quiz.model.QuizSettings;
import io.cairn.quiz.scoring.AttemptGrading;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Table lti_score_outbox. {@link #enqueue} runs inside the transaction that submits an attempt (so
 * a score exists exactly when its result does); workers claim due rows with FOR UPDATE SKIP LOCKED
 * and a lease, so several instances never deliver one row at once, and settle each row as
 * delivered, rescheduled or abandoned.
 */
public final class ScoreOutbox {
  /** Whether the attempt was taken through a resource link, and the learner's submitted percents at its quiz. */
  static final String LINKED = """
      SELECT a.lti_resource_link_id IS NOT NULL,
             array_to_string(ARRAY(SELECT p.percent FROM attempt p
                                    WHERE p.account_id = a.account_id AND p.quiz_id = a.quiz_id AND p.state = 'submitted'
                                    ORDER BY p.submitted_at, p.attempt_number), ',')
        FROM attempt a WHERE a.id = $1 AND a.state = 'submitted'""";
  /** One row per attempt (unique attempt_id): a second submit, or a retry of it, adds nothing. */
  static final String ENQUEUE = """
      INSERT INTO lti_score_outbox (attempt_id, resource_link_id, lti_user_id, score_given, score_maximum, scored_at)
      SELECT a.id, l.id, u.id, $2, 100, a.submitted_at
        FROM attempt a
        JOIN lti_resource_link l ON l.id = a.lti_resource_link_id AND l.ags IS NOT NULL
        JOIN lti_registration r ON r.id = l.registration_id
        JOIN lti_user u ON u.account_id = a.account_id AND u.issuer = r.issuer
       WHERE a.id = $1 AND a.state = 'submitted'
       ORDER BY u.last_seen_at DESC LIMIT 1
      ON CONFLICT (attempt_id) DO NOTHING""";
  static final String CLAIM = """
      WITH due AS (
        SELECT id FROM lti_score_outbox
         WHERE status = 'pending' AND next_attempt_at <= $1 AND (lease_until IS NULL OR lease_until <= $1)
         ORDER BY next_attempt_at, id LIMIT $2 FOR UPDATE SKIP LOCKED),
      claimed AS (
        UPDATE lti_score_outbox o SET lease_until = $3, tries = o.tries + 1 FROM due WHERE o.id = due.id
        RETURNING o.id, o.attempt_id, o.tries, o.created_at, o.score_given, o.score_maximum, o.scored_at,
                  o.lti_user_id, o.resource_link_id)
      SELECT c.id, c.attempt_id, c.tries, c.created_at, c.score_given, c.score_maximum, c.scored_at,
             u.sub, l.id, l.resource_link_id, l.title, l.ags::text, a.quiz_id, li.url, r.status = 'enabled',
             """ + PlatformClient.COLUMNS + """

        FROM claimed c
        JOIN lti_user u ON u.id = c.lti_user_id
        JOIN lti_resource_link l ON l.id = c.resource_link_id
        JOIN lti_registration r ON r.id = l.registration_id
        JOIN attempt a ON a.id = c.attempt_id
        LEFT JOIN lti_line_item li ON li.resource_link_id = l.id
       ORDER BY c.id""";
  static final String DELIVERED = """
      UPDATE lti_score_outbox SET status = 'delivered', delivered_at = $2, lease_until = NULL, last_error = NULL,
             line_item_url = $3
       WHERE id = $1 AND status = 'pending'""";
  static final String RESCHEDULE = """
      UPDATE lti_score_outbox SET next_attempt_at = $2, lease_until = NULL, last_error = $3
       WHERE id = $1 AND status = 'pending'""";
  static final String ABANDON = """
      UPDATE lti_score_outbox SET status = 'abandoned', lease_until = NULL, last_error = $2
       WHERE id = $1 AND status = 'pending'""";

  private final Pool pool;

  public ScoreOutbox(Pool pool) {
    this.pool = pool;
  }

  /**
   * Writes the attempt's score to the outbox if it was taken through a resource link (with AGS). The
   * score is the grade the quiz keeps under its grading rule (highest, last, first or average of
   * the learner's submitted attempts), so the platform's gradebook, which keeps the latest score it
   * gets, shows what Cairn's record counts; for a first attempt that is its percent.
   */
  public static Future<Void> enqueue(SqlClient tx, long attemptId, QuizSettings.Grading grading) {
    return tx.preparedQuery(LINKED).execute(Tuple.of(attemptId)).compose(rows -> {
      if (rows.size() == 0 || !Boolean.TRUE.equals(rows.iterator().next().getBoolean(0))) {
        return Future.succeededFuture();
      }
      String percents = rows.iterator().next().getString(1);
      List<Double> all = percents == null || percents.isBlank() ? List.of()
          : Arrays.stream(percents.split(",")).map(Double::valueOf).toList();
      OptionalDouble kept = AttemptGrading.kept(all, grading);
      if (kept.isEmpty()) {
        return Future.succeededFuture();
      }
      BigDecimal score = BigDecimal.valueOf(kept.getAsDouble()).setScale(2, RoundingMode.HALF_UP);
      return tx.preparedQuery(ENQUEUE).execute(Tuple.of(attemptId, score)).mapEmpty();
    });
  }

  /** Claims up to {@code limit} rows due at {@code now}, leased until {@code leaseUntil}. */
  public Future<List<OutboxRow>> claim(Instant now, Instant leaseUntil, int limit) {
    return pool.preparedQuery(CLAIM).execute(Tuple.of(utc(now), limit, utc(leaseUntil))).map(rows -> {
      List<OutboxRow> out = new ArrayList<>();
      rows.forEach(r -> out.add(toRow(r)));
      return out;
    });
  }

  public Future<Void> delivered(long id, Instant at, String lineItem) {
    return pool.preparedQuery(DELIVERED).execute(Tuple.of(id, utc(at), lineItem)).mapEmpty();
  }

  public Future<Void> reschedule(long id, Instant next, String error) {
    return pool.preparedQuery(RESCHEDULE).execute(Tuple.of(id, utc(next), clip(error))).mapEmpty();
  }

  public Future<Void> abandon(long id, String error) {
    return pool.preparedQuery(ABANDON).execute(Tuple.of(id, clip(error))).mapEmpty();
  }

  static OutboxRow toRow(Row r) {
    String ags = r.getString(11);
    return new OutboxRow(r.getLong(0), r.getLong(1), r.getInteger(2), r.getOffsetDateTime(3).toInstant(),
        r.getBigDecimal(4), r.getBigDecimal(5), r.getOffsetDateTime(6).toInstant(), r.getString(7), r.getLong(8),
        r.getString(9), r.getString(10), ags == null ? new JsonObject() : new JsonObject(ags), r.getString(12),
        r.getString(13), Boolean.TRUE.equals(r.getBoolean(14)),
        new PlatformClient(r.getLong(15), r.getString(16), r.getString(17), r.getString(18)));
  }

  private static OffsetDateTime utc(Instant t) {
    return t.atOffset(ZoneOffset.UTC);
  }

  private static String clip(String s) {
    return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
  }
}
