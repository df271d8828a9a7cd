package io.cairn.quiz.attempt;

import io.cairn.errors.NotFound;
import io.cairn.lti.ags.ScoreOutbox;
import io.cairn.quiz.QuizVersions;
import io.cairn.quiz.scoring.AttemptScore;
import io.cairn.quiz.scoring.QuizScorer;
import io.cairn.quiz.scoring.Response;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Submitting an attempt, in one transaction under a row lock: the last answers, the score, one
 * row per question, the knowledge-check evidence, and for an attempt taken through an LTI resource
 * link its score in the outbox for the platform's gradebook. A second submit finds the attempt submitted
 * and changes nothing, so there is exactly one result however often it is asked for.
 */
public final class Submission {
  public static final String BY_LEARNER = "learner";
  public static final String BY_TIME_LIMIT = "time_limit";

  private final Pool pool;
  private final QuizVersions versions;
  private final AttemptRepository attempts = new AttemptRepository();
  private final Clock clock;

  public Submission(Pool pool, QuizVersions versions, Clock clock) {
    this.pool = pool;
    this.versions = versions;
    this.clock = clock;
  }

  /**
   * @param account the learner submitting (their answers are checked against the attempt), or null
   *     for the time-limit sweeper
   * @param lastAnswers answers sent with the submit; ignored once the time limit's grace is over
   */
  public Future<Attempt> submit(long attemptId, Long account, Map<String, Response> lastAnswers, String by) {
    return pool.withTransaction(tx -> attempts.byIdForUpdate(tx, attemptId).compose(found -> {
      if (found.isEmpty() || (account != null && !found.get().belongsTo(account))) {
        return Future.failedFuture(new NotFound("There is no attempt " + attemptId + " of yours."));
      }
      Attempt a = found.get();
      if (a.submitted()) {
        return Future.succeededFuture(a);
      }
      return versions.get(a.quizVersionId()).compose(v -> {
        if (account != null) {
          AttemptService.validate(v.quiz(), a, lastAnswers);
        }
        boolean inTime = TimeLimit.accepting(a.deadline(), clock.instant());
        Map<String, Attempt.SavedResponse> answers = new HashMap<>(a.responses());
        Map<String, Response> fresh = new HashMap<>();
        if (inTime) {
          lastAnswers.forEach((q, r) -> {
            Attempt.SavedResponse saved = a.responses().get(q);
            if (saved == null || !saved.checked()) {
              fresh.put(q, r);
              answers.put(q, new Attempt.SavedResponse(r, false));
            }
          });
        }
        Map<String, Response> given = new HashMap<>();
        answers.forEach((q, saved) -> given.put(q, saved.response()));
        AttemptScore score = QuizScorer.score(AttemptQuestions.answerable(v.quiz(), a.plan()), given,
            v.quiz().settings());
        String actualBy = inTime ? by : BY_TIME_LIMIT;
        return SubmitWrite.write(tx, a, v, actualBy, score, fresh)
            // an attempt taken through an LTI resource link: its score goes to the platform
            .compose(at -> (a.ltiResourceLinkId() == null ? Future.<Void>succeededFuture()
                : ScoreOutbox.enqueue(tx, a.id(), v.quiz().settings().grading()))
                .map(x -> a.submittedWith(at, actualBy,
                    BigDecimal.valueOf(score.percent()).setScale(2, RoundingMode.HALF_UP), score.passed(), answers)));
      });
    }));
  }
}
