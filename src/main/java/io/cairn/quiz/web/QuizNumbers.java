package io.cairn.quiz.web;

import io.cairn.quiz.model.Question;
import java.util.Locale;

/** How numbers read on quiz pages. */
final class QuizNumbers {
  private QuizNumbers() {}

  static String formatPoints(double p) {
    return p == Math.rint(p) ? String.valueOf((long) p) : String.format(Locale.ROOT, "%.2f", p);
  }

  /** A numeric question's answer as a learner reads it, e.g. "72 hours (± 2)". */
  static String numericKey(Question.Numeric n) {
    return formatPoints(n.answer()) + (n.unit() == null ? "" : " " + n.unit())
        + (n.tolerance() > 0 ? " (± " + formatPoints(n.tolerance())
            + (n.toleranceMode() == Question.ToleranceMode.RELATIVE ? " × answer" : "") + ")" : "");
  }
}
