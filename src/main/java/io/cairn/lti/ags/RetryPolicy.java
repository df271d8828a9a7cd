package io.cairn.lti.ags;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a score again. The n-th failed try waits {@link #FIRST} × 2^(n−1), at most
 * {@link #CAP}; a score is given up {@link #GIVE_UP_AFTER} after it was written, so a platform that
 * is down for hours (or a weekend) still gets it, at most {@link #CAP} after it is back. A refusal
 * that retrying cannot mend (4xx other than 401, 408, 425, 429) is given up after
 * {@link #REFUSALS_TOLERATED} tries.
 */
public final class RetryPolicy {
  public static final Duration FIRST = Duration.ofSeconds(30);
  public static final Duration CAP = Duration.ofMinutes(30);
  public static final Duration GIVE_UP_AFTER = Duration.ofHours(72);
  public static final int REFUSALS_TOLERATED = 5;

  /** What to do after a try. */
  public enum Decision { RETRY, GIVE_UP }

  private RetryPolicy() {}

  /** The wait after the given number of failed tries (1 = the first failure). */
  public static Duration delay(int failedTries) {
    int n = Math.max(1, failedTries);
    if (n > 20) {
      return CAP;
    }
    Duration d = FIRST.multipliedBy(1L << (n - 1));
    return d.compareTo(CAP) > 0 ? CAP : d;
  }

  /** Whether to try again after this many failed tries, or give the score up. */
  public static Decision decide(int failedTries, Instant created, Instant now, boolean refusal) {
    if (refusal && failedTries >= REFUSALS_TOLERATED) {
      return Decision.GIVE_UP;
    }
    return now.plus(delay(failedTries)).isAfter(created.plus(GIVE_UP_AFTER)) ? Decision.GIVE_UP : Decision.RETRY;
  }

  /** True for an HTTP status that retrying cannot mend. */
  public static boolean refusal(int status) {
    return status >= 400 && status < 500 && status != 401 && status != 408 && status != 425 && status != 429;
  }
}
