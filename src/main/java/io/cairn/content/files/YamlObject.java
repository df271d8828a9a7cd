package io.cairn.content.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping being read field by field. Every getter reports what is wrong to the sink (with
 * line and path) and returns a fallback, so that one pass finds every problem of a file.
 * {@link #finish()} reports the fields that were never asked for: the format is closed, so an
 * unknown field is most often a typo.
 */
public final class YamlObject {
  private final MappingNode node;
  private final String path;
  private final ProblemSink sink;
  private final Map<String, Node> fields = new LinkedHashMap<>();
  private final Map<String, Integer> keyLines = new LinkedHashMap<>();
  private final Set<String> read = new LinkedHashSet<>();

  private YamlObject(MappingNode node, String path, ProblemSink sink) {
    this.node = node;
    this.path = path;
    this.sink = sink;
    for (NodeTuple tuple : node.getValue()) {
      int line = line(tuple.getKeyNode());
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        sink.add(line, path, "field names must be plain text");
        continue;
      }
      String name = key.getValue();
      if (fields.containsKey(name)) {
        sink.add(line, join(name), "duplicate field (first at line " + keyLines.get(name) + ")");
        continue;
      }
      fields.put(name, tuple.getValueNode());
      keyLines.put(name, line);
    }
  }

  /** Reads {@code node} as a mapping, or reports that it is not one. */
  public static Optional<YamlObject> of(Node node, String path, ProblemSink sink) {
    if (node instanceof MappingNode m) {
      return Optional.of(new YamlObject(m, path, sink));
    }
    sink.add(line(node), path, "expected a mapping of fields, found " + describe(node));
    return Optional.empty();
  }

  public static int line(Node node) {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  public int line() {
    return line(node);
  }

  public String path() {
    return path;
  }

  public ProblemSink sink() {
    return sink;
  }

  public boolean has(String key) {
    read.add(key);
    return fields.containsKey(key) && !isNull(fields.get(key));
  }

  /** Whether a field holds plain text (rather than a list or mapping), without reporting. */
  public boolean isText(String key) {
    read.add(key);
    return fields.get(key) instanceof ScalarNode;
  }

  /** Line of a field's value, or of this mapping when the field is absent. */
  public int lineOf(String key) {
    Node n = fields.get(key);
    return n == null ? line() : line(n);
  }

  public String join(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Reports a problem about one field of this mapping. */
  public void problem(String key, String message) {
    sink.add(lineOf(key), join(key), message);
  }

  public String requiredText(String key) {
    String value = text(key, null);
    // absent, or present with no value ("title:" or "title: ~"); a wrong value was reported by text()
    if (value == null && !fields.containsKey(key)) {
      sink.add(line(), join(key), "is required");
    } else if (value == null && isNull(fields.get(key))) {
      sink.add(keyLines.get(key), join(key), "is required");
    }
    return value;
  }

  public String text(String key, String fallback) {
    Optional<ScalarNode> scalar = scalar(key, "text");
    if (scalar.isEmpty()) {
      return fallback;
    }
    String value = scalar.get().getValue();
    if (value.isBlank()) {
      problem(key, "must not be empty");
      return fallback;
    }
    return value.strip();
  }

  public int integer(String key, int fallback, int min, int max) {
    Optional<ScalarNode> scalar = scalar(key, "a whole number");
    if (scalar.isEmpty()) {
      return fallback;
    }
    try {
      int v = Integer.parseInt(scalar.get().getValue().strip());
      if (v < min || v > max) {
        problem(key, "must be between " + min + " and " + max + ", not " + v);
        return fallback;
      }
      return v;
    } catch (NumberFormatException e) {
      problem(key, "must be a whole number, not '" + scalar.get().getValue() + "'");
      return fallback;
    }
  }

  public Integer optionalInteger(String key, int min, int max) {
    return has(key) ? integer(key, min, min, max) : null;
  }

  public double number(String key, double fallback) {
    Optional<ScalarNode> scalar = scalar(key, "a number");
    if (scalar.isEmpty()) {
      return fallback;
    }
    try {
      double v = Double.parseDouble(scalar.get().getValue().strip());
      if (!Double.isFinite(v)) {
        problem(key, "must be a finite number");
        return fallback;
      }
      return v;
    } catch (NumberFormatException e) {
      problem(key, "must be a number, not '" + scalar.get().getValue() + "'");
      return fallback;
    }
  }

  public boolean bool(String key, boolean fallback) {
    Optional<ScalarNode> scalar = scalar(key, "true or false");
    if (scalar.isEmpty()) {
      return fallback;
    }
    String v = scalar.get().getValue().strip();
    if (v.equals("true")) {
      return true;
    } else if (v.equals("false")) {
      return false;
    }
    problem(key, "must be true or false, not '" + v + "'");
    return fallback;
  }

  /** A value from a fixed set of lower-case codes, such as {@code after_submit}. */
  public <T> T choice(String key, T fallback, Function<String, Optional<T>> parse, List<String> allowed) {
    String code = text(key, null);
    if (code == null) {
      return fallback;
    }
    Optional<T> value = parse.apply(code);
    if (value.isEmpty()) {
      problem(key, "unknown value '" + code + "'; expected one of " + String.join(", ", allowed));
      return fallback;
    }
    return value.get();
  }

  /** A list of plain strings; a single string is not accepted in place of a list. */
  public List<String> textList(String key, boolean required) {
    List<String> values = new ArrayList<>();
    Optional<SequenceNode> seq = sequence(key, required);
    if (seq.isEmpty()) {
      return values;
    }
    List<Node> items = seq.get().getValue();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
        values.add(s.getValue().strip());
      } else {
        sink.add(line(item), join(key) + "[" + i + "]", "expected text, found " + describe(item));
      }
    }
    return values;
  }

  /** A list of mappings, each read as a {@code YamlObject} with its index in the path. */
  public List<YamlObject> objects(String key, boolean required) {
    List<YamlObject> values = new ArrayList<>();
    Optional<SequenceNode> seq = sequence(key, required);
    if (seq.isEmpty()) {
      return values;
    }
    List<Node> items = seq.get().getValue();
    for (int i = 0; i < items.size(); i++) {
      of(items.get(i), join(key) + "[" + i + "]", sink).ifPresent(values::add);
    }
    return values;
  }

  public Optional<YamlObject> object(String key, boolean required) {
    read.add(key);
    Node n = fields.get(key);
    if (n == null || isNull(n)) {
      if (required) {
        sink.add(line(), join(key), "is required");
      }
      return Optional.empty();
    }
    return of(n, join(key), sink);
  }

  /** Reports every field that no getter asked for. */
  public void finish() {
    for (Map.Entry<String, Node> f : fields.entrySet()) {
      if (!read.contains(f.getKey())) {
        sink.add(keyLines.get(f.getKey()), join(f.getKey()), "unknown field");
      }
    }
  }

  private Optional<SequenceNode> sequence(String key, boolean required) {
    read.add(key);
    Node n = fields.get(key);
    if (n == null || isNull(n)) {
      if (required) {
        sink.add(line(), join(key), "is required");
      }
      return Optional.empty();
    }
    if (n instanceof SequenceNode s) {
      if (required && s.getValue().isEmpty()) {
        problem(key, "must not be empty");
      }
      return Optional.of(s);
    }
    problem(key, "expected a list, found " + describe(n));
    return Optional.empty();
  }

  private Optional<ScalarNode> scalar(String key, String expected) {
    read.add(key);
    Node n = fields.get(key);
    if (n == null || isNull(n)) {
      return Optional.empty();
    }
    if (n instanceof ScalarNode s) {
      return Optional.of(s);
    }
    problem(key, "expected " + expected + ", found " + describe(n));
    return Optional.empty();
  }

  private static boolean isNull(Node n) {
    return n instanceof ScalarNode s && s.getTag().getValue().endsWith(":null");
  }

  private static String describe(Node n) {
    if (n instanceof MappingNode) {
      return "a mapping";
    } else if (n instanceof SequenceNode) {
      return "a list";
    }
    return "'" + ((ScalarNode) n).getValue() + "'";
  }
}
