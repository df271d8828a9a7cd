package io.cairn.quiz.scoring;

import io.cairn.content.model.EvidenceLevel;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.QuizSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Scores a submitted attempt: every question asked, the total, the pass, and per competence. */
public final class QuizScorer {
  private QuizScorer() {}

  /** As {@link #score(List, Map, boolean, double)} with the quiz's settings. */
  public static AttemptScore score(List<Question> asked, Map<String, Response> responses,
      QuizSettings settings) {
    return score(asked, responses, settings.certaintyBasedMarking(), settings.passMarkPercent());
  }

  /**
   * @param asked the answerable questions asked in the attempt, in the order asked (scenario
   *     sub-questions, not scenarios)
   * @param responses question id to response; a question without one is unanswered, and a
   *     response to a question not asked is ignored
   * @param certaintyBasedMarking whether the quiz uses certainty-based marking
   * @param passMarkPercent the quiz's pass mark, 0–100
   * @throws IllegalArgumentException if a scenario is passed, or a question id is asked twice
   */
  public static AttemptScore score(List<Question> asked, Map<String, Response> responses,
      boolean certaintyBasedMarking, double passMarkPercent) {
    Objects.requireNonNull(asked, "asked");
    Map<String, Response> given = responses == null ? Map.of() : responses;
    List<QuestionScore> scores = new ArrayList<>();
    Map<String, Tally> byCompetence = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    double total = 0;
    double max = 0;
    for (Question q : asked) {
      if (!seen.add(q.id())) {
        throw new IllegalArgumentException("question asked twice: " + q.id());
      }
      QuestionScore s = Scorer.score(q, given.get(q.id()), certaintyBasedMarking);
      scores.add(s);
      total += s.points();
      max += s.maxPoints();
      List<String> competences = q.competences() == null ? List.of() : q.competences();
      for (String c : new LinkedHashSet<>(competences)) {
        byCompetence.computeIfAbsent(c, Tally::new).add(q, s);
      }
    }
    double percent = Percent.of(total, max);
    return new AttemptScore(scores, total, max, percent, percent >= passMarkPercent,
        byCompetence.values().stream().map(Tally::result).toList());
  }

  private static final class Tally {
    private final String competence;
    private final List<String> questionIds = new ArrayList<>();
    private double points;
    private double max;
    private EvidenceLevel strongest;

    Tally(String competence) {
      this.competence = competence;
    }

    void add(Question q, QuestionScore s) {
      questionIds.add(q.id());
      points += s.points();
      max += s.maxPoints();
      EvidenceLevel level = q.evidenceLevel() == null ? EvidenceLevel.KNOWS : q.evidenceLevel();
      if (strongest == null || level.compareTo(strongest) > 0) {
        strongest = level;
      }
    }

    CompetenceScore result() {
      return new CompetenceScore(competence, questionIds, points, max, Percent.of(points, max),
          strongest);
    }
  }
}
