package io.cairn.evidence;

import io.cairn.quiz.QuizVersions.QuizVersion;
import io.cairn.quiz.scoring.AttemptScore;
import io.cairn.quiz.scoring.CompetenceScore;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The append-only evidence ledger. Rows are only ever inserted. */
public final class EvidenceRepository {
  static final String INSERT_KNOWLEDGE_CHECK = """
      INSERT INTO evidence (account_id, kind, competence_id, framework_version_id, level,
                            quiz_version_id, attempt_id, item_ids, points, max_points, percent, statement)
      VALUES ($1, 'knowledge_check', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)""";

  /**
   * One knowledge-check row per competence the attempt touched, in the submitting transaction.
   * Each traces to the quiz version, the attempt and the items linked to that competence.
   */
  public Future<Void> appendKnowledgeChecks(SqlClient tx, long account, long attemptId, QuizVersion v, AttemptScore score) {
    List<Tuple> rows = score.competences().stream().map(c -> row(account, attemptId, v, c)).toList();
    return rows.isEmpty() ? Future.succeededFuture()
        : tx.preparedQuery(INSERT_KNOWLEDGE_CHECK).executeBatch(rows).mapEmpty();
  }

  private static Tuple row(long account, long attemptId, QuizVersion v, CompetenceScore c) {
    return Tuple.tuple()
        .addLong(account).addString(c.competenceId()).addLong(v.frameworkVersionId())
        .addString(c.strongestEvidence().code()).addLong(v.id()).addLong(attemptId)
        .addArrayOfString(c.questionIds().toArray(new String[0]))
        .addValue(decimal(c.points())).addValue(decimal(c.maxPoints()))
        .addValue(BigDecimal.valueOf(c.percent()).setScale(2, RoundingMode.HALF_UP))
        .addString(Disclaimer.STATEMENT);
  }

  private static BigDecimal decimal(double v) {
    return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP);
  }
}
