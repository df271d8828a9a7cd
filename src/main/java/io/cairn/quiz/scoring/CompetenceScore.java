package io.cairn.quiz.scoring;

import io.cairn.content.model.EvidenceLevel;
import java.util.List;

/**
 * How an attempt went on the questions linked to one competence.
 *
 * @param competenceId the competence's id in the module's framework
 * @param questionIds the answerable questions asked that are linked to it, in the order asked
 * @param points points earned on those questions (can be negative with certainty-based marking)
 * @param maxPoints the points of those questions
 * @param percent max(0, points) / maxPoints × 100, rounded half-up to 2 decimals
 * @param strongestEvidence the highest evidence level claimed by those questions
 *     ({@code KNOWS_HOW} above {@code KNOWS}), whatever was answered
 */
public record CompetenceScore(
    String competenceId,
    List<String> questionIds,
    double points,
    double maxPoints,
    double percent,
    EvidenceLevel strongestEvidence) {

  public CompetenceScore {
    questionIds = List.copyOf(questionIds);
  }
}
