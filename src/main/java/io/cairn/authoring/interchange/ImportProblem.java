package io.cairn.authoring.interchange;

/**
 * One thing an import could not take over as it was written.
 *
 * @param where the file and its part: "line 12" for GIFT, "items/M1-Q1.xml › qti-choice-interaction" for QTI
 * @param line the line of a GIFT file (1-based), or 0 when it does not apply
 * @param questionId the question concerned, or null for the file as a whole
 */
public record ImportProblem(Severity severity, String where, int line, String questionId, String message) {

  /** ERROR: the question (or file) was not imported; WARNING: imported with a change; NOTE: for information. */
  public enum Severity {
    ERROR, WARNING, NOTE;

    public String code() {
      return name().toLowerCase();
    }
  }

  public static ImportProblem atLine(Severity severity, int line, String questionId, String message) {
    return new ImportProblem(severity, "line " + line, line, questionId, message);
  }

  public static ImportProblem inFile(Severity severity, String file, String element, String questionId, String message) {
    String where = element == null || element.isBlank() ? file : file + " › " + element;
    return new ImportProblem(severity, where, 0, questionId, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return severity.code() + ": " + where + (questionId == null ? "" : " (" + questionId + ")") + ": " + message;
  }
}
