package io.cairn.testing;

import io.cairn.content.files.ContentReader;
import io.cairn.content.files.ContentSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A small content tree in a temporary folder: {@code quizzes/} with a two-domain framework and
 * one valid module ({@value #MODULE}) with a film, a reading and a quiz, and {@code webroot/} with
 * the media it uses. Tests break one file and read the tree with the real {@link ContentReader}.
 */
public final class ContentFixture {
  public static final String FRAMEWORK = "test-fw";
  public static final String MODULE = "test-module";
  public static final String MODULE_FILE = "quizzes/" + MODULE + "/module.yaml";
  public static final String QUIZ_FILE = "quizzes/" + MODULE + "/quiz.yaml";

  public static final String FRAMEWORK_JSON = """
      {
        "id": "test-fw",
        "title": "Test framework",
        "version": "1",
        "status": "illustrative",
        "domains": [
          { "id": "D-1", "title": "Domain one",
            "competences": [ { "id": "C-1.1", "title": "One" }, { "id": "C-1.2", "title": "Two" } ] },
          { "id": "D-2", "title": "Domain two",
            "competences": [ { "id": "C-2.1", "title": "Three", "verified": true } ] }
        ]
      }
      """;

  public static final String MODULE_YAML = """
      id: test-module
      title: Test module
      summary: A module for tests.
      cpd_minutes: 60
      framework: test-fw
      units:
        - id: film
          type: film
          title: A film
          minutes: 5
          competences: [C-1.1]
          media:
            src: media/test/film.mp4
            captions: media/test/film.vtt
            transcript: film.transcript.md
        - id: reading
          type: reading
          title: A reading
          minutes: 10
          competences: [C-1.2]
          body: reading.md
        - id: check
          type: quiz
          title: The quiz
          minutes: 10
          competences: [C-1.1, C-2.1]
          quiz: test-quiz
      """;

  public static final String QUIZ_HEAD = """
      id: test-quiz
      title: Test quiz
      questions:
      """;

  /** One valid single-choice question, indented as an item of {@code questions}. */
  public static final String QUESTION_Q1 = """
        - id: Q1
          type: single_choice
          stem: Pick one.
          competences: [C-1.1]
          options:
            - id: A
              text: Right
              correct: true
            - id: B
              text: Wrong
      """;

  private final Path root;

  private ContentFixture(Path root) {
    this.root = root;
  }

  /** Writes the framework, the valid module, its quiz, markdown and media under {@code root}. */
  public static ContentFixture valid(Path root) {
    ContentFixture f = new ContentFixture(root);
    f.write("quizzes/frameworks/test-fw.json", FRAMEWORK_JSON);
    f.write(MODULE_FILE, MODULE_YAML);
    f.write(QUIZ_FILE, QUIZ_HEAD + QUESTION_Q1);
    f.write("quizzes/" + MODULE + "/film.transcript.md", "# Transcript\n\nWords.\n");
    f.write("quizzes/" + MODULE + "/reading.md", "# Reading\n\nText.\n");
    f.bytes("webroot/media/test/film.mp4", new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'});
    f.write("webroot/media/test/film.vtt", "WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n");
    return f;
  }

  /** The same fixture with the quiz's questions replaced (each indented as a list item). */
  public ContentFixture quiz(String questions) {
    return write(QUIZ_FILE, QUIZ_HEAD + questions);
  }

  public ContentFixture write(String relative, String text) {
    return bytes(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  public ContentFixture bytes(String relative, byte[] content) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the first occurrence of {@code from} in a file; fails if it is not there. */
  public ContentFixture replace(String relative, String from, String to) {
    String text = read(relative);
    int at = text.indexOf(from);
    if (at < 0) {
      throw new IllegalArgumentException("\"" + from + "\" is not in " + relative);
    }
    return write(relative, text.substring(0, at) + to + text.substring(at + from.length()));
  }

  public ContentFixture delete(String relative) {
    try {
      Files.delete(root.resolve(relative));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String read(String relative) {
    try {
      return Files.readString(root.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-based line of a file on which {@code needle} first appears. */
  public int line(String relative, String needle) {
    return lineOf(read(relative), needle);
  }

  public static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    if (at < 0) {
      throw new IllegalArgumentException("\"" + needle + "\" is not in the text");
    }
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  /** The 1-based line of the {@code n}-th (0-based) occurrence of {@code needle}. */
  public int line(String relative, String needle, int n) {
    String text = read(relative);
    int at = -1;
    for (int i = 0; i <= n; i++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("occurrence " + n + " of \"" + needle + "\" is not in " + relative);
      }
    }
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  public ContentSet readContent() {
    return new ContentReader(contentDir(), webroot()).read();
  }

  public Path root() {
    return root;
  }

  public Path contentDir() {
    return root.resolve("quizzes");
  }

  public Path webroot() {
    return root.resolve("webroot");
  }

  /** Copies a whole folder tree (e.g. the repository's quizzes/) to {@code target}. */
  public static void copyTree(Path source, Path target) {
    try (Stream<Path> all = Files.walk(source)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path to = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
