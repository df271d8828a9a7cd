package io.cairn;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.testing.ContentFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar cairn.jar validate quizzes/}: one line per problem, exit status 1 when any. */
class MainValidateTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void printsEveryProblemAsFileLinePathMessageAndReturnsOne() {
    ContentFixture fixture = ContentFixture.valid(dir)
        .replace(ContentFixture.MODULE_FILE, "type: reading", "type: readnig")
        .replace(ContentFixture.QUIZ_FILE, "type: single_choice", "type: single_choise");

    int status = Main.validate(fixture.contentDir(), fixture.webroot(), out);

    assertThat(status).isEqualTo(1);
    assertThat(lines()).hasSize(3);
    assertThat(lines().get(0)).isEqualTo("quizzes/test-module/module.yaml:"
        + fixture.line(ContentFixture.MODULE_FILE, "type: readnig")
        + ": units[1].type: unknown unit type 'readnig'; expected one of film, audio, reading, activity, reflection, quiz");
    assertThat(lines().get(1)).startsWith("quizzes/test-module/quiz.yaml:"
        + fixture.line(ContentFixture.QUIZ_FILE, "type: single_choise") + ": questions[0].type: unknown question type");
    assertThat(lines().subList(0, 2)).allMatch(l -> l.matches("[^:]+:\\d+: [^:]+: .+"));
    assertThat(lines().get(2)).isEqualTo("2 problem(s); 1 of 1 module(s) would be skipped: test-module");
  }

  @Test
  void returnsZeroForValidContent() {
    ContentFixture fixture = ContentFixture.valid(dir);
    assertThat(Main.validate(fixture.contentDir(), fixture.webroot(), out)).isZero();
    assertThat(lines()).containsExactly("OK: 1 framework(s) and 1 module(s), no problems.");
  }

  @Test
  void returnsZeroForTheSeedContent() {
    assertThat(Main.validate(Path.of("quizzes"), Path.of("webroot"), out)).isZero();
    assertThat(lines()).containsExactly("OK: 1 framework(s) and 3 module(s), no problems.");
  }

  @Test
  void reportsAMissingContentFolder() {
    assertThat(Main.validate(dir.resolve("nothing-here"), dir, out)).isEqualTo(1);
    assertThat(lines().get(0)).endsWith("nothing-here:0: the content folder does not exist");
  }
}
