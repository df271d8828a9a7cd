package io.cairn.content.files;

import static io.cairn.content.files.Problems.assertProblem;
import static io.cairn.content.files.Problems.only;
import static io.cairn.content.files.Problems.onlyIn;
import static io.cairn.testing.ContentFixture.QUESTION_Q1;
import static io.cairn.testing.ContentFixture.QUIZ_FILE;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.testing.ContentFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of error in a quiz file: file, line and field path, and all of them in one pass. */
class QuizFileProblemsTest {
  @TempDir
  Path dir;
  ContentFixture fixture;

  @BeforeEach
  void writeValidContent() {
    fixture = ContentFixture.valid(dir);
  }

  private int line(String needle) {
    return fixture.line(QUIZ_FILE, needle);
  }

  @Test
  void reportsAnUnclosedQuote() {
    fixture.replace(QUIZ_FILE, "title: Test quiz", "title: \"Test quiz");
    ContentSet content = fixture.readContent();
    // the file ends inside the quote: the line that opened it is the one to fix
    assertProblem(onlyIn(content, QUIZ_FILE), QUIZ_FILE, 2, "",
        "not valid YAML: found unexpected end of stream while scanning a quoted scalar that starts at line 2");
    assertThat(content.skippedModules()).containsExactly(ContentFixture.MODULE);
  }

  @Test
  void reportsAnUnknownQuestionType() {
    fixture.replace(QUIZ_FILE, "type: single_choice", "type: single_choise");
    assertProblem(only(fixture.readContent()), QUIZ_FILE, line("type: single_choise"), "questions[0].type",
        "unknown question type 'single_choise'; expected one of single_choice, multiple_response, true_false");
  }

  @Test
  void reportsACompetenceOfAQuestionThatIsNotInTheFramework() {
    fixture.replace(QUIZ_FILE, "competences: [C-1.1]", "competences: [C-1.1, OPT-1.1]");
    assertProblem(only(fixture.readContent()), QUIZ_FILE, line("[C-1.1, OPT-1.1]"), "questions[0].competences",
        "\"OPT-1.1\" is not a competence of the module's framework");
  }

  @Test
  void reportsDuplicateQuestionIds() {
    fixture.quiz(QUESTION_Q1 + QUESTION_Q1);
    assertProblem(only(fixture.readContent()), QUIZ_FILE, fixture.line(QUIZ_FILE, "- id: Q1", 1), "questions[1].id",
        "duplicate question id \"Q1\" (first at line 4)");
  }

  @Test
  void reportsDuplicateOptionIds() {
    fixture.replace(QUIZ_FILE, "- id: B", "- id: A");
    assertProblem(only(fixture.readContent()), QUIZ_FILE, fixture.line(QUIZ_FILE, "- id: A", 1),
        "questions[0].options[1].id", "duplicate option id \"A\" (first at line " + line("- id: A") + ")");
  }

  @Test
  void reportsASubQuestionIdThatClashesWithATopLevelId() {
    fixture.quiz(QUESTION_Q1 + """
          - id: S1
            type: scenario
            vignette: A client's connection drops.
            questions:
              - id: Q1
                type: true_false
                stem: You call the backup number.
                competences: [C-1.1]
                answer: true
        """);
    assertProblem(only(fixture.readContent()), QUIZ_FILE, fixture.line(QUIZ_FILE, "- id: Q1", 1),
        "questions[1].questions[0].id", "duplicate question id \"Q1\" (first at line 4)");
  }

  @Test
  void reportsAnEmptyQuiz() {
    fixture.write(QUIZ_FILE, ContentFixture.QUIZ_HEAD.replace("questions:\n", "questions: []\n"));
    assertProblem(only(fixture.readContent()), QUIZ_FILE, 3, "questions", "must not be empty");
  }

  @Test
  void reportsSingleChoiceWithNoCorrectOption() {
    fixture.replace(QUIZ_FILE, "        correct: true\n", "");
    assertProblem(only(fixture.readContent()), QUIZ_FILE, line("- id: A"), "questions[0].options",
        "needs exactly one option with correct: true, found 0");
  }

  @Test
  void reportsSingleChoiceWithTwoCorrectOptions() {
    fixture.replace(QUIZ_FILE, "text: Wrong", "text: Wrong\n        correct: true");
    assertProblem(only(fixture.readContent()), QUIZ_FILE, line("- id: A"), "questions[0].options",
        "needs exactly one option with correct: true, found 2");
  }

  @Test
  void reportsAMatchingPromptThatNamesAnUnknownChoice() {
    fixture.quiz("""
          - id: M1
            type: matching
            stem: Sort each factor.
            competences: [C-1.1]
            prompts:
              - { id: "1", text: Has a laptop with a camera, match: T }
              - { id: "2", text: Only free while the children sleep, match: X }
            choices:
              - { id: T, text: Technical }
              - { id: P, text: Practical }
        """);
    assertProblem(only(fixture.readContent()), QUIZ_FILE, line("match: X"), "questions[0].prompts[1].match",
        "\"X\" is not the id of one of the choices");
  }

  @Test
  void reportsOrderingWithOneItem() {
    fixture.quiz("""
          - id: O1
            type: ordering
            stem: Put these in order.
            competences: [C-1.1]
            items:
              - { id: see-hear, text: Check that you can both see and hear each other }
        """);
    assertProblem(only(fixture.readContent()), QUIZ_FILE, line("- { id: see-hear"), "questions[0].items",
        "needs at least two items to order");
  }

  @Test
  void reportsShortTextWithNeitherAcceptNorPattern() {
    fixture.quiz("""
          - id: T1
            type: short_text
            stem: Which body registers data controllers?
            competences: [C-1.1]
        """);
    assertProblem(only(fixture.readContent()), QUIZ_FILE, line("- id: T1"), "questions[0].accept",
        "needs accepted answers (accept) or a pattern");
  }

  @Test
  void reportsAnInvalidRegularExpression() {
    fixture.quiz("""
          - id: T1
            type: short_text
            stem: Which body registers data controllers?
            competences: [C-1.1]
            accept: [ICO]
            pattern: "(ICO|Information Commissioner"
        """);
    assertProblem(only(fixture.readContent()), QUIZ_FILE, line("pattern:"), "questions[0].pattern",
        "not a valid regular expression");
  }

  @Test
  void reportsNumericWithoutAnswer() {
    fixture.quiz("""
          - id: N1
            type: numeric
            stem: How many minutes do you wait before calling back?
            competences: [C-1.1]
            tolerance: 1
        """);
    assertProblem(only(fixture.readContent()), QUIZ_FILE, line("- id: N1"), "questions[0].answer",
        "is required (a number)");
  }

  @Test
  void reportsUnitRequiredWithoutUnit() {
    fixture.quiz("""
          - id: N1
            type: numeric
            stem: How many minutes do you wait before calling back?
            competences: [C-1.1]
            answer: 5
            unit_required: true
        """);
    assertProblem(only(fixture.readContent()), QUIZ_FILE, line("unit_required: true"), "questions[0].unit_required",
        "needs a unit");
  }

  @Test
  void refusesEvidenceLevelShowsHowFromAQuiz() {
    fixture.replace(QUIZ_FILE, "stem: Pick one.", "stem: Pick one.\n    evidence_level: shows_how");
    assertProblem(only(fixture.readContent()), QUIZ_FILE, line("evidence_level"), "questions[0].evidence_level",
        "unknown value 'shows_how'; expected one of knows, knows_how");
  }

  @Test
  void reportsAnUnknownFieldAsATypo() {
    fixture.replace(QUIZ_FILE, "stem: Pick one.", "stem: Pick one.\n    feedbak: Well done.");
    assertProblem(only(fixture.readContent()), QUIZ_FILE, line("feedbak"), "questions[0].feedbak", "unknown field");
  }

  @Test
  void reportsADuplicateKeyInAMapping() {
    fixture.replace(QUIZ_FILE, "stem: Pick one.", "stem: Pick one.\n    stem: Pick two.");
    assertProblem(only(fixture.readContent()), QUIZ_FILE, line("stem: Pick two."), "questions[0].stem",
        "duplicate field (first at line " + line("stem: Pick one.") + ")");
  }

  @Test
  void refusesAScenarioInsideAScenario() {
    fixture.quiz("""
          - id: S1
            type: scenario
            vignette: A client's connection drops.
            questions:
              - id: S2
                type: scenario
                vignette: And then the phone rings.
                questions:
                  - id: Q2
                    type: true_false
                    stem: You answer.
                    competences: [C-1.1]
                    answer: true
        """);
    assertProblem(only(fixture.readContent()), QUIZ_FILE, fixture.line(QUIZ_FILE, "type: scenario", 1),
        "questions[0].questions[0].type", "a scenario cannot contain another scenario");
  }

  @Test
  void requiresClosesAtWhenFeedbackWaitsForTheClose() {
    fixture.write(QUIZ_FILE, """
        id: test-quiz
        title: Test quiz
        settings:
          pass_mark_percent: 80
          feedback: after_close
        questions:
        """ + QUESTION_Q1);
    assertProblem(only(fixture.readContent()), QUIZ_FILE, 4, "settings",
        "closes_at is required when feedback or correct answers wait for the quiz to close");
  }

  @Test
  void reportsEveryProblemOfAFileInOnePass() {
    fixture.quiz("""
          - id: Q1
            type: single_choice
            stem: Pick one.
            competences: [C-1.1]
            options:
              - { id: A, text: Right, correct: true }
              - { id: B, text: Also right, correct: true }
          - id: Q1
            type: true_false
            stem: True?
            competences: [C-1.1]
            answer: true
          - id: Q3
            type: essay
            stem: Discuss.
          - id: Q4
            type: short_text
            stem: Name it.
            competences: [C-1.1]
            pattern: "[unclosed"
          - id: Q5
            type: true_false
            stem: True?
            competences: [C-1.1]
            answer: false
            colour: blue
        """);
    ContentSet content = fixture.readContent();
    assertThat(content.problems()).extracting(Problem::path).containsExactly(
        "questions[0].options", "questions[1].id", "questions[2].type", "questions[3].pattern",
        "questions[4].colour");
    assertThat(content.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(QUIZ_FILE));
    assertThat(content.problems()).extracting(Problem::line).containsExactly(
        line("- { id: A"), fixture.line(QUIZ_FILE, "- id: Q1", 1), line("type: essay"), line("pattern:"),
        line("colour: blue"));
  }
}
