package io.cairn.quiz.attempt;

import io.cairn.quiz.model.QuizSettings;
import io.cairn.quiz.model.QuizSettings.FeedbackTiming;
import java.time.Instant;

/**
 * What the review of a submitted attempt may show now, from the quiz's settings. Answer keys stay
 * on the server until this says otherwise.
 *
 * @param responses the learner's own answers
 * @param correctness right, partly right or wrong per question, and the score per question
 * @param feedback per-option and general feedback
 * @param correctAnswers the answer key
 */
public record ReviewPolicy(boolean responses, boolean correctness, boolean feedback, boolean correctAnswers) {

  public static final ReviewPolicy NOTHING = new ReviewPolicy(false, false, false, false);

  /**
   * @param submitted whether this attempt is submitted (nothing is reviewed before)
   * @param noAttemptsLeft whether the learner has used every allowed attempt
   */
  public static ReviewPolicy of(QuizSettings s, boolean submitted, boolean noAttemptsLeft, Instant now) {
    if (!submitted) {
      return NOTHING;
    }
    boolean closed = s.closesAt() != null && !now.isBefore(s.closesAt());
    boolean feedbackDue = switch (s.feedback()) {
      case AFTER_EACH_QUESTION, AFTER_SUBMIT -> true;
      case AFTER_CLOSE -> closed;
    };
    boolean answersDue = switch (s.review().correctAnswers()) {
      case NEVER -> false;
      case AFTER_SUBMIT -> true;
      case AFTER_CLOSE -> closed;
      case AFTER_LAST_ATTEMPT -> noAttemptsLeft || closed;
    };
    return new ReviewPolicy(
        s.review().responses(),
        s.review().correctness() && feedbackDue,
        s.review().feedback() && feedbackDue,
        answersDue);
  }

  /** While an attempt is in progress, feedback on a checked question (feedback after each question). */
  public static boolean immediateFeedback(QuizSettings s) {
    return s.feedback() == FeedbackTiming.AFTER_EACH_QUESTION;
  }
}
