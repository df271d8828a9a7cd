package io.cairn.authoring.interchange.gift;

import java.util.ArrayList;
import java.util.List;

/**
 * One answer of an answer section: {@code =text}, {@code ~text}, {@code ~%50%text}, each with an
 * optional {@code #feedback}. Text and feedback are still escaped.
 *
 * @param weight the percentage between % signs, or null when none was written
 * @param offset the answer's position in the block's text (for line numbers)
 */
record GiftAnswer(char marker, Double weight, String text, String feedback, int offset) {

  /** Thrown for an answer that cannot be read; the message says why. */
  static final class Unreadable extends Exception {
    final int offset;

    Unreadable(String message, int offset) {
      super(message);
      this.offset = offset;
    }
  }

  /**
   * Splits an answer section (without its general feedback) at unescaped = and ~.
   *
   * @param base the section's position in the block's text
   */
  static List<GiftAnswer> parse(String section, int base) throws Unreadable {
    List<GiftAnswer> answers = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= section.length(); i++) {
      boolean end = i == section.length();
      char c = end ? 0 : section.charAt(i);
      if (c == '\\') {
        i++;
        continue;
      }
      if (end || c == '=' || c == '~') {
        if (start < 0) {
          String lead = section.substring(0, i).strip();
          if (!lead.isEmpty()) {
            throw new Unreadable("text before the first answer: \"" + cut(lead)
                + "\" (each answer starts with = for right or ~ for wrong)", base);
          }
        } else {
          answers.add(one(section.charAt(start), section.substring(start + 1, i), base + start));
        }
        start = i;
      }
    }
    return answers;
  }

  private static GiftAnswer one(char marker, String body, int offset) throws Unreadable {
    String rest = body.strip();
    Double weight = null;
    if (rest.startsWith("%")) {
      int close = rest.indexOf('%', 1);
      if (close < 0) {
        throw new Unreadable("the weight " + cut(rest) + " has no closing %", offset);
      }
      try {
        weight = Double.parseDouble(rest.substring(1, close).strip());
      } catch (NumberFormatException e) {
        throw new Unreadable("the weight %" + rest.substring(1, close) + "% is not a number", offset);
      }
      if (weight < -100 || weight > 100) {
        throw new Unreadable("the weight %" + rest.substring(1, close) + "% is outside -100..100", offset);
      }
      rest = rest.substring(close + 1);
    }
    int hash = GiftEscapes.indexOf(rest, "#", 0);
    String text = hash < 0 ? rest : rest.substring(0, hash);
    String feedback = hash < 0 ? null : rest.substring(hash + 1);
    return new GiftAnswer(marker, weight, text.strip(), feedback == null ? null : feedback.strip(), offset);
  }

  static String cut(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() > 40 ? one.substring(0, 40) + "…" : one;
  }
}
