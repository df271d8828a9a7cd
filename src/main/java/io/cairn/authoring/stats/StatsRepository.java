package io.cairn.authoring.stats;

import com.fasterxml.jackson.core.type.TypeReference;
import io.cairn.content.ContentJson;
import io.cairn.quiz.scoring.Response;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads submitted attempts, their question scores and responses, for statistics, review and CSV. */
public final class StatsRepository {
  static final String VERSIONS = """
      SELECT v.id, v.version, v.created_at,
             (SELECT count(*) FROM attempt a WHERE a.quiz_version_id = v.id AND a.state = 'submitted')
        FROM quiz_version v WHERE v.quiz_id = $1 ORDER BY v.version DESC""";
  static final String ATTEMPTS = """
      SELECT a.id, a.account_id, coalesce(u.display_name, '(erased account)'), a.quiz_version_id, v.version,
             a.attempt_number, a.submitted_at, a.percent, a.passed,
             (SELECT json_object_agg(s.question_id, s.fraction)::text FROM attempt_question_score s WHERE s.attempt_id = a.id),
             (SELECT json_object_agg(r.question_id, r.response)::text FROM attempt_response r WHERE r.attempt_id = a.id),
             a.points, a.max_points
        FROM attempt a JOIN quiz_version v ON v.id = a.quiz_version_id LEFT JOIN account u ON u.id = a.account_id
       WHERE a.quiz_id = $1 AND a.state = 'submitted'
         AND ($2::bigint IS NULL OR a.quiz_version_id = $2)
         AND ($3::bigint[] IS NULL OR a.account_id = ANY($3))
       ORDER BY a.submitted_at, a.id""";
  static final String SCORES = """
      SELECT question_id, fraction, points, max_points, correctness FROM attempt_question_score WHERE attempt_id = $1""";
  static final String LEARNER = "SELECT display_name FROM account WHERE id = $1";

  private static final TypeReference<Map<String, Double>> FRACTIONS = new TypeReference<>() {};
  private static final TypeReference<Map<String, Response>> RESPONSES = new TypeReference<>() {};

  public record VersionRow(long id, int version, Instant createdAt, long attempts) {}

  /** A submitted attempt with its result, for lists and the CSV. */
  public record Result(AttemptData data, BigDecimal points, BigDecimal maxPoints) {}

  public record ScoreRow(String questionId, double fraction, double points, double maxPoints, String correctness) {}

  private final Pool pool;

  public StatsRepository(Pool pool) {
    this.pool = pool;
  }

  public Future<List<VersionRow>> versions(String quizId) {
    return pool.preparedQuery(VERSIONS).execute(Tuple.of(quizId)).map(rows -> {
      List<VersionRow> list = new ArrayList<>();
      for (Row r : rows) {
        list.add(new VersionRow(r.getLong(0), r.getInteger(1), r.getOffsetDateTime(2).toInstant(), r.getLong(3)));
      }
      return list;
    });
  }

  /** @param versionId one version, or null for all; @param scope whose attempts may be read */
  public Future<List<Result>> attempts(String quizId, Long versionId, AttemptScope.Allowed scope) {
    Tuple args = Tuple.tuple().addString(quizId).addLong(versionId).addArrayOfLong(scope.sqlFilter());
    return pool.preparedQuery(ATTEMPTS).execute(args).map(rows -> {
      List<Result> list = new ArrayList<>();
      for (Row r : rows) {
        String fractions = r.getString(9);
        String responses = r.getString(10);
        AttemptData d = new AttemptData(r.getLong(0), r.getLong(1), r.getString(2), r.getLong(3), r.getInteger(4),
            r.getInteger(5), r.getOffsetDateTime(6).toInstant(), r.getBigDecimal(7).doubleValue(), r.getBoolean(8),
            fractions == null ? Map.of() : ContentJson.read(fractions, FRACTIONS),
            responses == null ? Map.of() : ContentJson.read(responses, RESPONSES));
        list.add(new Result(d, r.getBigDecimal(11), r.getBigDecimal(12)));
      }
      return list;
    });
  }

  public Future<Map<String, ScoreRow>> scores(long attemptId) {
    return pool.preparedQuery(SCORES).execute(Tuple.of(attemptId)).map(rows -> {
      Map<String, ScoreRow> map = new java.util.LinkedHashMap<>();
      for (Row r : rows) {
        map.put(r.getString(0), new ScoreRow(r.getString(0), r.getBigDecimal(1).doubleValue(),
            r.getBigDecimal(2).doubleValue(), r.getBigDecimal(3).doubleValue(), r.getString(4)));
      }
      return map;
    });
  }

  public Future<String> learnerName(Long accountId) {
    if (accountId == null) {
      return Future.succeededFuture("(erased account)");
    }
    return pool.preparedQuery(LEARNER).execute(Tuple.of(accountId))
        .map(rows -> rows.size() == 0 ? "(erased account)" : rows.iterator().next().getString(0));
  }

  public Pool pool() {
    return pool;
  }
}
