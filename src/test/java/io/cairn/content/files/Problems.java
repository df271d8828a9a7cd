package io.cairn.content.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Assertions on what the validator reports. */
final class Problems {
  private Problems() {}

  /** The content has exactly one problem; returns it. */
  static Problem only(ContentSet content) {
    assertThat(content.problems()).hasSize(1);
    return content.problems().get(0);
  }

  /** The problems of one file, which must be exactly one; returns it. */
  static Problem onlyIn(ContentSet content, String file) {
    List<Problem> inFile = content.problems().stream().filter(p -> p.file().equals(file)).toList();
    assertThat(inFile).as("problems in %s among %s", file, content.problems()).hasSize(1);
    return inFile.get(0);
  }

  static void assertProblem(Problem p, String file, int line, String path, String messagePart) {
    assertThat(p.file()).as("file of %s", p).isEqualTo(file);
    assertThat(p.line()).as("line of %s", p).isEqualTo(line);
    assertThat(p.path()).as("path of %s", p).isEqualTo(path);
    assertThat(p.message()).as("message of %s", p).contains(messagePart);
  }
}
