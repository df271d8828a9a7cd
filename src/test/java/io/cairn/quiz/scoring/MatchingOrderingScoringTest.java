package io.cairn.quiz.scoring;

import static io.cairn.quiz.scoring.TestQuestions.GENERAL;
import static io.cairn.quiz.scoring.TestQuestions.matching;
import static io.cairn.quiz.scoring.TestQuestions.order;
import static io.cairn.quiz.scoring.TestQuestions.ordering;
import static io.cairn.quiz.scoring.TestQuestions.pairs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cairn.quiz.model.Question.Scoring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchingOrderingScoringTest {

  @ParameterizedTest(name = "matching 1=T 2=P 3=T, sent [{0}] -> {1}")
  @CsvSource(delimiter = '|', value = {
      "1=T 2=P 3=T    | 1      | CORRECT",
      "1=T 2=P 3=P    | 0.6667 | PARTIAL",
      "1=T            | 0.3333 | PARTIAL",     // unmatched prompts count as wrong
      "1=T 2=T 3=T    | 0.6667 | PARTIAL",     // one choice may serve several prompts
      "1=PS 2=PS 3=PS | 0      | INCORRECT",   // the distractor
      "9=T 1=T        | 0.3333 | PARTIAL",     // unknown prompt earns nothing
      "''             | 0      | UNANSWERED"})
  void matchingScoresTheShareOfPromptsMatchedRight(String sent, double fraction,
      Correctness correctness) {
    QuestionScore s = Scorer.score(matching("Q4", "1=T 2=P 3=T", "T P PS"), pairs(sent), false);
    assertThat(s.fraction()).isCloseTo(fraction, within(0.0001));
    assertThat(s.correctness()).isEqualTo(correctness);
    assertThat(s.feedback()).containsExactly(GENERAL);
  }

  @ParameterizedTest(name = "ordering a b c d e, sent [{0}] -> {1}")
  @CsvSource(delimiter = '|', value = {
      "a b c d e   | 1    | CORRECT",
      "e d c b a   | 0    | INCORRECT",   // reversed: no pair in the right order
      "e a b c d   | 0.75 | PARTIAL",     // last moved to the front: 3 of 4 pairs kept
      "b a c d e   | 0.5  | PARTIAL",     // first two swapped: c-d and d-e kept
      "a c d b e   | 0.25 | PARTIAL",     // b moved: only c-d kept
      "c d e a b   | 0.75 | PARTIAL",     // two blocks swapped: a-b, c-d, d-e kept
      "a b c d     | 0    | INCORRECT",   // missing item: not a permutation
      "a b c d e e | 0    | INCORRECT",   // duplicated item
      "a b c d z   | 0    | INCORRECT",   // unknown item
      "a a b c d   | 0    | INCORRECT",
      "''          | 0    | UNANSWERED"})
  void orderingPartialScoresAdjacentPairsKept(String sent, double fraction,
      Correctness correctness) {
    QuestionScore s = Scorer.score(ordering("Q5", "a b c d e", Scoring.PARTIAL), order(sent), false);
    assertThat(s.fraction()).isEqualTo(fraction);
    assertThat(s.correctness()).isEqualTo(correctness);
  }

  @ParameterizedTest(name = "all or nothing, sent [{0}] -> {1}")
  @CsvSource(delimiter = '|', value = {
      "a b c d e | 1",
      "e a b c d | 0",
      "a b c e d | 0"})
  void orderingAllOrNothingScoresOnlyTheIdenticalOrder(String sent, double fraction) {
    QuestionScore s = Scorer.score(ordering("Q5", "a b c d e", Scoring.ALL_OR_NOTHING), order(sent),
        false);
    assertThat(s.fraction()).isEqualTo(fraction);
  }

  @Test
  void orderingOfTwoItemsIsRightOrWrong() {
    assertThat(Scorer.score(ordering("Q", "x y", Scoring.PARTIAL), order("x y"), false).fraction())
        .isEqualTo(1);
    assertThat(Scorer.score(ordering("Q", "x y", Scoring.PARTIAL), order("y x"), false).fraction())
        .isZero();
  }

  @Test
  void orderingOfOneItemDoesNotDivideByZero() {
    QuestionScore s = Scorer.score(ordering("Q", "x", Scoring.PARTIAL), order("x"), false);
    assertThat(s.fraction()).isEqualTo(1);
  }
}
