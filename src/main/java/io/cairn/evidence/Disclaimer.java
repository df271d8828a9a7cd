package io.cairn.evidence;

/** The one sentence that travels with every result Cairn shows or exports. */
public final class Disclaimer {
  public static final String STATEMENT = "This result is evidence of knowledge for your CPD record. "
      + "It does not show competence in online or phone practice, which is assessed by a supervisor "
      + "or tutor who evaluates your practice.";

  /** The same, for pages that gather many results (competence map, CPD record, exports). */
  public static final String RECORD = "Quiz results here are evidence of knowledge for a CPD record. "
      + "They do not show competence in online or phone practice, which is assessed by a supervisor "
      + "or tutor who evaluates practice.";

  private Disclaimer() {}
}
