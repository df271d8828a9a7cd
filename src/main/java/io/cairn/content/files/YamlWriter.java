package io.cairn.content.files;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Writes a tree of ordered maps, lists and scalars as YAML in the style of hand-written content
 * files: keys in the order given, block style, text with line breaks as literal blocks, long text
 * folded, short lists of plain words (competence ids) in brackets. Null values and empty maps are
 * left out. Text is always read back as the same text (the emitter quotes what could be mistaken
 * for a number, a boolean or null).
 */
public final class YamlWriter {
  static final int WIDTH = 96;
  private static final int FOLD_OVER = 72;
  private static final int FLOW_LIST_CHARS = 60;

  private YamlWriter() {}

  /** @param tree a {@code Map<String, ?>} whose values are maps, lists, text, numbers or booleans */
  public static String write(Map<String, ?> tree) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setWidth(WIDTH);
    options.setSplitLines(true);
    options.setExplicitStart(false);
    StringWriter out = new StringWriter();
    new Yaml(options).serialize(node(tree), out);
    return out.toString();
  }

  private static Node node(Object value) {
    if (value instanceof Map<?, ?> map) {
      List<NodeTuple> tuples = new ArrayList<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (isEmpty(e.getValue())) {
          continue;
        }
        tuples.add(new NodeTuple(plain(Tag.STR, e.getKey().toString()), node(e.getValue())));
      }
      return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
    }
    if (value instanceof List<?> list) {
      List<Node> items = new ArrayList<>();
      list.forEach(item -> items.add(node(item)));
      return new SequenceNode(Tag.SEQ, items, isWordList(list) ? FlowStyle.FLOW : FlowStyle.BLOCK);
    }
    if (value instanceof Boolean b) {
      return plain(Tag.BOOL, b.toString());
    }
    if (value instanceof Integer || value instanceof Long) {
      return plain(Tag.INT, value.toString());
    }
    if (value instanceof Double d) {
      return plain(d == Math.rint(d) && Math.abs(d) < 1e15 ? Tag.INT : Tag.FLOAT, number(d));
    }
    String text = value.toString();
    ScalarStyle style = ScalarStyle.PLAIN;
    if (text.indexOf('\n') >= 0) {
      style = ScalarStyle.LITERAL;
    } else if (text.length() > FOLD_OVER) {
      style = ScalarStyle.FOLDED;
    }
    return new ScalarNode(Tag.STR, text, null, null, style);
  }

  /** A number as it reads back exactly: whole numbers without a decimal point. */
  public static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return Double.toString(d);
  }

  private static ScalarNode plain(Tag tag, String value) {
    return new ScalarNode(tag, value, null, null, ScalarStyle.PLAIN);
  }

  private static boolean isEmpty(Object v) {
    return v == null || (v instanceof Map<?, ?> m && m.isEmpty())
        || (v instanceof String s && s.isEmpty());
  }

  /** Short lists of single words, such as competence ids, read best on one line. */
  private static boolean isWordList(List<?> list) {
    int chars = 0;
    for (Object o : list) {
      if (!(o instanceof String s) || !s.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
        return false;
      }
      chars += s.length() + 2;
    }
    return !list.isEmpty() && chars <= FLOW_LIST_CHARS;
  }
}
