package io.cairn.quiz.attempt;

import java.time.Duration;
import java.time.Instant;

/**
 * Time limits are enforced on the server. A learner's answers that arrive within a short grace
 * after the deadline (network delay, a slow submit) still count; after that the attempt is
 * submitted with what was saved.
 */
public final class TimeLimit {
  public static final Duration GRACE = Duration.ofSeconds(30);

  private TimeLimit() {}

  /**
   * @param extraPercent extra time granted as an accommodation (0 for none)
   * @return the deadline, or null when the quiz is untimed
   */
  public static Instant deadline(Instant started, Integer limitMinutes, int extraPercent) {
    if (limitMinutes == null) {
      return null;
    }
    long seconds = Math.round(limitMinutes * 60L * (100 + extraPercent) / 100.0);
    return started.plusSeconds(seconds);
  }

  /** Whether answers may still be saved at {@code now}. */
  public static boolean accepting(Instant deadline, Instant now) {
    return deadline == null || !now.isAfter(deadline.plus(GRACE));
  }

  /** Seconds left to show the learner (0 once the deadline is past), or -1 when untimed. */
  public static long secondsLeft(Instant deadline, Instant now) {
    if (deadline == null) {
      return -1;
    }
    return Math.max(0, Duration.between(now, deadline).getSeconds());
  }
}
