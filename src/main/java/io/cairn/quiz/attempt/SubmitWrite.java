package io.cairn.quiz.attempt;

import io.cairn.evidence.Disclaimer;
import io.cairn.quiz.QuizVersions.QuizVersion;
import io.cairn.quiz.scoring.AttemptScore;
import io.cairn.quiz.scoring.CompetenceScore;
import io.cairn.quiz.scoring.QuestionScore;
import io.cairn.quiz.scoring.Response;
import io.cairn.content.ContentJson;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything a submit writes, as one statement: the last answers, the result, one score row per
 * question and one knowledge-check evidence row per competence. One round trip instead of four,
 * and arrays instead of a row per bound statement, because submitting is the busiest write.
 * It runs in the submitting transaction, after the attempt row is locked.
 */
final class SubmitWrite {
  static final String WRITE = """
      WITH answers AS (
        INSERT INTO attempt_response (attempt_id, question_id, response)
        SELECT $1, q, r::jsonb FROM unnest($7::text[], $8::text[]) AS t(q, r)
        ON CONFLICT (attempt_id, question_id) DO UPDATE SET response = excluded.response, saved_at = now()
          WHERE NOT attempt_response.checked),
      scores AS (
        INSERT INTO attempt_question_score (attempt_id, question_id, fraction, points, max_points, correctness, certainty)
        SELECT $1, q, f::numeric, p::numeric, m::numeric, c, nullif(cb, '')
          FROM unnest($9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[]) AS t(q, f, p, m, c, cb)),
      evidence_rows AS (
        INSERT INTO evidence (account_id, kind, competence_id, framework_version_id, level,
                              quiz_version_id, attempt_id, item_ids, points, max_points, percent, statement)
        SELECT $15, 'knowledge_check', c, $16, l, $17, $1, string_to_array(i, ' '), p::numeric, m::numeric, pc::numeric, $18
          FROM unnest($19::text[], $20::text[], $21::text[], $22::text[], $23::text[], $24::text[]) AS t(c, l, i, p, m, pc))
      UPDATE attempt SET state = 'submitted', submitted_at = now(), submitted_by = $2,
             points = $3, max_points = $4, percent = $5, passed = $6
       WHERE id = $1 AND state = 'in_progress'
      RETURNING submitted_at""";

  private SubmitWrite() {}

  /** @return when the attempt was submitted, by the database's clock */
  static Future<Instant> write(SqlConnection tx, Attempt a, QuizVersion v, String by, AttemptScore s,
      Map<String, Response> fresh) {
    List<QuestionScore> q = s.questions();
    List<CompetenceScore> c = s.competences();
    Tuple args = Tuple.tuple()
        .addLong(a.id()).addString(by)
        .addValue(decimal(s.totalPoints(), 4)).addValue(decimal(s.maxPoints(), 4)).addValue(decimal(s.percent(), 2))
        .addBoolean(s.passed())
        .addArrayOfString(fresh.keySet().toArray(new String[0]))
        .addArrayOfString(fresh.values().stream().map(ContentJson::write).toArray(String[]::new))
        .addArrayOfString(texts(q, QuestionScore::questionId))
        .addArrayOfString(texts(q, x -> num(x.fraction(), 5)))
        .addArrayOfString(texts(q, x -> num(x.points(), 4)))
        .addArrayOfString(texts(q, x -> num(x.maxPoints(), 4)))
        .addArrayOfString(texts(q, x -> x.correctness().code()))
        .addArrayOfString(texts(q, x -> x.certainty() == null ? "" : x.certainty().code()))
        .addLong(a.accountId()).addLong(v.frameworkVersionId()).addLong(v.id()).addString(Disclaimer.STATEMENT)
        .addArrayOfString(texts(c, CompetenceScore::competenceId))
        .addArrayOfString(texts(c, x -> x.strongestEvidence().code()))
        .addArrayOfString(texts(c, x -> String.join(" ", x.questionIds())))
        .addArrayOfString(texts(c, x -> num(x.points(), 4)))
        .addArrayOfString(texts(c, x -> num(x.maxPoints(), 4)))
        .addArrayOfString(texts(c, x -> num(x.percent(), 2)));
    return tx.preparedQuery(WRITE).execute(args)
        .map(rows -> rows.iterator().next().getOffsetDateTime(0).toInstant());
  }

  private static <T> String[] texts(List<T> items, Function<T, String> f) {
    return items.stream().map(f).toArray(String[]::new);
  }

  static BigDecimal decimal(double v, int scale) {
    return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
  }

  static String num(double v, int scale) {
    return decimal(v, scale).toPlainString();
  }
}
