package io.cairn.errors;

/** The request clashes with the current state, e.g. a taken email or a unique constraint. */
public class Conflict extends RuntimeException {
  public Conflict(String message) {
    super(message);
  }
}
