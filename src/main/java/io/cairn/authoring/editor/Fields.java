package io.cairn.authoring.editor;

import io.cairn.content.files.Problem;
import io.cairn.content.files.YamlWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * View models of form controls filled from a tree (a writer's, or a submitted form's), each with
 * its reader problems: a control with a problem is marked invalid and described by its message.
 */
public final class Fields {
  private final Map<String, Object> tree;
  private final Map<String, List<String>> errors = new HashMap<>();
  private final List<Map<String, Object>> summary = new ArrayList<>();
  private final String prefix;

  /**
   * @param tree the values
   * @param problems what the reader found, with paths relative to the whole file
   * @param prefix the path of what this form edits (e.g. {@code questions[2].}); problems outside it are left out
   */
  public Fields(Map<String, Object> tree, List<Problem> problems, String prefix) {
    this.tree = tree;
    this.prefix = prefix;
    for (Problem p : problems) {
      if (!p.path().startsWith(prefix) && !(p.path() + ".").equals(prefix)) {
        continue;
      }
      String path = p.path().length() <= prefix.length() ? "" : p.path().substring(prefix.length());
      errors.computeIfAbsent(path, k -> new ArrayList<>()).add(p.message());
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("href", "#" + htmlId(closest(path)));
      item.put("field", path.isEmpty() ? "this item" : path);
      item.put("message", p.message());
      summary.add(item);
    }
  }

  public boolean hasErrors() {
    return !summary.isEmpty();
  }

  public List<Map<String, Object>> summary() {
    return summary;
  }

  /** A text control at a path such as {@code stem} or {@code options[1].text}. */
  public Map<String, Object> field(String path) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("name", path);
    f.put("id", htmlId(path));
    f.put("value", format(get(path)));
    List<String> messages = errors.get(path);
    if (messages != null) {
      f.put("error", String.join(" ", messages));
    }
    return f;
  }

  /** A choice among fixed codes, with the one in the tree selected (or {@code fallback}). */
  public Map<String, Object> select(String path, List<String> codes, String fallback) {
    Map<String, Object> f = field(path);
    String value = f.get("value").toString().isEmpty() ? fallback : f.get("value").toString();
    f.put("options", codes.stream().map(c -> Map.<String, Object>of("value", c, "label", c.replace('_', ' '),
        "selected", c.equals(value))).toList());
    return f;
  }

  /** A checkbox: checked when the tree says true (or, when absent, when {@code fallback}). */
  public Map<String, Object> check(String path, boolean fallback) {
    Map<String, Object> f = field(path);
    String value = f.get("value").toString();
    f.put("checked", value.isEmpty() ? fallback : value.equals("true"));
    return f;
  }

  /** The rows of a list (options, prompts, …) and {@code blank} empty rows to add more. */
  public List<Map<String, Object>> rows(String list, List<String> keys, int blank) {
    List<Map<String, Object>> rows = new ArrayList<>();
    int n = get(list) instanceof List<?> l ? l.size() : 0;
    for (int i = 0; i < n + blank; i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("index", i);
      row.put("number", i + 1);
      for (String k : keys) {
        row.put(k, field(list + "[" + i + "]." + k));
      }
      rows.add(row);
    }
    return rows;
  }

  /** The value at a path of the tree: {@code a}, {@code a[2].b}. */
  public Object get(String path) {
    Object at = tree;
    for (String part : path.split("\\.")) {
      int bracket = part.indexOf('[');
      String key = bracket < 0 ? part : part.substring(0, bracket);
      at = at instanceof Map<?, ?> m ? m.get(key) : null;
      if (bracket >= 0) {
        int i = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
        at = at instanceof List<?> l && i < l.size() ? l.get(i) : null;
      }
    }
    return at;
  }

  public static String format(Object v) {
    if (v == null) {
      return "";
    } else if (v instanceof Double d) {
      return YamlWriter.number(d);
    } else if (v instanceof List<?> l) {
      return String.join("\n", l.stream().map(String::valueOf).toList());
    }
    return v.toString();
  }

  /** The control a problem at this path is shown at: itself, or the list or mapping that holds it. */
  private String closest(String path) {
    return path.isEmpty() ? "form" : path;
  }

  public static String htmlId(String path) {
    return "f-" + path.replaceAll("[^A-Za-z0-9_-]+", "-");
  }
}
