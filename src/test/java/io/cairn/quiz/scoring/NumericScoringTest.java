package io.cairn.quiz.scoring;

import static io.cairn.quiz.scoring.TestQuestions.GENERAL;
import static io.cairn.quiz.scoring.TestQuestions.numeric;
import static io.cairn.quiz.scoring.TestQuestions.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Question.ToleranceMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumericScoringTest {

  @ParameterizedTest(name = "[{0}] reads as {1}")
  @CsvSource(delimiter = '|', value = {
      "72        | 72",
      "72.5      | 72.5",
      "7.25e1    | 72.5",
      "7.25E+1   | 72.5",
      "-3        | -3",
      "+3        | 3",
      "\u22123   | -3",      // the minus sign
      ".5        | 0.5",
      "5.        | 5",
      "'  72  '  | 72",
      "７２      | 72",       // full-width digits
      "1e-400    | 0"})
  void numbersThatAreRead(String typed, double value) {
    assertThat(NumericText.parse(typed, null)).contains(new NumericText.Reading(value, false));
  }

  @ParameterizedTest(name = "[{0}] is refused")
  @ValueSource(strings = {"1,000", "72,5", "1 000", "NaN", "Infinity", "0x10", "1e999", "--3",
      "e5", "seventy", "", "72 mg", "1_000"})
  void numbersThatAreNotRead(String typed) {
    assertThat(NumericText.parse(typed, null)).isEmpty();
  }

  @ParameterizedTest(name = "unit mg, [{0}] -> has unit {1}")
  @CsvSource(delimiter = '|', value = {
      "72 mg  | true",
      "72mg   | true",
      "72 MG  | true",
      "mg 72  | true",
      "Mg72   | true",
      "72     | false"})
  void unitMayComeBeforeOrAfterInAnyCase(String typed, boolean hasUnit) {
    assertThat(NumericText.parse(typed, "mg")).contains(new NumericText.Reading(72, hasUnit));
  }

  @Test
  void aDifferentUnitIsNotRead() {
    assertThat(NumericText.parse("72 kg", "mg")).isEmpty();
    assertThat(NumericText.parse("mg", "mg")).isEmpty();
    assertThat(NumericText.parse("72%", "%")).isEqualTo(Optional.of(new NumericText.Reading(72, true)));
  }

  @ParameterizedTest(name = "answer 72 ± 0.5, [{0}] -> {1}")
  @CsvSource(delimiter = '|', value = {
      "72          | 1",
      "72.5        | 1",      // exactly at the upper boundary
      "71.5        | 1",      // exactly at the lower boundary
      "72.50000001 | 1",      // within the epsilon (7.2e-8 for an answer of 72)
      "72.5000001  | 0",      // just outside
      "71.4999999  | 0",
      "72.6        | 0",
      "7.25e1      | 1",
      "-72         | 0",
      "seventy     | 0",      // refused before saving; scores 0 if it ever gets here
      "'  '        | 0"})
  void numericAbsoluteTolerance(String typed, double fraction) {
    assertThat(Scorer.score(numeric("Q7", 72, 0.5), text(typed), false).fraction()).isEqualTo(fraction);
  }

  @Test
  void numericEpsilonAbsorbsFloatingPointError() {
    // 0.4 - 0.3 is 0.10000000000000003 in binary floating point
    assertThat(Scorer.score(numeric("Q", 0.3, 0.1), text("0.4"), false).fraction()).isEqualTo(1);
    assertThat(Scorer.score(numeric("Q", 0.3, 0.1), text("0.2"), false).fraction()).isEqualTo(1);
    assertThat(Scorer.score(numeric("Q", 0.1, 0), text("0.1"), false).fraction()).isEqualTo(1);
  }

  @ParameterizedTest(name = "answer {0} ± {1} relative, [{2}] -> {3}")
  @CsvSource(delimiter = '|', value = {
      "200 | 0.05 | 210   | 1",
      "200 | 0.05 | 190   | 1",
      "200 | 0.05 | 210.1 | 0",
      "200 | 0.05 | 189.9 | 0",
      "-40 | 0.1  | -44   | 1",    // a negative answer uses |answer|
      "-40 | 0.1  | -44.1 | 0",
      "0   | 0.1  | 0     | 1",    // relative to 0 means exact (within the epsilon)
      "0   | 0.1  | 0.001 | 0"})
  void numericRelativeTolerance(double answer, double tolerance, String typed, double fraction) {
    Question q = numeric("Q", answer, tolerance, ToleranceMode.RELATIVE, null, false);
    assertThat(Scorer.score(q, text(typed), false).fraction()).isEqualTo(fraction);
  }

  @ParameterizedTest(name = "unit optional, [{0}]")
  @ValueSource(strings = {"72", "72 mg", "72mg", "mg 72", "MG 72"})
  void numericWithOptionalUnitAcceptsItBeforeOrAfter(String typed) {
    Question q = numeric("Q", 72, 0, ToleranceMode.ABSOLUTE, "mg", false);
    assertThat(Scorer.score(q, text(typed), false).fraction()).isEqualTo(1);
  }

  @Test
  void numericUnitRequiredAndMissingScoresZeroAndSaysSo() {
    Question q = numeric("Q", 72, 0, ToleranceMode.ABSOLUTE, "mg", true);
    QuestionScore missing = Scorer.score(q, text("72"), false);
    assertThat(missing.fraction()).isZero();
    assertThat(missing.correctness()).isEqualTo(Correctness.INCORRECT);
    assertThat(missing.feedback()).containsExactly(Scorer.UNIT_MISSING, "fb wrong", GENERAL);
    assertThat(Scorer.score(q, text("72 mg"), false).fraction()).isEqualTo(1);
    assertThat(Scorer.score(q, text("mg72"), false).fraction()).isEqualTo(1);
  }

  @Test
  void numericWrongAnswerShowsWrongFeedback() {
    assertThat(Scorer.score(numeric("Q", 72, 0), text("71"), false).feedback())
        .containsExactly("fb wrong", GENERAL);
    assertThat(Scorer.score(numeric("Q", 72, 0), text("72"), false).feedback())
        .containsExactly(GENERAL);
  }
}
