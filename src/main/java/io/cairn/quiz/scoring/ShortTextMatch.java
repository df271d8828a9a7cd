package io.cairn.quiz.scoring;

import io.cairn.quiz.model.Question;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a short text answer is right. Both the response and each accepted answer are
 * normalised: Unicode NFKC (full-width letters become ordinary ones), stripped, runs of white space
 * folded to one space, and, unless the question is case-sensitive, case-folded. The response is
 * right if it equals any accepted answer, or if it matches the question's pattern in full.
 */
public final class ShortTextMatch {
  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private ShortTextMatch() {}

  public static boolean isRight(Question.ShortText q, String response) {
    if (response == null || response.isBlank()) {
      return false;
    }
    String spaced = spaces(response);
    String folded = q.caseSensitive() ? spaced : fold(spaced);
    if (q.accept() != null) {
      for (String accepted : q.accept()) {
        if (accepted != null && folded.equals(normalise(accepted, q.caseSensitive()))) {
          return true;
        }
      }
    }
    if (q.pattern() != null && !q.pattern().isEmpty()) {
      // Case is handled by the regex flag rather than by folding, so that the author's pattern
      // sees the letters as typed (folding "ß" to "ss" would otherwise break a pattern "Straße").
      int flags = q.caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
      return Pattern.compile(q.pattern(), flags).matcher(spaced).matches();
    }
    return false;
  }

  /** NFKC, strip, fold white space; then case-fold unless {@code caseSensitive}. */
  public static String normalise(String s, boolean caseSensitive) {
    String spaced = spaces(s);
    return caseSensitive ? spaced : fold(spaced);
  }

  private static String spaces(String s) {
    String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
    return SPACES.matcher(nfkc).replaceAll(" ").strip();
  }

  /**
   * Java has no full Unicode case folding; upper- then lower-casing in the root locale comes close
   * ("Straße", "STRASSE" and "strasse" all become "strasse") and does not depend on the server's
   * locale (a Turkish default locale would otherwise turn "I" into dotless "ı").
   */
  private static String fold(String s) {
    return Normalizer.normalize(s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT),
        Normalizer.Form.NFKC);
  }
}
