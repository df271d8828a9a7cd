package io.cairn.quiz.web;

import io.cairn.content.Catalog;
import io.cairn.content.model.Framework;
import io.cairn.quiz.QuizVersions.QuizVersion;
import io.cairn.quiz.attempt.Attempt;
import io.cairn.quiz.attempt.AttemptQuestions;
import io.cairn.quiz.attempt.AttemptRepository;
import io.cairn.quiz.attempt.ReviewPolicy;
import io.cairn.quiz.attempt.TimeLimit;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.QuizSettings;
import io.cairn.quiz.scoring.AttemptGrading;
import io.cairn.quiz.scoring.AttemptScore;
import io.cairn.quiz.scoring.CompetenceScore;
import io.cairn.quiz.scoring.QuestionScore;
import io.cairn.quiz.scoring.QuizScorer;
import io.cairn.quiz.scoring.Response;
import io.cairn.quiz.scoring.Scorer;
import io.cairn.web.Html;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** View models for the attempt, summary and result pages. */
final class AttemptViews {
  private AttemptViews() {}

  /** The questions of one page of an in-progress attempt (all of them, or one per page). */
  static Map<String, Object> attemptPage(Attempt a, QuizVersion v, int page, Instant now) {
    QuizSettings s = v.quiz().settings();
    List<Question> top = AttemptQuestions.topLevel(v.quiz(), a.plan());
    boolean onePerPage = s.layout() == QuizSettings.Layout.ONE_PER_PAGE;
    int pages = onePerPage ? Math.max(1, top.size()) : 1;
    int current = Math.max(1, Math.min(page, pages));
    StringBuilder html = new StringBuilder(16_384);
    int number = 1;
    for (int i = 0; i < top.size(); i++) {
      Question q = top.get(i);
      if (!onePerPage || i == current - 1) {
        QuestionHtml.block(html, q, number, x -> live(x, a, s), false);
      }
      number += q instanceof Question.Scenario sc ? sc.questions().size() : 1;
    }
    Map<String, Object> view = new HashMap<>();
    view.put("questions", new Html(html.toString()));
    view.put("page", current);
    view.put("pages", pages);
    view.put("onePerPage", onePerPage);
    view.put("hasPrevious", current > 1);
    view.put("hasNext", current < pages);
    view.put("immediateFeedback", ReviewPolicy.immediateFeedback(s));
    long left = TimeLimit.secondsLeft(a.deadline(), now);
    view.put("timed", left >= 0);
    view.put("secondsLeft", left);
    view.put("minutesLeft", (left + 59) / 60);
    view.put("deadline", a.deadline() == null ? "" : a.deadline().toString());
    view.put("cbm", s.certaintyBasedMarking());
    return view;
  }

  /** A question of an in-progress attempt: a checked answer is final and shows its feedback now. */
  private static QuestionHtml.QuestionState live(Question q, Attempt a, QuizSettings s) {
    Attempt.SavedResponse saved = a.responses().get(q.id());
    Response r = saved == null ? null : saved.response();
    boolean locked = saved != null && saved.checked();
    List<String> order = a.plan().optionOrder().getOrDefault(q.id(), List.of());
    if (locked) {
      ReviewPolicy now = new ReviewPolicy(true, true, true,
          s.review().correctAnswers() != QuizSettings.CorrectAnswers.NEVER);
      return new QuestionHtml.QuestionState(order, r, true, false, s.certaintyBasedMarking(), now,
          Scorer.score(q, r, s.certaintyBasedMarking()), false);
    }
    return new QuestionHtml.QuestionState(order, r, false, ReviewPolicy.immediateFeedback(s),
        s.certaintyBasedMarking(), ReviewPolicy.NOTHING, null, false);
  }

  /** Answered and unanswered questions, for the page before submitting. */
  static Map<String, Object> summary(Attempt a, QuizVersion v) {
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Question> asked = AttemptQuestions.answerable(v.quiz(), a.plan());
    int answered = 0;
    for (int i = 0; i < asked.size(); i++) {
      Attempt.SavedResponse saved = a.responses().get(asked.get(i).id());
      boolean done = saved != null && !saved.response().isEmpty();
      answered += done ? 1 : 0;
      rows.add(Map.of("number", i + 1, "answered", done));
    }
    return Map.of("rows", rows, "answered", answered, "total", asked.size(), "unanswered", asked.size() - answered);
  }

  /** The result page: score, pass, competence breakdown and the review the settings allow. */
  static Map<String, Object> result(Attempt a, QuizVersion v, List<AttemptRepository.Summary> history,
      Framework framework, Instant now) {
    QuizSettings s = v.quiz().settings();
    Map<String, Response> answers = new HashMap<>();
    a.responses().forEach((q, saved) -> answers.put(q, saved.response()));
    AttemptScore score = QuizScorer.score(AttemptQuestions.answerable(v.quiz(), a.plan()), answers, s);
    boolean noneLeft = s.attemptsAllowed() > 0 && history.size() >= s.attemptsAllowed();
    ReviewPolicy policy = ReviewPolicy.of(s, true, noneLeft, now);
    Map<String, QuestionScore> byId = new HashMap<>();
    score.questions().forEach(q -> byId.put(q.questionId(), q));
    StringBuilder review = new StringBuilder(16_384);
    if (policy.responses() || policy.correctness() || policy.feedback() || policy.correctAnswers()) {
      int number = 1;
      for (Question q : AttemptQuestions.topLevel(v.quiz(), a.plan())) {
        number += QuestionHtml.block(review, q, number, x -> reviewed(x, a, s, byId, policy), policy.feedback());
      }
    }
    Map<String, Object> view = new HashMap<>();
    view.put("percent", a.percent().stripTrailingZeros().toPlainString());
    view.put("passed", a.passed());
    view.put("points", QuizNumbers.formatPoints(score.totalPoints()));
    view.put("maxPoints", QuizNumbers.formatPoints(score.maxPoints()));
    view.put("passMark", s.passMarkPercent());
    view.put("byTimeLimit", "time_limit".equals(a.submittedBy()));
    view.put("competences", competences(score.competences(), framework));
    view.put("review", review.length() == 0 ? null : new Html(review.toString()));
    view.put("reviewLater", review.length() == 0 || !policy.feedback());
    view.put("cbm", s.certaintyBasedMarking());
    view.put("attemptsUsed", history.size());
    view.put("attemptsAllowed", s.attemptsAllowed());
    view.put("canRetry", s.attemptsAllowed() == 0 || history.size() < s.attemptsAllowed());
    view.put("grading", s.grading().code());
    AttemptGrading.kept(history.stream().map(AttemptRepository.Summary::percent).toList(), s.grading())
        .ifPresent(kept -> view.put("kept", QuizNumbers.formatPoints(kept)));
    return view;
  }

  private static QuestionHtml.QuestionState reviewed(Question q, Attempt a, QuizSettings s,
      Map<String, QuestionScore> scores, ReviewPolicy policy) {
    Attempt.SavedResponse saved = a.responses().get(q.id());
    return new QuestionHtml.QuestionState(a.plan().optionOrder().getOrDefault(q.id(), List.of()),
        policy.responses() && saved != null ? saved.response() : null, true, false, s.certaintyBasedMarking(),
        policy, scores.get(q.id()), false);
  }

  private static List<Map<String, Object>> competences(List<CompetenceScore> scores, Framework framework) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (CompetenceScore c : scores) {
      Map<String, Object> m = new HashMap<>();
      m.put("id", c.competenceId());
      m.put("title", framework == null ? c.competenceId()
          : framework.competence(c.competenceId()).map(Framework.Competence::title).orElse(c.competenceId()));
      m.put("questions", String.join(", ", c.questionIds()));
      m.put("points", QuizNumbers.formatPoints(Math.max(0, c.points())));
      m.put("maxPoints", QuizNumbers.formatPoints(c.maxPoints()));
      m.put("percent", QuizNumbers.formatPoints(c.percent()));
      m.put("level", c.strongestEvidence() == io.cairn.content.model.EvidenceLevel.KNOWS_HOW
          ? "Knows how (applied to a case)" : "Knows (recall)");
      list.add(m);
    }
    return list;
  }

  static Framework framework(Catalog catalog, String moduleId) {
    return catalog.module(moduleId).flatMap(m -> catalog.framework(m.module().framework()))
        .map(Catalog.FrameworkEntry::framework).orElse(null);
  }
}
