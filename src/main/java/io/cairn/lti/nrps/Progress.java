package io.cairn.lti.nrps;

import java.util.Map;

/**
 * Cairn's record of course members, by account: the best submitted attempt per quiz and the units
 * done per module.
 */
public record Progress(Map<Long, Map<String, QuizBest>> quizzes, Map<Long, Map<String, Integer>> unitsDone) {

  /** The best percent of the submitted attempts, whether any passed, and how many there were. */
  public record QuizBest(double percent, boolean passed, int attempts) {}

  public QuizBest best(long account, String quizId) {
    return quizzes.getOrDefault(account, Map.of()).get(quizId);
  }

  public int done(long account, String moduleId) {
    return unitsDone.getOrDefault(account, Map.of()).getOrDefault(moduleId, 0);
  }
}
