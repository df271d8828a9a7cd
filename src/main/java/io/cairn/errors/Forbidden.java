package io.cairn.errors;

/** The person is signed in but may not do this. */
public class Forbidden extends RuntimeException {
  public Forbidden(String message) {
    super(message);
  }
}
