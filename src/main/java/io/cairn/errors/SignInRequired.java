package io.cairn.errors;

/** The page needs a signed-in person. */
public class SignInRequired extends RuntimeException {
  public SignInRequired() {
    super("Please sign in to continue.");
  }
}
