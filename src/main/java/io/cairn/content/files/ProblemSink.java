package io.cairn.content.files;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem of a file (not only the first), tagged with the file's name. */
public final class ProblemSink {
  private final String file;
  private final List<Problem> problems;

  public ProblemSink(String file) {
    this(file, new ArrayList<>());
  }

  private ProblemSink(String file, List<Problem> shared) {
    this.file = file;
    this.problems = shared;
  }

  /** A sink for another file whose problems land in the same list. */
  public ProblemSink forFile(String otherFile) {
    return new ProblemSink(otherFile, problems);
  }

  public String file() {
    return file;
  }

  public void add(int line, String path, String message) {
    problems.add(new Problem(file, line, path, message));
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public List<Problem> problems() {
    List<Problem> sorted = new ArrayList<>(problems);
    Collections.sort(sorted);
    return List.copyOf(sorted);
  }
}
