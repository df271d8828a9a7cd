package io.cairn.authoring.interchange;

/**
 * Something the export format could not carry as Cairn has it: left out, approximated or
 * changed. Nothing is dropped without one.
 *
 * @param questionId the question concerned, or null for the quiz as a whole
 */
public record ExportNote(String questionId, String message) {
  @Override
  public String toString() {
    return (questionId == null ? "quiz" : questionId) + ": " + message;
  }
}
