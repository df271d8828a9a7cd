package io.cairn.authoring.interchange;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Ids as Cairn's content files want them, for imported quizzes and questions. */
public final class QuizIds {
  /** Question, option, prompt, choice and item ids (as in quiz.yaml). */
  public static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  /** Quiz ids: lower-case letters, digits and single hyphens. */
  public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Set<String> used = new HashSet<>();

  /** Claims {@code wanted} if it is a valid, unused local id; returns null otherwise. */
  public String claim(String wanted) {
    if (wanted != null && LOCAL.matcher(wanted).matches() && used.add(wanted)) {
      return wanted;
    }
    return null;
  }

  /** The first of prefix1, prefix2, … that is not used yet. */
  public String fresh(String prefix) {
    for (int n = 1; ; n++) {
      if (used.add(prefix + n)) {
        return prefix + n;
      }
    }
  }

  /** A quiz id made from a file name or title: "Module 1 Quiz.gift" gives "module-1-quiz". */
  public static String slug(String text, String fallback) {
    if (text == null) {
      return fallback;
    }
    String base = text.replaceAll("(?i)\\.(gift|txt|zip|xml)$", "");
    String s = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > 80) {
      s = s.substring(0, 80).replaceAll("-+$", "");
    }
    return s.isEmpty() ? fallback : s;
  }

  /** Option-like ids by position: A, B, … Z, then O27, O28, … */
  public static String letter(int index) {
    return index < 26 ? String.valueOf((char) ('A' + index)) : "O" + (index + 1);
  }
}
