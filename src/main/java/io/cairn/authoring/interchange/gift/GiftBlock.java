package io.cairn.authoring.interchange.gift;

import java.util.List;

/**
 * One question of a GIFT file (its lines joined, comments taken out) or one $CATEGORY line.
 *
 * @param line the file line it starts on
 * @param comments the // comments directly before it (no blank line between) and inside it
 */
record GiftBlock(int line, String text, List<Comment> comments, boolean category) {
  record Comment(int line, String text) {}

  /** The file line of a position in {@link #text}. */
  int lineAt(int offset) {
    int n = line;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}
