package io.cairn.authoring.files;

import java.util.ArrayList;
import java.util.List;

/** A line diff of two texts (longest common subsequence), for comparing two versions as files. Pure. */
public final class LineDiff {
  static final int MAX_LINES = 5_000;

  /** One line of the comparison: in both, only in the first (removed) or only in the second (added). */
  public record Row(String kind, Integer left, Integer right, String text) {
    public boolean same() {
      return kind.equals("same");
    }

    public boolean removed() {
      return kind.equals("removed");
    }

    public boolean added() {
      return kind.equals("added");
    }
  }

  private LineDiff() {}

  public static List<Row> diff(String a, String b) {
    List<String> x = a.lines().limit(MAX_LINES).toList();
    List<String> y = b.lines().limit(MAX_LINES).toList();
    int[][] lcs = new int[x.size() + 1][y.size() + 1];
    for (int i = x.size() - 1; i >= 0; i--) {
      for (int j = y.size() - 1; j >= 0; j--) {
        lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Row> rows = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < x.size() || j < y.size()) {
      if (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
        rows.add(new Row("same", i + 1, j + 1, x.get(i)));
        i++;
        j++;
      } else if (j < y.size() && (i == x.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
        rows.add(new Row("added", null, j + 1, y.get(j)));
        j++;
      } else {
        rows.add(new Row("removed", i + 1, null, x.get(i)));
        i++;
      }
    }
    return rows;
  }

  public static boolean changed(List<Row> rows) {
    return rows.stream().anyMatch(r -> !r.same());
  }
}
