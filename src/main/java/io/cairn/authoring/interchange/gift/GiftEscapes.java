package io.cairn.authoring.interchange.gift;

import java.util.ArrayList;
import java.util.List;

/**
 * GIFT's backslash escapes: {@code \~ \= \# \{ \} \:} stand for the characters, {@code \\} for a
 * backslash and {@code \n} for a line break. Searching for GIFT's own marks skips escaped ones.
 */
final class GiftEscapes {
  static final String SPECIAL = "~=#{}:";

  private GiftEscapes() {}

  /** Text as GIFT must carry it: special characters and backslashes escaped, line breaks as \n. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '\\' || SPECIAL.indexOf(c) >= 0) {
        b.append('\\').append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c != '\r') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The text an escaped GIFT string stands for. Unknown escapes are kept as written. */
  static String unescape(String raw) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < raw.length()) {
        char next = raw.charAt(i + 1);
        if (next == '\\' || SPECIAL.indexOf(next) >= 0) {
          b.append(next);
          i++;
          continue;
        } else if (next == 'n') {
          b.append('\n');
          i++;
          continue;
        }
      }
      b.append(c);
    }
    return b.toString();
  }

  /** The first unescaped occurrence of {@code target} at or after {@code from}, or -1. */
  static int indexOf(String s, String target, int from) {
    for (int i = Math.max(0, from); i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.startsWith(target, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Splits at every unescaped {@code sep}. */
  static List<String> split(String s, char sep) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.charAt(i) == sep) {
        parts.add(s.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(s.substring(start));
    return parts;
  }
}
