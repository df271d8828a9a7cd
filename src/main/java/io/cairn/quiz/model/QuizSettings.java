package io.cairn.quiz.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.List;

/**
 * How a quiz is run, graded and reviewed.
 *
 * @param timeLimitMinutes null when untimed
 * @param attemptsAllowed 0 for unlimited
 * @param closesAt null when the quiz never closes
 */
public record QuizSettings(
    int passMarkPercent,
    Integer timeLimitMinutes,
    int attemptsAllowed,
    Grading grading,
    boolean shuffleQuestions,
    boolean shuffleOptions,
    Layout layout,
    FeedbackTiming feedback,
    Instant closesAt,
    Review review,
    boolean certaintyBasedMarking,
    List<Draw> draw) {

  public static final QuizSettings DEFAULTS = new QuizSettings(70, null, 0, Grading.HIGHEST, false,
      false, Layout.ALL_ON_ONE_PAGE, FeedbackTiming.AFTER_SUBMIT, null, Review.DEFAULTS, false,
      List.of());

  /** What the review of a submitted attempt shows. */
  public record Review(boolean responses, boolean correctness, boolean feedback, CorrectAnswers correctAnswers) {
    public static final Review DEFAULTS = new Review(true, true, true, CorrectAnswers.AFTER_SUBMIT);
  }

  /** A random draw of {@code count} questions linked to one competence. */
  public record Draw(String competence, int count) {}

  public enum Grading implements Coded { HIGHEST, LAST, FIRST, AVERAGE }

  public enum Layout implements Coded { ALL_ON_ONE_PAGE, ONE_PER_PAGE }

  public enum FeedbackTiming implements Coded { AFTER_EACH_QUESTION, AFTER_SUBMIT, AFTER_CLOSE }

  public enum CorrectAnswers implements Coded { NEVER, AFTER_SUBMIT, AFTER_CLOSE, AFTER_LAST_ATTEMPT }

  /** Enums appear in files and JSON as their lower-case names. */
  public interface Coded {
    String name();

    @JsonValue
    default String code() {
      return name().toLowerCase();
    }
  }
}
