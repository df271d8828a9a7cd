package io.cairn.quiz.scoring;

/**
 * Certainty-based marking as in Moodle's deferred CBM, scaled so that a right answer at high
 * certainty earns the question's points. On Moodle's scale a right answer scores 1, 2 or 3 and a
 * wrong one 0, −2 or −6 for low, medium and high certainty; a partly right answer scores its
 * fraction of the right-answer mark. Cairn divides by 3.
 */
public final class CertaintyMarking {
  private CertaintyMarking() {}

  /** Moodle's mark for a right answer at this certainty: 1, 2 or 3. */
  public static int rightScore(Certainty c) {
    return switch (c) {
      case LOW -> 1;
      case MEDIUM -> 2;
      case HIGH -> 3;
    };
  }

  /** Moodle's mark for a wrong answer at this certainty: 0, −2 or −6. */
  public static int wrongScore(Certainty c) {
    return switch (c) {
      case LOW -> 0;
      case MEDIUM -> -2;
      case HIGH -> -6;
    };
  }

  /**
   * @param maxPoints the question's points
   * @param fraction the share of the question's credit earned, 0–1
   * @param certainty the learner's certainty; null counts as {@link Certainty#LOW}
   * @return maxPoints × adjusted / 3, where adjusted is rightScore × fraction when the fraction is
   *     above 0 and wrongScore otherwise; between −2 × maxPoints and maxPoints
   */
  public static double points(double maxPoints, double fraction, Certainty certainty) {
    Certainty c = certainty == null ? Certainty.LOW : certainty;
    double adjusted = fraction > 0 ? rightScore(c) * fraction : wrongScore(c);
    return maxPoints * (adjusted / 3.0);
  }
}
