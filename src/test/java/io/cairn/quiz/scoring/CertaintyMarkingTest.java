package io.cairn.quiz.scoring;

import static io.cairn.quiz.scoring.TestQuestions.selected;
import static io.cairn.quiz.scoring.TestQuestions.sure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cairn.content.model.EvidenceLevel;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Question.Scoring;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertaintyMarkingTest {
  /** Worth 2 points; A and B are correct, so choosing A alone is half right. */
  static final Question TWO_POINTS = new Question.MultipleResponse("Q", "Stem", 2, List.of("C1"),
      EvidenceLevel.KNOWS, null, TestQuestions.options("A* B* C D"), Scoring.PARTIAL);

  @ParameterizedTest(name = "{0}, chosen [{1}] -> {2} points")
  @CsvSource(delimiter = '|', value = {
      "LOW    | A B | 0.6667  | CORRECT",      // 2 × 1/3
      "MEDIUM | A B | 1.3333  | CORRECT",      // 2 × 2/3
      "HIGH   | A B | 2       | CORRECT",      // 2 × 3/3
      "LOW    | C   | 0       | INCORRECT",    // 2 × 0/3
      "MEDIUM | C   | -1.3333 | INCORRECT",    // 2 × -2/3
      "HIGH   | C   | -4      | INCORRECT",    // 2 × -6/3
      "LOW    | A   | 0.3333  | PARTIAL",      // 2 × (1 × 0.5)/3
      "MEDIUM | A   | 0.6667  | PARTIAL",      // 2 × (2 × 0.5)/3
      "HIGH   | A   | 1       | PARTIAL"})     // 2 × (3 × 0.5)/3
  void certaintyBasedMarkingTable(Certainty certainty, String chosen, double points,
      Correctness correctness) {
    QuestionScore s = Scorer.score(TWO_POINTS, sure(selected(chosen), certainty), true);
    assertThat(s.points()).isCloseTo(points, within(0.0001));
    assertThat(s.correctness()).isEqualTo(correctness);
    assertThat(s.certainty()).isEqualTo(certainty);
    assertThat(s.maxPoints()).isEqualTo(2);
  }

  @Test
  void certaintyMissingCountsAsLow() {
    QuestionScore right = Scorer.score(TWO_POINTS, selected("A B"), true);
    assertThat(right.certainty()).isEqualTo(Certainty.LOW);
    assertThat(right.points()).isCloseTo(2.0 / 3, within(1e-12));
    QuestionScore wrong = Scorer.score(TWO_POINTS, selected("C"), true);
    assertThat(wrong.points()).isZero();
  }

  @Test
  void certaintyHighAndRightEarnsExactlyThePoints() {
    assertThat(CertaintyMarking.points(0.1, 1, Certainty.HIGH)).isEqualTo(0.1);
    assertThat(CertaintyMarking.points(7, 1, Certainty.HIGH)).isEqualTo(7);
  }

  @Test
  void unansweredUnderCertaintyBasedMarkingScoresZeroWhateverTheCertainty() {
    QuestionScore s = Scorer.score(TWO_POINTS, sure(Response.EMPTY, Certainty.HIGH), true);
    assertThat(s.points()).isZero();
    assertThat(s.correctness()).isEqualTo(Correctness.UNANSWERED);
    assertThat(s.certainty()).isNull();
  }

  @Test
  void withoutCertaintyBasedMarkingCertaintyIsIgnoredAndNull() {
    QuestionScore s = Scorer.score(TWO_POINTS, sure(selected("C"), Certainty.HIGH), false);
    assertThat(s.points()).isZero();
    assertThat(s.certainty()).isNull();
    assertThat(Scorer.score(TWO_POINTS, sure(selected("A"), Certainty.HIGH), false).points())
        .isEqualTo(1);
  }
}
