package io.cairn.lti.launch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Whether the browser that posts a launch is the one that started its login: the state cookie set
 * at login came back with the same value, or (third-party cookies blocked) the platform's
 * postMessage storage holds it, or neither can tell.
 */
public final class StateBinding {
  public static final String COOKIE_PREFIX = "cairn_lti_state_";
  static final int NAME_CHARS = 12;

  public enum Outcome { BOUND, MISMATCH, ASK_PLATFORM_STORAGE, UNBOUND }

  private StateBinding() {}

  /** One cookie per login, so that several launches in one page do not overwrite each other. */
  public static String cookieName(String state) {
    return COOKIE_PREFIX + state.substring(0, Math.min(NAME_CHARS, state.length()));
  }

  public static Outcome decide(String cookieValue, String state, String storageTarget) {
    if (cookieValue != null) {
      return same(cookieValue, state) ? Outcome.BOUND : Outcome.MISMATCH;
    }
    return storageTarget != null ? Outcome.ASK_PLATFORM_STORAGE : Outcome.UNBOUND;
  }

  /** Constant-time comparison of two secrets. */
  public static boolean same(String a, String b) {
    return a != null && b != null
        && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
