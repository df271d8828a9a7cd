package io.cairn.authoring.interchange.gift;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a GIFT file into questions as Moodle does: blank lines separate questions, lines starting
 * with // are comments, and a $CATEGORY: line stands on its own.
 */
final class GiftSplitter {
  /** The blocks, and every comment of the file (for quiz-wide conventions). */
  record Split(List<GiftBlock> blocks, List<GiftBlock.Comment> comments) {}

  private final List<GiftBlock> blocks = new ArrayList<>();
  private final List<GiftBlock.Comment> all = new ArrayList<>();
  private List<GiftBlock.Comment> pending = new ArrayList<>();
  private List<GiftBlock.Comment> blockComments;
  private StringBuilder text;
  private int start;

  private GiftSplitter() {}

  static Split split(String file) {
    GiftSplitter s = new GiftSplitter();
    String[] lines = file.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      s.line(i + 1, lines[i]);
    }
    s.flush();
    return new Split(List.copyOf(s.blocks), List.copyOf(s.all));
  }

  private void line(int number, String line) {
    String t = line.strip();
    if (t.isEmpty()) {
      flush();
      pending = new ArrayList<>();
    } else if (t.startsWith("//")) {
      GiftBlock.Comment c = new GiftBlock.Comment(number, t.substring(2).strip());
      all.add(c);
      (text == null ? pending : blockComments).add(c);
    } else if (t.regionMatches(true, 0, "$CATEGORY:", 0, 10)) {
      flush();
      blocks.add(new GiftBlock(number, t.substring(10).strip(), List.of(), true));
      pending = new ArrayList<>();
    } else {
      if (text == null) {
        text = new StringBuilder();
        start = number;
        blockComments = pending;
        pending = new ArrayList<>();
      } else {
        text.append('\n');
      }
      text.append(line);
    }
  }

  private void flush() {
    if (text != null) {
      blocks.add(new GiftBlock(start, text.toString(), List.copyOf(blockComments), false));
      text = null;
    }
  }
}
