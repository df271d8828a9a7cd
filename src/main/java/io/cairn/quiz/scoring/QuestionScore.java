package io.cairn.quiz.scoring;

import java.util.List;

/**
 * The outcome of scoring one answerable question.
 *
 * @param fraction share of the question's credit earned, 0–1, before certainty-based marking
 * @param points points earned: fraction × the question's points, or the CBM-adjusted mark (which
 *     can be negative) when certainty-based marking is on
 * @param maxPoints the question's points
 * @param feedback the feedback to show for this response, in order: per-option (or wrong-answer)
 *     feedback for what was chosen, then the question's general feedback
 */
public record QuestionScore(
    String questionId,
    double fraction,
    double points,
    double maxPoints,
    Correctness correctness,
    Certainty certainty,
    List<String> feedback) {}
