package io.cairn.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.quiz.model.QuizSettings.Grading;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AttemptGradingTest {

  @ParameterizedTest(name = "{0} of [{1}] is {2}")
  @CsvSource(delimiter = '|', value = {
      "HIGHEST | 60 80 70          | 80",
      "LAST    | 60 80 70          | 70",
      "FIRST   | 60 80 70          | 60",
      "AVERAGE | 60 80 70          | 70",
      "HIGHEST | 55.5              | 55.5",
      "LAST    | 55.5              | 55.5",
      "FIRST   | 55.5              | 55.5",
      "AVERAGE | 55.5              | 55.5",
      "AVERAGE | 66.67 33.33 50.01 | 50",       // 150.01 / 3 = 50.0033 → 50
      "AVERAGE | 0 100 100         | 66.67",    // rounded half-up to 2 decimals
      "AVERAGE | 70 70.01          | 70.01",    // 70.005 → 70.01
      "HIGHEST | 0 0               | 0"})
  void gradingAcrossAttempts(Grading grading, String percents, double kept) {
    List<Double> list = Arrays.stream(percents.split(" ")).map(Double::valueOf).toList();
    assertThat(AttemptGrading.kept(list, grading)).isEqualTo(OptionalDouble.of(kept));
  }

  @ParameterizedTest
  @EnumSource(Grading.class)
  void gradingAcrossNoAttemptsIsEmpty(Grading grading) {
    assertThat(AttemptGrading.kept(List.of(), grading)).isEmpty();
    assertThat(AttemptGrading.kept(null, grading)).isEmpty();
  }

  @Test
  void percentRoundsHalfUpOnTheDecimalValue() {
    assertThat(Percent.round(2.675)).isEqualTo(2.68);
    assertThat(Percent.round(66.666666)).isEqualTo(66.67);
    assertThat(Percent.of(1, 3)).isEqualTo(33.33);
    assertThat(Percent.of(-1, 3)).isZero();
    assertThat(Percent.of(1, 0)).isZero();
  }
}
