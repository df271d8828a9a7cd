package io.cairn.lti.launch;

/**
 * A launch that failed a rule: which claim, what was expected and what came. The page shows these
 * (escaped) to whoever configures the platform; {@code received} is cut short, never the whole token.
 */
public final class LaunchRejected extends RuntimeException {
  static final int MAX_SHOWN = 160;

  private final LaunchRule rule;
  private final String claim;
  private final String expected;
  private final String received;

  public LaunchRejected(LaunchRule rule, String expected, Object received) {
    this(rule, rule.claim(), expected, received);
  }

  public LaunchRejected(LaunchRule rule, String claim, String expected, Object received) {
    super(rule.name() + " (" + claim + "): expected " + expected + ", received " + shown(received), null, false, false);
    this.rule = rule;
    this.claim = claim;
    this.expected = expected;
    this.received = shown(received);
  }

  static String shown(Object value) {
    if (value == null) {
      return "nothing";
    }
    String s = String.valueOf(value).replaceAll("\\p{Cntrl}", " ");
    return s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN) + "…" : s;
  }

  public LaunchRule rule() {
    return rule;
  }

  public String claim() {
    return claim;
  }

  public String expected() {
    return expected;
  }

  public String received() {
    return received;
  }
}
