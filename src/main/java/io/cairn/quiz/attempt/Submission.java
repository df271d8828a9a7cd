package io.cairn.quiz.attempt;

import io.cairn.errors.NotFound;
import io.cairn.evidence.EvidenceRepository;
import io.cairn.lti.ags.ScoreOutbox;
import io.cairn.quiz.QuizVersions;
import io.cairn.quiz.scoring.AttemptScore;
import io.cairn.quiz.scoring.QuestionScore;
import io.cairn.quiz.scoring.QuizScorer;
import io.cairn.quiz.scoring.Response;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Submitting an attempt, in one transaction under a row lock: the last answers, the score, one
 * row per question, the knowledge-check evidence, and for an attempt taken through an LTI resource
 * link its score in the outbox for the platform's gradebook. A second submit finds the attempt submitted
 * and changes nothing, so there is exactly one result however often it is asked for.
 */
public final class Submission {
  public static final String BY_LEARNER = "learner";
  public static final String BY_TIME_LIMIT = "time_limit";

  static final String MARK_SUBMITTED = """
      UPDATE attempt SET state = 'submitted', submitted_at = now(), submitted_by = $2,
             points = $3, max_points = $4, percent = $5, passed = $6
       WHERE id = $1 AND state = 'in_progress'""";
  static final String INSERT_SCORE = """
      INSERT INTO attempt_question_score (attempt_id, question_id, fraction, points, max_points, correctness, certainty)
      VALUES ($1, $2, $3, $4, $5, $6, $7)""";

  private final Pool pool;
  private final QuizVersions versions;
  private final AttemptRepository attempts = new AttemptRepository();
  private final EvidenceRepository evidence;
  private final Clock clock;

  public Submission(Pool pool, QuizVersions versions, EvidenceRepository evidence, Clock clock) {
    this.pool = pool;
    this.versions = versions;
    this.evidence = evidence;
    this.clock = clock;
  }

  /**
   * @param account the learner submitting, or null for the time-limit sweeper
   * @param lastAnswers answers sent with the submit; ignored once the time limit's grace is over
   */
  public Future<Attempt> submit(long attemptId, Long account, Map<String, Response> lastAnswers, String by) {
    return pool.withTransaction(tx -> attempts.byIdForUpdate(tx, attemptId).compose(found -> {
      if (found.isEmpty() || (account != null && !found.get().belongsTo(account))) {
        return Future.failedFuture(new NotFound("There is no attempt " + attemptId + " of yours."));
      }
      Attempt a = found.get();
      if (a.submitted()) {
        return Future.succeededFuture();
      }
      boolean inTime = TimeLimit.accepting(a.deadline(), clock.instant());
      Map<String, Response> answers = new HashMap<>();
      a.responses().forEach((q, saved) -> answers.put(q, saved.response()));
      Map<String, Response> fresh = new HashMap<>();
      if (inTime) {
        lastAnswers.forEach((q, r) -> {
          Attempt.SavedResponse saved = a.responses().get(q);
          if (saved == null || !saved.checked()) {
            fresh.put(q, r);
          }
        });
      }
      answers.putAll(fresh);
      return attempts.saveResponses(tx, attemptId, a.accountId(), fresh)
          .compose(n -> versions.get(a.quizVersionId()))
          .compose(v -> {
            AttemptScore score = QuizScorer.score(AttemptQuestions.answerable(v.quiz(), a.plan()), answers,
                v.quiz().settings());
            return record(tx, a, inTime ? by : BY_TIME_LIMIT, score)
                .compose(x -> evidence.appendKnowledgeChecks(tx, a.accountId(), a.id(), v, score))
                // an attempt taken through an LTI resource link: its score goes to the platform
                .compose(x -> ScoreOutbox.enqueue(tx, a.id(), v.quiz().settings().grading()));
          });
    })).compose(v -> attempts.byId(pool, attemptId)).map(Optional::orElseThrow);
  }

  private Future<Void> record(SqlConnection tx, Attempt a, String by, AttemptScore s) {
    Tuple update = Tuple.of(a.id(), by, decimal(s.totalPoints()), decimal(s.maxPoints()),
        decimal(s.percent()), s.passed());
    List<Tuple> rows = s.questions().stream().map(q -> row(a.id(), q)).toList();
    return tx.preparedQuery(MARK_SUBMITTED).execute(update)
        .compose(r -> rows.isEmpty() ? Future.succeededFuture() : tx.preparedQuery(INSERT_SCORE).executeBatch(rows))
        .mapEmpty();
  }

  private static Tuple row(long attemptId, QuestionScore q) {
    return Tuple.of(attemptId, q.questionId(), BigDecimal.valueOf(q.fraction()).setScale(5, RoundingMode.HALF_UP),
        decimal(q.points()), decimal(q.maxPoints()), q.correctness().code(),
        q.certainty() == null ? null : q.certainty().code());
  }

  static BigDecimal decimal(double v) {
    return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP);
  }
}
