package io.cairn.errors;

/** The thing asked for does not exist (or is not visible to this person). */
public class NotFound extends RuntimeException {
  public NotFound(String what) {
    super(what);
  }
}
