package io.cairn.evidence;

/** The one sentence that travels with every result Cairn shows or exports. */
public final class Disclaimer {
  public static final String STATEMENT = "This result is evidence of knowledge for your CPD record. "
      + "It does not show competence in online or phone practice, which is assessed by a supervisor "
      + "or tutor who evaluates your practice.";

  private Disclaimer() {}
}
