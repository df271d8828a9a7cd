package io.cairn.auth;

import io.cairn.errors.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a new account needs, checked the same way for the form and the JSON API. */
public record SignUp(String name, String email, String password) {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

  /** Trims and lower-cases as people expect, then checks; throws naming the first bad field. */
  public static SignUp checked(String rawName, String rawEmail, String password) {
    SignUp s = new SignUp(strip(rawName), normaliseEmail(rawEmail), password);
    if (s.name == null || s.name.isEmpty() || s.name.length() > 200) {
      throw new InvalidInput("name", "Enter your name as you would like it on certificates (up to 200 characters).");
    }
    if (s.email == null || !EMAIL.matcher(s.email).matches() || s.email.length() > 254) {
      throw new InvalidInput("email", "Enter an email address such as name@example.org.");
    }
    PasswordPolicy.check(password, s.email);
    return s;
  }

  static String normaliseEmail(String raw) {
    String v = strip(raw);
    return v == null || v.isEmpty() ? null : v.toLowerCase(Locale.ROOT);
  }

  static String strip(String raw) {
    return raw == null ? null : raw.strip();
  }
}
