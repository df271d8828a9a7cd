package io.cairn.quiz.scoring;

import io.cairn.quiz.model.QuizSettings.Grading;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/** Which grade a learner keeps for a quiz when they have submitted several attempts. */
public final class AttemptGrading {
  private AttemptGrading() {}

  /**
   * @param percents the percentages of the submitted attempts, in submission order (attempts in
   *     progress or abandoned are not passed in)
   * @param grading the quiz's grading rule
   * @return the highest, last, first, or mean (rounded half-up to 2 decimals) percentage; empty
   *     when no attempt has been submitted
   */
  public static OptionalDouble kept(List<Double> percents, Grading grading) {
    Objects.requireNonNull(grading, "grading");
    if (percents == null || percents.isEmpty()) {
      return OptionalDouble.empty();
    }
    return switch (grading) {
      case HIGHEST -> percents.stream().mapToDouble(Double::doubleValue).max();
      case LAST -> OptionalDouble.of(percents.get(percents.size() - 1));
      case FIRST -> OptionalDouble.of(percents.get(0));
      case AVERAGE -> OptionalDouble.of(
          Percent.round(percents.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
    };
  }
}
