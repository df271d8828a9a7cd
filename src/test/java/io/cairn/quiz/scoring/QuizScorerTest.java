package io.cairn.quiz.scoring;

import static io.cairn.quiz.scoring.TestQuestions.linked;
import static io.cairn.quiz.scoring.TestQuestions.selected;
import static io.cairn.quiz.scoring.TestQuestions.sure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cairn.content.model.EvidenceLevel;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.QuizSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuizScorerTest {
  static final Response RIGHT = selected("A");
  static final Response WRONG = selected("B");

  /**
   * Q1 (2 points, C1, knows), Q2 (1 point, C1 and C2, knows how), Q3 (1 point, C2, knows),
   * Q4 (1 point, C3, knows).
   */
  static final List<Question> ASKED = List.of(
      linked("Q1", 2, EvidenceLevel.KNOWS, "C1"),
      linked("Q2", 1, EvidenceLevel.KNOWS_HOW, "C1", "C2"),
      linked("Q3", 1, EvidenceLevel.KNOWS, "C2"),
      linked("Q4", 1, EvidenceLevel.KNOWS, "C3"));

  /** Q1 right, Q2 wrong, Q3 right, Q4 unanswered: 3 of 5 points. */
  static final Map<String, Response> RESPONSES = Map.of("Q1", RIGHT, "Q2", WRONG, "Q3", RIGHT);

  @Test
  void quizTotalIsTheSumOfPointsOverTheSumOfMaxPoints() {
    AttemptScore a = QuizScorer.score(ASKED, RESPONSES, false, 60);
    assertThat(a.questions()).extracting(QuestionScore::questionId).containsExactly("Q1", "Q2", "Q3", "Q4");
    assertThat(a.questions()).extracting(QuestionScore::correctness).containsExactly(
        Correctness.CORRECT, Correctness.INCORRECT, Correctness.CORRECT, Correctness.UNANSWERED);
    assertThat(a.totalPoints()).isEqualTo(3);
    assertThat(a.maxPoints()).isEqualTo(5);
    assertThat(a.percent()).isEqualTo(60);
    assertThat(a.passed()).isTrue();
    assertThat(QuizScorer.score(ASKED, RESPONSES, false, 70).passed()).isFalse();
  }

  @Test
  void competenceBreakdownOnASmallQuiz() {
    AttemptScore a = QuizScorer.score(ASKED, RESPONSES, false, 70);
    assertThat(a.competences()).containsExactly(
        new CompetenceScore("C1", List.of("Q1", "Q2"), 2, 3, 66.67, EvidenceLevel.KNOWS_HOW),
        new CompetenceScore("C2", List.of("Q2", "Q3"), 1, 2, 50, EvidenceLevel.KNOWS_HOW),
        new CompetenceScore("C3", List.of("Q4"), 0, 1, 0, EvidenceLevel.KNOWS));
  }

  @Test
  void competenceListedTwiceOnAQuestionCountsOnce() {
    List<Question> asked = List.of(linked("Q1", 1, EvidenceLevel.KNOWS, "C1", "C1"));
    AttemptScore a = QuizScorer.score(asked, Map.of("Q1", RIGHT), false, 70);
    assertThat(a.competences()).containsExactly(
        new CompetenceScore("C1", List.of("Q1"), 1, 1, 100, EvidenceLevel.KNOWS));
  }

  @Test
  void quizTotalWithCertaintyBasedMarkingIsFlooredAtZero() {
    List<Question> asked = List.of(linked("Q1", 1, EvidenceLevel.KNOWS, "C1"),
        linked("Q2", 1, EvidenceLevel.KNOWS, "C1"));
    Map<String, Response> responses = Map.of("Q1", sure(WRONG, Certainty.HIGH),
        "Q2", sure(RIGHT, Certainty.LOW));
    AttemptScore a = QuizScorer.score(asked, responses, true, 50);
    assertThat(a.totalPoints()).isCloseTo(-2 + 1.0 / 3, within(1e-9));   // kept as earned
    assertThat(a.percent()).isZero();
    assertThat(a.passed()).isFalse();
    assertThat(a.competences().get(0).points()).isCloseTo(-5.0 / 3, within(1e-9));
    assertThat(a.competences().get(0).percent()).isZero();
  }

  @Test
  void quizTotalWithCertaintyBasedMarkingMixesGainsAndLosses() {
    List<Question> asked = List.of(linked("Q1", 1, EvidenceLevel.KNOWS, "C1"),
        linked("Q2", 1, EvidenceLevel.KNOWS, "C1"));
    Map<String, Response> responses = Map.of("Q1", sure(RIGHT, Certainty.HIGH),
        "Q2", sure(WRONG, Certainty.MEDIUM));
    AttemptScore a = QuizScorer.score(asked, responses, true, 50);
    assertThat(a.totalPoints()).isCloseTo(1.0 / 3, within(1e-9));   // 1 − 2/3
    assertThat(a.percent()).isEqualTo(16.67);
  }

  @ParameterizedTest(name = "{0} of {1} right, pass mark {2} -> {3}% passed {4}")
  @CsvSource({
      "7, 10, 70, 70,    true",     // exactly at the pass mark passes
      "6, 10, 70, 60,    false",
      "2, 3,  66, 66.67, true",     // rounded to 2 decimals
      "1, 3,  34, 33.33, false",
      "0, 3,  0,  0,     true",     // a pass mark of 0 is always reached
      "3, 3,  100, 100,  true"})
  void percentIsRoundedAndComparedWithThePassMark(int right, int asked, int passMark,
      double percent, boolean passed) {
    List<Question> questions = new java.util.ArrayList<>();
    Map<String, Response> responses = new java.util.HashMap<>();
    for (int i = 0; i < asked; i++) {
      questions.add(linked("Q" + i, 1, EvidenceLevel.KNOWS, "C1"));
      responses.put("Q" + i, i < right ? RIGHT : WRONG);
    }
    AttemptScore a = QuizScorer.score(questions, responses, false, passMark);
    assertThat(a.percent()).isEqualTo(percent);
    assertThat(a.passed()).isEqualTo(passed);
  }

  @Test
  void quizSettingsGiveThePassMarkAndCertaintyBasedMarking() {
    QuizSettings cbm = new QuizSettings(60, null, 0, QuizSettings.Grading.HIGHEST, false, false,
        QuizSettings.Layout.ALL_ON_ONE_PAGE, QuizSettings.FeedbackTiming.AFTER_SUBMIT, null,
        QuizSettings.Review.DEFAULTS, true, List.of());
    AttemptScore a = QuizScorer.score(ASKED, RESPONSES, cbm);
    assertThat(a.questions().get(0).certainty()).isEqualTo(Certainty.LOW);
    assertThat(a.percent()).isEqualTo(20);   // (2/3 + 0 + 1/3 + 0) / 5
    assertThat(QuizScorer.score(ASKED, RESPONSES, QuizSettings.DEFAULTS).percent()).isEqualTo(60);
  }

  @Test
  void responsesToQuestionsNotAskedAreIgnored() {
    AttemptScore a = QuizScorer.score(ASKED.subList(0, 1), RESPONSES, false, 70);
    assertThat(a.questions()).hasSize(1);
    assertThat(a.maxPoints()).isEqualTo(2);
    assertThat(a.percent()).isEqualTo(100);
  }

  @Test
  void anAttemptWithNoQuestionsScoresZeroPercent() {
    AttemptScore a = QuizScorer.score(List.of(), Map.of(), false, 70);
    assertThat(a.percent()).isZero();
    assertThat(a.maxPoints()).isZero();
    assertThat(a.passed()).isFalse();
    assertThat(a.competences()).isEmpty();
  }

  @Test
  void scenariosAndRepeatedQuestionsAreRefused() {
    Question scenario = new Question.Scenario("S1", "Vignette", null, List.of(ASKED.get(0)));
    assertThatThrownBy(() -> QuizScorer.score(List.of(scenario), Map.of(), false, 70))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QuizScorer.score(List.of(ASKED.get(0), ASKED.get(0)), Map.of(), false, 70))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Q1");
  }
}
