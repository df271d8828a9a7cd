package io.cairn.quiz.attempt;

import io.cairn.quiz.scoring.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One learner's attempt at one quiz version, as stored.
 *
 * @param accountId null once the learner's account has been erased
 * @param deadline null when untimed
 * @param responses the latest saved answer per question id
 * @param ltiResourceLinkId the LTI resource link it was taken through, if any (its score goes back)
 */
public record Attempt(
    long id,
    Long accountId,
    String quizId,
    long quizVersionId,
    String moduleId,
    int number,
    State state,
    AttemptPlan plan,
    Instant startedAt,
    Instant deadline,
    Instant submittedAt,
    String submittedBy,
    BigDecimal percent,
    Boolean passed,
    Map<String, SavedResponse> responses,
    Long ltiResourceLinkId) {

  public enum State { IN_PROGRESS, SUBMITTED }

  public record SavedResponse(Response response, boolean checked) {}

  public boolean submitted() {
    return state == State.SUBMITTED;
  }

  /** The same attempt once submitted with this result. */
  Attempt submittedWith(Instant at, String by, BigDecimal percent, boolean passed, Map<String, SavedResponse> answers) {
    return new Attempt(id, accountId, quizId, quizVersionId, moduleId, number, State.SUBMITTED, plan, startedAt,
        deadline, at, by, percent, passed, Map.copyOf(answers), ltiResourceLinkId);
  }

  public boolean belongsTo(long account) {
    return accountId != null && accountId == account;
  }
}
