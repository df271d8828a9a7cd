package io.cairn.quiz.scoring;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a typed number, with or without the question's unit. Accepted: an optional sign ({@code +},
 * {@code -} or the minus sign U+2212), digits with an optional decimal point, an optional exponent
 * ({@code 72}, {@code -3}, {@code 72.5}, {@code .5}, {@code 7.25e1}). Refused: thousands separators
 * ({@code 1,000}), decimal commas ({@code 72,5}), spaces inside the number, {@code NaN},
 * {@code Infinity}, hexadecimal, and numbers too large for a double. The text is NFKC-normalised
 * first, so full-width digits are read as digits. When the question has a unit, it may come before
 * or after the number, in any case, with or without a space.
 */
public final class NumericText {
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

  /** A number read from a response, and whether the response carried the question's unit. */
  public record Reading(double value, boolean hasUnit) {}

  private NumericText() {}

  /**
   * @param text what the learner typed
   * @param unit the question's unit, or null
   * @return the number read, or empty when the text is not a number (with the unit, if any)
   */
  public static Optional<Reading> parse(String text, String unit) {
    if (text == null) {
      return Optional.empty();
    }
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u2212', '-').strip();
    Optional<Double> plain = number(t);
    if (plain.isPresent()) {
      return Optional.of(new Reading(plain.get(), false));
    }
    if (unit == null || unit.isBlank()) {
      return Optional.empty();
    }
    String u = Normalizer.normalize(unit, Normalizer.Form.NFKC).strip();
    int n = u.length();
    if (t.length() > n && t.regionMatches(true, t.length() - n, u, 0, n)) {
      Optional<Double> before = number(t.substring(0, t.length() - n).strip());
      if (before.isPresent()) {
        return Optional.of(new Reading(before.get(), true));
      }
    }
    if (t.length() > n && t.regionMatches(true, 0, u, 0, n)) {
      return number(t.substring(n).strip()).map(v -> new Reading(v, true));
    }
    return Optional.empty();
  }

  private static Optional<Double> number(String s) {
    if (!NUMBER.matcher(s).matches()) {
      return Optional.empty();
    }
    double v = Double.parseDouble(s);
    return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
  }
}
