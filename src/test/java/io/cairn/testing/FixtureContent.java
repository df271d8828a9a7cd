package io.cairn.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A content folder for a test server: the repository's frameworks and seed modules, plus extra
 * module folders from src/test/resources/fixtures.
 */
public final class FixtureContent {
  private FixtureContent() {}

  /** @param fixtures folder names under src/test/resources/fixtures */
  public static Path withSeedAnd(String... fixtures) {
    try {
      Path dir = Files.createTempDirectory("cairn-content").resolve("quizzes");
      copy(Path.of("quizzes"), dir);
      for (String f : fixtures) {
        copy(Path.of("src/test/resources/fixtures", f), dir.resolve(f));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
