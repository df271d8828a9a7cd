package io.cairn.quiz.scoring;

import static io.cairn.quiz.scoring.TestQuestions.GENERAL;
import static io.cairn.quiz.scoring.TestQuestions.multiple;
import static io.cairn.quiz.scoring.TestQuestions.selected;
import static io.cairn.quiz.scoring.TestQuestions.single;
import static io.cairn.quiz.scoring.TestQuestions.trueFalse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cairn.content.model.EvidenceLevel;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Question.Scoring;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** single_choice, multiple_response and true_false. */
class ChoiceScoringTest {

  @ParameterizedTest(name = "single_choice A B* C, chosen [{0}] -> {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "B   | 1 | CORRECT",
      "A   | 0 | INCORRECT",
      "''  | 0 | UNANSWERED",
      "A B | 0 | INCORRECT",   // tampered: two choices, one of them right, earns nothing
      "B C | 0 | INCORRECT",
      "B B | 1 | CORRECT",     // a duplicated id counts once
      "Z   | 0 | INCORRECT",   // unknown id
      "B Z | 0 | INCORRECT"})
  void singleChoiceScoresOneOnlyForTheCorrectOptionAlone(String chosen, double fraction,
      Correctness correctness) {
    QuestionScore s = Scorer.score(single("Q1", "A B* C"), selected(chosen), false);
    assertThat(s.fraction()).isEqualTo(fraction);
    assertThat(s.points()).isEqualTo(fraction);
    assertThat(s.correctness()).isEqualTo(correctness);
    assertThat(s.certainty()).isNull();
  }

  @ParameterizedTest(name = "multiple_response {0} {1}, chosen [{2}] -> {3}")
  @CsvSource(delimiter = '|', value = {
      // k = 2 correct, w = 3 wrong: +1/2 per correct, -1/3 per wrong
      "A* B* C D E | PARTIAL | A B       | 1      | CORRECT",
      "A* B* C D E | PARTIAL | A         | 0.5    | PARTIAL",
      "A* B* C D E | PARTIAL | A B C     | 0.6667 | PARTIAL",
      "A* B* C D E | PARTIAL | A C       | 0.1667 | PARTIAL",
      "A* B* C D E | PARTIAL | A C D     | 0      | INCORRECT",  // floored at 0
      "A* B* C D E | PARTIAL | C         | 0      | INCORRECT",
      "A* B* C D E | PARTIAL | A B C D E | 0      | INCORRECT",  // every option
      "A* B* C D E | PARTIAL | ''        | 0      | UNANSWERED",
      "A* B* C D E | PARTIAL | A A       | 0.5    | PARTIAL",    // duplicate counts once
      "A* B* C D E | PARTIAL | A Z       | 0.5    | PARTIAL",    // unknown id earns nothing
      // k = 3, w = 1: one wrong choice cancels all three right ones
      "A* B* C* D  | PARTIAL | A B C     | 1      | CORRECT",
      "A* B* C* D  | PARTIAL | A B C D   | 0      | INCORRECT",
      "A* B* C* D  | PARTIAL | A B D     | 0      | INCORRECT",
      // k = 1, w = 3
      "A* B C D    | PARTIAL | A B       | 0.6667 | PARTIAL",
      // w = 0: every option is correct, so choosing them all is right
      "A* B* C*    | PARTIAL | A B C     | 1      | CORRECT",
      "A* B* C*    | PARTIAL | A         | 0.3333 | PARTIAL",
      // all or nothing
      "A* B* C D   | ALL_OR_NOTHING | A B     | 1 | CORRECT",
      "A* B* C D   | ALL_OR_NOTHING | B A     | 1 | CORRECT",
      "A* B* C D   | ALL_OR_NOTHING | A       | 0 | INCORRECT",
      "A* B* C D   | ALL_OR_NOTHING | A B C   | 0 | INCORRECT",
      "A* B* C D   | ALL_OR_NOTHING | A B C D | 0 | INCORRECT",
      "A* B* C D   | ALL_OR_NOTHING | A B Z   | 0 | INCORRECT",
      "A* B* C D   | ALL_OR_NOTHING | ''      | 0 | UNANSWERED"})
  void multipleResponseTable(String spec, Scoring scoring, String chosen, double fraction,
      Correctness correctness) {
    QuestionScore s = Scorer.score(multiple("Q2", spec, scoring), selected(chosen), false);
    assertThat(s.fraction()).isCloseTo(fraction, within(0.0001));
    assertThat(s.correctness()).isEqualTo(correctness);
  }

  static Stream<Arguments> correctAndWrongCounts() {
    return IntStream.rangeClosed(1, 6).boxed()
        .flatMap(k -> IntStream.rangeClosed(1, 6).mapToObj(w -> Arguments.of(k, w)));
  }

  @ParameterizedTest(name = "{0} correct, {1} wrong")
  @MethodSource("correctAndWrongCounts")
  void multipleResponseChoosingEveryOptionScoresZero(int k, int w) {
    StringBuilder spec = new StringBuilder();
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < k + w; i++) {
      spec.append(" O").append(i).append(i < k ? "*" : "");
      all.append(" O").append(i);
    }
    for (Scoring scoring : Scoring.values()) {
      QuestionScore s = Scorer.score(multiple("Q", spec.toString().strip(), scoring),
          selected(all.toString().strip()), false);
      assertThat(s.fraction()).isZero();
      assertThat(s.correctness()).isEqualTo(Correctness.INCORRECT);
    }
  }

  @Test
  void multipleResponseChoosingEveryCorrectOptionScoresExactlyOne() {
    // 1/10 added ten times is not 1 in floating point; the count-based rule is exact
    String spec = "A* B* C* D* E* F* G* H* I* J* K";
    QuestionScore s = Scorer.score(multiple("Q", spec, Scoring.PARTIAL),
        selected("A B C D E F G H I J"), false);
    assertThat(s.fraction()).isEqualTo(1.0);
    assertThat(s.correctness()).isEqualTo(Correctness.CORRECT);
  }

  @ParameterizedTest(name = "answer {0}, chosen [{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
      "true  | true       | 1 | CORRECT    | fb true",
      "true  | false      | 0 | INCORRECT  | fb false",
      "false | false      | 1 | CORRECT    | fb false",
      "false | true       | 0 | INCORRECT  | fb true",
      "true  | ''         | 0 | UNANSWERED | ''",
      "true  | yes        | 0 | INCORRECT  | ''",
      "true  | TRUE       | 0 | INCORRECT  | ''",
      "true  | true false | 0 | INCORRECT  | ''",
      "true  | true true  | 1 | CORRECT    | fb true"})
  void trueFalseScoresTheChosenValueAndShowsItsFeedback(boolean answer, String chosen,
      double fraction, Correctness correctness, String valueFeedback) {
    QuestionScore s = Scorer.score(trueFalse("Q3", answer), selected(chosen), false);
    assertThat(s.fraction()).isEqualTo(fraction);
    assertThat(s.correctness()).isEqualTo(correctness);
    List<String> expected = valueFeedback.isEmpty() ? List.of(GENERAL) : List.of(valueFeedback, GENERAL);
    assertThat(s.feedback()).isEqualTo(expected);
  }

  @Test
  void feedbackOfChosenOptionsComesInQuestionOrderThenGeneralFeedback() {
    QuestionScore s = Scorer.score(multiple("Q2", "A* B* C D", Scoring.PARTIAL), selected("D A"), false);
    assertThat(s.feedback()).containsExactly("fb A", "fb D", GENERAL);
  }

  @Test
  void blankAndMissingFeedbackIsSkipped() {
    Question q = new Question.SingleChoice("Q", "Stem", 1, List.of("C1"), EvidenceLevel.KNOWS, "  ",
        List.of(new Question.Option("A", "a", true, null), new Question.Option("B", "b", false, "")));
    assertThat(Scorer.score(q, selected("A"), false).feedback()).isEmpty();
    assertThat(Scorer.score(q, selected("B"), false).feedback()).isEmpty();
  }

  @Test
  void unansweredShowsOnlyTheGeneralFeedback() {
    QuestionScore s = Scorer.score(single("Q1", "A B* C"), Response.EMPTY, false);
    assertThat(s.feedback()).containsExactly(GENERAL);
    assertThat(s.maxPoints()).isEqualTo(1);
    assertThat(Scorer.score(single("Q1", "A B* C"), null, false).correctness())
        .isEqualTo(Correctness.UNANSWERED);
  }

  @Test
  void pointsAreTheFractionOfTheQuestionsPoints() {
    Question q = new Question.MultipleResponse("Q", "Stem", 4, List.of("C1"), EvidenceLevel.KNOWS,
        null, TestQuestions.options("A* B* C D"), Scoring.PARTIAL);
    QuestionScore s = Scorer.score(q, selected("A"), false);
    assertThat(s.points()).isEqualTo(2);
    assertThat(s.maxPoints()).isEqualTo(4);
  }
}
