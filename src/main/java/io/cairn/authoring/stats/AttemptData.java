package io.cairn.authoring.stats;

import io.cairn.quiz.scoring.Response;
import java.time.Instant;
import java.util.Map;

/**
 * One submitted attempt as item statistics need it.
 *
 * @param accountId null once the learner's account was erased
 * @param fractions per question asked (scenario sub-questions, never scenarios): the fraction scored, 0–1
 * @param responses the saved response per question (a question asked but not answered has none)
 */
public record AttemptData(long attemptId, Long accountId, String learner, long quizVersionId, int version,
    int attemptNumber, Instant submittedAt, double percent, boolean passed, Map<String, Double> fractions,
    Map<String, Response> responses) {}
