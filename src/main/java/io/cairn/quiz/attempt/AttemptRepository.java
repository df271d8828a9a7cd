package io.cairn.quiz.attempt;

import com.fasterxml.jackson.core.type.TypeReference;
import io.cairn.content.ContentJson;
import io.cairn.quiz.scoring.Response;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Attempts and their saved responses. Every statement takes the client to run on (pool or transaction). */
public final class AttemptRepository {
  static final String COLUMNS = """
      a.id, a.account_id, a.quiz_id, a.quiz_version_id, a.module_id, a.attempt_number, a.state,
      a.question_order, a.option_order::text, a.started_at, a.deadline, a.submitted_at, a.submitted_by,
      a.percent, a.passed, a.lti_resource_link_id,
      (SELECT json_object_agg(r.question_id, json_build_object('response', r.response, 'checked', r.checked))::text
         FROM attempt_response r WHERE r.attempt_id = a.id)""";
  static final String BY_ID = "SELECT " + COLUMNS + " FROM attempt a WHERE a.id = $1";
  static final String BY_ID_FOR_UPDATE = BY_ID + " FOR UPDATE";
  static final String OPEN = "SELECT " + COLUMNS + " FROM attempt a WHERE a.account_id = $1 AND a.quiz_id = $2 AND a.state = 'in_progress'";
  /** How many attempts are used, and the extra time this learner has for this quiz. */
  static final String STANDING = """
      SELECT (SELECT count(*) FROM attempt WHERE account_id = $1 AND quiz_id = $2 AND state = 'submitted'),
             (SELECT coalesce(max(extra_percent), 0) FROM time_accommodation
               WHERE account_id = $1 AND (quiz_id IS NULL OR quiz_id = $2))""";
  static final String INSERT = """
      INSERT INTO attempt (account_id, quiz_id, quiz_version_id, module_id, attempt_number,
                           question_order, option_order, started_at, deadline)
      SELECT $1, $2, $3, $4, coalesce(max(attempt_number), 0) + 1, $5, $6::text::jsonb, $7, $8
        FROM attempt WHERE account_id = $1 AND quiz_id = $2
      RETURNING id""";
  /** Saves only into the learner's own open attempt, and never over a checked (locked) answer. */
  static final String SAVE_RESPONSE = """
      INSERT INTO attempt_response (attempt_id, question_id, response)
      SELECT a.id, $2, $3::text::jsonb FROM attempt a
       WHERE a.id = $1 AND a.account_id = $4 AND a.state = 'in_progress'
      ON CONFLICT (attempt_id, question_id) DO UPDATE
        SET response = excluded.response, saved_at = now()
        WHERE NOT attempt_response.checked
      RETURNING question_id""";
  static final String LOCK_RESPONSE = """
      UPDATE attempt_response r SET checked = true
        FROM attempt a
       WHERE r.attempt_id = $1 AND r.question_id = $2 AND a.id = r.attempt_id AND a.account_id = $3
         AND a.state = 'in_progress'""";
  static final String EXPIRED = """
      SELECT id FROM attempt
       WHERE state = 'in_progress' AND deadline IS NOT NULL AND deadline < $1 ORDER BY deadline LIMIT $2""";
  static final String SUBMITTED_OF = """
      SELECT a.id, a.attempt_number, a.submitted_at, a.percent, a.passed FROM attempt a
       WHERE a.account_id = $1 AND a.quiz_id = $2 AND a.state = 'submitted' ORDER BY a.attempt_number""";

  private static final TypeReference<Map<String, List<String>>> OPTION_ORDER = new TypeReference<>() {};
  private static final TypeReference<Map<String, Attempt.SavedResponse>> RESPONSES = new TypeReference<>() {};

  public record Standing(int submitted, int extraPercent) {}

  public record Summary(long id, int number, Instant submittedAt, double percent, boolean passed) {}

  public Future<Optional<Attempt>> byId(SqlClient db, long id) {
    return db.preparedQuery(BY_ID).execute(Tuple.of(id)).map(AttemptRepository::first);
  }

  public Future<Optional<Attempt>> byIdForUpdate(SqlClient db, long id) {
    return db.preparedQuery(BY_ID_FOR_UPDATE).execute(Tuple.of(id)).map(AttemptRepository::first);
  }

  public Future<Optional<Attempt>> open(SqlClient db, long account, String quizId) {
    return db.preparedQuery(OPEN).execute(Tuple.of(account, quizId)).map(AttemptRepository::first);
  }

  public Future<Standing> standing(SqlClient db, long account, String quizId) {
    return db.preparedQuery(STANDING).execute(Tuple.of(account, quizId)).map(rows -> {
      Row r = rows.iterator().next();
      return new Standing(r.getLong(0).intValue(), r.getInteger(1));
    });
  }

  public Future<Long> insert(SqlClient db, long account, String quizId, long versionId, String moduleId,
      AttemptPlan plan, Instant started, Instant deadline) {
    Tuple args = Tuple.tuple()
        .addLong(account).addString(quizId).addLong(versionId).addString(moduleId)
        .addArrayOfString(plan.questionOrder().toArray(new String[0]))
        .addString(ContentJson.write(plan.optionOrder()))
        .addOffsetDateTime(utc(started)).addOffsetDateTime(deadline == null ? null : utc(deadline));
    return db.preparedQuery(INSERT).execute(args).map(rows -> rows.iterator().next().getLong(0));
  }

  /** @return whether it was saved (false: not this learner's open attempt, or the answer is locked) */
  public Future<Boolean> saveResponse(SqlClient db, long attemptId, long account, String questionId, Response response) {
    return db.preparedQuery(SAVE_RESPONSE)
        .execute(Tuple.of(attemptId, questionId, ContentJson.write(response), account))
        .map(rows -> rows.size() > 0);
  }

  /** Saves several answers in one round trip; returns how many were saved. */
  public Future<Integer> saveResponses(SqlClient db, long attemptId, long account, Map<String, Response> responses) {
    if (responses.isEmpty()) {
      return Future.succeededFuture(0);
    }
    List<Tuple> batch = responses.entrySet().stream()
        .map(e -> Tuple.of(attemptId, e.getKey(), ContentJson.write(e.getValue()), account))
        .toList();
    return db.preparedQuery(SAVE_RESPONSE).executeBatch(batch).map(AttemptRepository::countBatch);
  }

  public Future<Boolean> lockResponse(SqlClient db, long attemptId, long account, String questionId) {
    return db.preparedQuery(LOCK_RESPONSE).execute(Tuple.of(attemptId, questionId, account))
        .map(rows -> rows.rowCount() > 0);
  }

  public Future<List<Long>> expired(SqlClient db, Instant before, int limit) {
    return db.preparedQuery(EXPIRED).execute(Tuple.of(utc(before), limit))
        .map(rows -> { List<Long> ids = new java.util.ArrayList<>(); rows.forEach(r -> ids.add(r.getLong(0))); return ids; });
  }

  public Future<List<Summary>> submittedOf(SqlClient db, long account, String quizId) {
    return db.preparedQuery(SUBMITTED_OF).execute(Tuple.of(account, quizId)).map(rows -> {
      List<Summary> list = new java.util.ArrayList<>();
      for (Row r : rows) {
        list.add(new Summary(r.getLong(0), r.getInteger(1), r.getOffsetDateTime(2).toInstant(),
            r.getBigDecimal(3).doubleValue(), r.getBoolean(4)));
      }
      return list;
    });
  }

  static int countBatch(RowSet<Row> rows) {
    int saved = 0;
    for (RowSet<Row> r = rows; r != null; r = r.next()) {
      saved += r.size();
    }
    return saved;
  }

  static Optional<Attempt> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next()));
  }

  static Attempt map(Row r) {
    Map<String, List<String>> optionOrder = ContentJson.read(r.getString(8), OPTION_ORDER);
    String responsesJson = r.getString(16);
    Map<String, Attempt.SavedResponse> responses = responsesJson == null ? Map.of()
        : new HashMap<>(ContentJson.read(responsesJson, RESPONSES));
    return new Attempt(
        r.getLong(0), r.getLong(1), r.getString(2), r.getLong(3), r.getString(4), r.getInteger(5),
        "submitted".equals(r.getString(6)) ? Attempt.State.SUBMITTED : Attempt.State.IN_PROGRESS,
        new AttemptPlan(Arrays.asList(r.getArrayOfStrings(7)), optionOrder),
        instant(r.getOffsetDateTime(9)), instant(r.getOffsetDateTime(10)), instant(r.getOffsetDateTime(11)),
        r.getString(12), r.getBigDecimal(13), r.getBoolean(14), Map.copyOf(responses), r.getLong(15));
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  static OffsetDateTime utc(Instant i) {
    return i.atOffset(ZoneOffset.UTC);
  }
}
