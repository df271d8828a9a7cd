package io.cairn.auth;

import io.cairn.errors.InvalidInput;
import java.util.Locale;
import java.util.Set;

/**
 * What makes a password acceptable: long enough to resist guessing (NIST SP 800-63B asks for at
 * least 8; we ask 10), not one of the passwords every attacker tries first, not the email.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 200;
  private static final Set<String> COMMON = Set.of(
      "1234567890", "12345678910", "0123456789", "password12", "password123", "password1234",
      "qwertyuiop", "1q2w3e4r5t", "qwerty1234", "qwerty12345", "iloveyou12", "letmein123",
      "welcome123", "abc1234567", "passw0rd12", "football12", "monkey1234", "1111111111",
      "sunshine12", "princess12", "administrator", "counselling", "counsellor", "therapist1",
      "psychotherapy", "changeme123", "trustno1234");

  private PasswordPolicy() {}

  /** @throws InvalidInput naming the password field and what is wrong */
  public static void check(String password, String email) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new InvalidInput("password", "Use at least " + MIN_LENGTH + " characters for your password.");
    }
    if (password.length() > MAX_LENGTH) {
      throw new InvalidInput("password", "Use at most " + MAX_LENGTH + " characters for your password.");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
      throw new InvalidInput("password", "That password is too easy to guess. Try a few unrelated words.");
    }
    String local = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@")[0];
    if (local.length() >= 4 && lower.contains(local)) {
      throw new InvalidInput("password", "Your password must not contain your email address.");
    }
  }
}
