package io.cairn.evidence.cpd;

import java.time.Instant;

/**
 * A learner's attempts at one quiz, summed up.
 *
 * @param firstSubmittedAt when the first attempt was submitted; null when none was
 * @param firstPassedAt when the first passing attempt was submitted; null when none passed
 * @param inProgress whether an attempt is open now
 */
public record QuizOutcome(Instant firstSubmittedAt, Instant firstPassedAt, boolean inProgress) {
  public static final QuizOutcome NONE = new QuizOutcome(null, null, false);

  public boolean submitted() {
    return firstSubmittedAt != null;
  }

  public boolean passed() {
    return firstPassedAt != null;
  }

  /** The words on the module page: Passed, Not passed yet, In progress, Not started. */
  public String status() {
    if (passed()) {
      return "Passed";
    }
    if (submitted()) {
      return "Not passed yet";
    }
    return inProgress ? "In progress" : "Not started";
  }
}
