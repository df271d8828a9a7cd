package io.cairn.content.files;

/**
 * One thing wrong with a content file, located by file, line (1-based; 0 when the whole file is
 * meant) and field path such as {@code questions[3].options[1].id}.
 */
public record Problem(String file, int line, String path, String message) implements Comparable<Problem> {

  @Override
  public String toString() {
    return file + ":" + line + ": " + (path.isEmpty() ? "" : path + ": ") + message;
  }

  @Override
  public int compareTo(Problem o) {
    int byFile = file.compareTo(o.file);
    return byFile != 0 ? byFile : Integer.compare(line, o.line);
  }
}
