package io.cairn.authoring.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an editor form into the tree a writer or reader works on. Field names are the field paths
 * of the file format, relative to what the form edits ({@code stem}, {@code options[1].text},
 * {@code settings.review.feedback}), so the reader's problems map straight back to the form's
 * controls. Blank fields are left out, rows of a list whose fields are all blank are dropped, and
 * line ends become \n. A field sent twice (a hidden "false" before its checkbox) takes its last value.
 */
public final class FormTree {
  private static final Pattern SEGMENT = Pattern.compile("([a-z_]+)(?:\\[(\\d{1,3})])?");

  private FormTree() {}

  /**
   * @param fields each form field with all its values, in form order
   * @param lists fields whose several values (checkboxes) make a list
   * @param lines fields whose text holds one list item per line (a textarea)
   */
  public static Map<String, Object> of(Map<String, List<String>> fields, Set<String> lists, Set<String> lines) {
    Map<String, Object> tree = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> f : fields.entrySet()) {
      String name = f.getKey();
      if (name.startsWith("_") || name.equals("action") || name.equals("revision") || name.equals("q")
          || name.equals("confirm") || name.equals("parent")) {
        continue;
      }
      Object value;
      if (lists.contains(name)) {
        List<String> values = f.getValue().stream().map(FormTree::clean).filter(v -> !v.isBlank()).toList();
        value = values.isEmpty() ? null : values;
      } else if (lines.contains(name)) {
        String text = text(f.getValue());
        List<String> values = text == null ? List.of()
            : text.lines().map(String::strip).filter(v -> !v.isEmpty()).toList();
        value = values.isEmpty() ? null : values;
      } else {
        value = text(f.getValue());
      }
      put(tree, name, value);
    }
    return finish(tree);
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> tree, String path, Object value) {
    String[] parts = path.split("\\.");
    Object at = tree;
    for (int i = 0; i < parts.length; i++) {
      Matcher m = SEGMENT.matcher(parts[i]);
      if (!m.matches()) {
        return; // not a field of the format: ignored
      }
      boolean last = i == parts.length - 1;
      Map<String, Object> map = (Map<String, Object>) at;
      if (m.group(2) == null) {
        if (last) {
          if (value != null || !map.containsKey(m.group(1))) {
            map.put(m.group(1), value);
          }
          return;
        }
        at = map.computeIfAbsent(m.group(1), k -> new LinkedHashMap<String, Object>());
      } else {
        TreeMap<Integer, Object> rows = (TreeMap<Integer, Object>) map.computeIfAbsent(m.group(1), k -> new TreeMap<Integer, Object>());
        Object row = rows.computeIfAbsent(Integer.parseInt(m.group(2)), k -> new LinkedHashMap<String, Object>());
        if (last) {
          return; // a list of plain values is sent as one field, not row by row
        }
        at = row;
      }
    }
  }

  /** Lists from their rows in order, without empty rows; maps without empty values. */
  @SuppressWarnings("unchecked")
  private static <T> T finish(Object node) {
    if (node instanceof TreeMap<?, ?> rows) {
      List<Object> list = new ArrayList<>();
      for (Object row : rows.values()) {
        Object done = finish(row);
        if (!(done instanceof Map<?, ?> m && m.isEmpty())) {
          list.add(done);
        }
      }
      return (T) list;
    }
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> {
        Object done = finish(v);
        if (done != null && !(done instanceof Map<?, ?> m && m.isEmpty())) {
          out.put((String) k, done);
        }
      });
      return (T) out;
    }
    return (T) node;
  }

  private static String text(List<String> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    String v = clean(values.get(values.size() - 1));
    return v.isBlank() ? null : v;
  }

  private static String clean(String v) {
    return v == null ? "" : v.replace("\r\n", "\n").replace('\r', '\n');
  }
}
