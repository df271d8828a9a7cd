package io.cairn.quiz.scoring;

import java.util.List;

/**
 * The outcome of scoring a submitted attempt.
 *
 * @param questions one score per answerable question asked, in the order asked
 * @param totalPoints the sum of the points earned; with certainty-based marking this can be
 *     negative (the percent is then computed from 0)
 * @param maxPoints the sum of the points of the questions asked
 * @param percent max(0, totalPoints) / maxPoints × 100, rounded half-up to 2 decimals; 0 when
 *     maxPoints is 0
 * @param passed whether {@code percent} (as rounded) is at least the quiz's pass mark
 * @param competences one entry per competence linked to a question asked, in order of first
 *     appearance
 */
public record AttemptScore(
    List<QuestionScore> questions,
    double totalPoints,
    double maxPoints,
    double percent,
    boolean passed,
    List<CompetenceScore> competences) {

  public AttemptScore {
    questions = List.copyOf(questions);
    competences = List.copyOf(competences);
  }
}
