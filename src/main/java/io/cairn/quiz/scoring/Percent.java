package io.cairn.quiz.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as Cairn shows and compares them: 0–100, rounded half-up to 2 decimals. */
public final class Percent {
  private Percent() {}

  /** max(0, points) / max × 100, rounded; 0 when max is not positive. */
  public static double of(double points, double max) {
    if (!(max > 0)) {
      return 0;
    }
    return round(Math.min(100, Math.max(0, points) / max * 100));
  }

  /**
   * Rounds half-up to 2 decimals on the shortest decimal form of the double, so 2.675 becomes
   * 2.68 (its binary value is a little below 2.675).
   */
  public static double round(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }
}
