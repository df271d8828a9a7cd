package io.cairn.content.files;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Stable ids: what they may look like, and that they are unique where they must be. */
final class Ids {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private Ids() {}

  /** A required id of lower-case letters, digits and hyphens (modules, quizzes, frameworks). */
  static String checked(YamlObject o, String key) {
    String id = o.requiredText(key);
    if (id != null && (!SLUG.matcher(id).matches() || id.length() > 80)) {
      o.problem(key, "\"" + id + "\" must be lower-case letters, digits and single hyphens (at most 80)");
    }
    return id;
  }

  /** A required id local to its parent (units, questions, options): letters, digits, . _ - */
  static String local(YamlObject o, String key) {
    String id = o.requiredText(key);
    if (id != null && !LOCAL.matcher(id).matches()) {
      o.problem(key, "\"" + id + "\" must start with a letter or digit and use only letters, digits, '.', '_' and '-' (at most 64)");
    }
    return id;
  }

  /** Remembers ids and reports a repeated one with the line of its first use. */
  static final class Unique {
    private final String what;
    private final Map<String, Integer> seen = new HashMap<>();

    Unique(String what) {
      this.what = what;
    }

    void check(YamlObject o, String key, String id) {
      if (id == null) {
        return;
      }
      Integer first = seen.putIfAbsent(id, o.lineOf(key));
      if (first != null) {
        o.problem(key, "duplicate " + what + " id \"" + id + "\" (first at line " + first + ")");
      }
    }
  }
}
