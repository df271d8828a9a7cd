package io.cairn.errors;

/** Input that cannot be accepted; names the field and what is wrong with it. */
public class InvalidInput extends RuntimeException {
  private final String field;

  public InvalidInput(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
