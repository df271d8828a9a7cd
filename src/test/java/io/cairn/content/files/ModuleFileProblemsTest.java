package io.cairn.content.files;

import static io.cairn.content.files.Problems.assertProblem;
import static io.cairn.content.files.Problems.only;
import static io.cairn.content.files.Problems.onlyIn;
import static io.cairn.testing.ContentFixture.MODULE_FILE;
import static io.cairn.testing.ContentFixture.QUIZ_FILE;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.testing.ContentFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of error in module.yaml and the files it refers to: file, line and field path. */
class ModuleFileProblemsTest {
  @TempDir
  Path dir;
  ContentFixture fixture;

  @BeforeEach
  void writeValidContent() {
    fixture = ContentFixture.valid(dir);
  }

  @Test
  void theFixtureItselfIsValid() {
    ContentSet content = fixture.readContent();
    assertThat(content.problems()).isEmpty();
    assertThat(content.modules()).singleElement()
        .satisfies(b -> assertThat(b.module().units()).hasSize(3));
    assertThat(content.skippedModules()).isEmpty();
  }

  @Test
  void reportsMalformedYamlWithBadIndentation() {
    fixture.replace(MODULE_FILE, "  - id: reading\n    type: reading", "  - id: reading\n   type: reading");
    ContentSet content = fixture.readContent();
    assertProblem(only(content), MODULE_FILE, fixture.line(MODULE_FILE, "   type: reading"), "", "not valid YAML");
    assertThat(content.skippedModules()).containsExactly(ContentFixture.MODULE);
  }

  @Test
  void reportsUnknownUnitType() {
    fixture.replace(MODULE_FILE, "type: reading", "type: readnig");
    assertProblem(only(fixture.readContent()), MODULE_FILE, fixture.line(MODULE_FILE, "type: readnig"),
        "units[1].type", "unknown unit type 'readnig'; expected one of film, audio, reading, activity, reflection, quiz");
  }

  @Test
  void reportsMissingMediaFile() {
    fixture.delete("webroot/media/test/film.mp4");
    assertProblem(only(fixture.readContent()), MODULE_FILE, fixture.line(MODULE_FILE, "src: media/test/film.mp4"),
        "units[0].media.src", "media file not found: webroot/media/test/film.mp4");
  }

  @Test
  void reportsCaptionsThatAreNotWebVtt() {
    fixture.write("webroot/media/test/film.vtt", "1\n00:00:00,000 --> 00:00:01,000\nHello\n");
    assertProblem(only(fixture.readContent()), MODULE_FILE, fixture.line(MODULE_FILE, "captions: media/test/film.vtt"),
        "units[0].media.captions", "is not a WebVTT file");
  }

  @Test
  void reportsCompetenceOfAUnitThatIsNotInTheFramework() {
    fixture.replace(MODULE_FILE, "competences: [C-1.2]", "competences: [C-9.9]");
    assertProblem(only(fixture.readContent()), MODULE_FILE, fixture.line(MODULE_FILE, "[C-9.9]"),
        "units[1].competences", "\"C-9.9\" is not a competence of the module's framework");
  }

  @Test
  void reportsDuplicateUnitIds() {
    fixture.replace(MODULE_FILE, "- id: reading", "- id: film");
    assertProblem(only(fixture.readContent()), MODULE_FILE, fixture.line(MODULE_FILE, "- id: film", 1),
        "units[1].id", "duplicate unit id \"film\" (first at line " + fixture.line(MODULE_FILE, "- id: film") + ")");
  }

  @Test
  void reportsAQuizThatAUnitNamesButThatIsAbsent() {
    fixture.delete(QUIZ_FILE);
    assertProblem(only(fixture.readContent()), MODULE_FILE, fixture.line(MODULE_FILE, "quiz: test-quiz"),
        "units[2].quiz", "no quiz with id \"test-quiz\" in this module folder (quizzes here: none)");
  }

  @Test
  void reportsAQuizFileThatNoUnitUses() {
    String extra = "quizzes/test-module/extra.quiz.yaml";
    fixture.write(extra, ContentFixture.QUIZ_HEAD.replace("test-quiz", "extra-quiz") + ContentFixture.QUESTION_Q1);
    ContentSet content = fixture.readContent();
    assertProblem(only(content), extra, 1, "id", "quiz \"extra-quiz\" is not used by any unit of module.yaml");
    assertThat(content.skippedModules()).containsExactly(ContentFixture.MODULE);
  }

  @Test
  void reportsAPathThatEscapesTheModuleFolder() {
    fixture.replace(MODULE_FILE, "body: reading.md", "body: ../../etc/passwd.md");
    assertProblem(only(fixture.readContent()), MODULE_FILE, fixture.line(MODULE_FILE, "body: ../../etc/passwd.md"),
        "units[1].body", "\"../../etc/passwd.md\" must be a file inside the module folder");
  }

  @Test
  void reportsAMediaPathThatEscapesTheWebroot() {
    fixture.replace(MODULE_FILE, "src: media/test/film.mp4", "src: ../quizzes/film.mp4");
    assertProblem(only(fixture.readContent()), MODULE_FILE, fixture.line(MODULE_FILE, "src: ../quizzes/film.mp4"),
        "units[0].media.src", "must be a path inside webroot/");
  }

  @Test
  void reportsAnUnknownFrameworkId() {
    fixture.replace(MODULE_FILE, "framework: test-fw", "framework: no-such-fw");
    assertProblem(only(fixture.readContent()), MODULE_FILE, 5,
        "framework", "unknown framework \"no-such-fw\"; frameworks loaded: test-fw");
  }

  @Test
  void reportsAnUnknownFieldAsATypo() {
    fixture.replace(MODULE_FILE, "cpd_minutes: 60", "cpd_minutes: 60\naudiance: Counsellors");
    assertProblem(only(fixture.readContent()), MODULE_FILE, 5, "audiance", "unknown field");
  }

  @Test
  void reportsADuplicateKeyInAMapping() {
    fixture.replace(MODULE_FILE, "summary: A module for tests.", "summary: A module for tests.\ntitle: Another title");
    assertProblem(only(fixture.readContent()), MODULE_FILE, 4, "title", "duplicate field (first at line 2)");
  }

  @Test
  void reportsARequiredFieldLeftEmpty() {
    fixture.replace(MODULE_FILE, "title: Test module", "title:");
    assertProblem(only(fixture.readContent()), MODULE_FILE, 2, "title", "is required");
  }

  @Test
  void reportsARequiredFieldOfAUnitLeftEmpty() {
    fixture.replace(MODULE_FILE, "body: reading.md", "body: ~");
    assertProblem(only(fixture.readContent()), MODULE_FILE, fixture.line(MODULE_FILE, "body: ~"),
        "units[1].body", "is required");
  }

  @Test
  void aBrokenModuleIsSkippedWhileAValidOneLoads() {
    ContentFixture.copyTree(dir.resolve("quizzes/test-module"), dir.resolve("quizzes/other-module"));
    fixture.replace("quizzes/other-module/module.yaml", "id: test-module", "id: other-module")
        .replace("quizzes/other-module/quiz.yaml", "id: test-quiz", "id: other-quiz")
        .replace("quizzes/other-module/module.yaml", "quiz: test-quiz", "quiz: other-quiz");
    fixture.replace(MODULE_FILE, "type: film", "type: flim");
    ContentSet content = fixture.readContent();
    assertProblem(onlyIn(content, MODULE_FILE), MODULE_FILE, 8, "units[0].type", "unknown unit type 'flim'");
    assertThat(content.modules()).extracting(ModuleBundle::folder).containsExactly("other-module");
    assertThat(content.skippedModules()).containsExactly(ContentFixture.MODULE);
  }
}
