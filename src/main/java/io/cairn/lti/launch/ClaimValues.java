package io.cairn.lti.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Typed reads from a JSON claims map; a value of the wrong type reads as absent. */
final class ClaimValues {
  private ClaimValues() {}

  static String string(Map<String, Object> m, String key) {
    Object v = m == null ? null : m.get(key);
    return v instanceof String s ? s : null;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Map<String, Object> m, String key) {
    Object v = m == null ? null : m.get(key);
    return v instanceof Map<?, ?> o ? (Map<String, Object>) o : Map.of();
  }

  /** A list of strings; a single string counts as a list of one. */
  static List<String> strings(Map<String, Object> m, String key) {
    Object v = m == null ? null : m.get(key);
    if (v instanceof String s) {
      return List.of(s);
    }
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof String s) {
          out.add(s);
        }
      }
    }
    return List.copyOf(out);
  }

  static boolean present(Map<String, Object> m, String key) {
    return m != null && m.get(key) != null;
  }
}
