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
    List<Map<String, Object>> blocks = new ArrayList<>();
    int number = 0;
    for (int i = 0; i < top.size(); i++) {
      Question q = top.get(i);
      int first = number + 1;
      number += q instanceof Question.Scenario sc ? sc.questions().size() : 1;
      if (!onePerPage || i == current - 1) {
        blocks.add(block(q, first, a, s, null, ReviewPolicy.NOTHING, true));
      }
    }
    Map<String, Object> view = new HashMap<>();
    view.put("blocks", blocks);
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

  /**
   * One top-level question; a scenario carries its vignette and sub-questions.
   *
   * @param live true on the attempt page: checked questions show their feedback
   */
  static Map<String, Object> block(Question q, int firstNumber, Attempt a, QuizSettings s,
      Map<String, QuestionScore> scores, ReviewPolicy policy, boolean live) {
    Map<String, Object> b = new HashMap<>();
    if (q instanceof Question.Scenario sc) {
      b.put("scenario", true);
      b.put("id", sc.id());
      b.put("vignette", sc.vignette());
      List<Map<String, Object>> subs = new ArrayList<>();
      for (int i = 0; i < sc.questions().size(); i++) {
        subs.add(one(sc.questions().get(i), firstNumber + i, a, s, scores, policy, live));
      }
      b.put("questions", subs);
      if (policy.feedback() && sc.feedback() != null) {
        b.put("scenarioFeedback", sc.feedback());
      }
    } else {
      b.put("questions", List.of(one(q, firstNumber, a, s, scores, policy, live)));
    }
    return b;
  }

  private static Map<String, Object> one(Question q, int number, Attempt a, QuizSettings s,
      Map<String, QuestionScore> scores, ReviewPolicy policy, boolean live) {
    Attempt.SavedResponse saved = a.responses().get(q.id());
    Response r = saved == null ? null : saved.response();
    boolean locked = saved != null && saved.checked();
    QuestionViews.Reveal reveal;
    if (live && locked) {
      // feedback after each question: a checked answer is final and shows its feedback now
      QuestionScore score = io.cairn.quiz.scoring.Scorer.score(q, r, s.certaintyBasedMarking());
      reveal = new QuestionViews.Reveal(new ReviewPolicy(true, true, true, s.review().correctAnswers()
          != QuizSettings.CorrectAnswers.NEVER), score);
    } else {
      reveal = new QuestionViews.Reveal(policy, scores == null ? null : scores.get(q.id()));
    }
    Map<String, Object> view = QuestionViews.question(q, number,
        a.plan().optionOrder().getOrDefault(q.id(), List.of()), r, locked, s.certaintyBasedMarking(), reveal);
    view.put("checkable", live && !locked && ReviewPolicy.immediateFeedback(s));
    return view;
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
    List<Map<String, Object>> blocks = new ArrayList<>();
    if (policy.responses() || policy.correctness() || policy.feedback() || policy.correctAnswers()) {
      int number = 1;
      for (Question q : AttemptQuestions.topLevel(v.quiz(), a.plan())) {
        blocks.add(block(q, number, a, s, byId, policy, false));
        number += q instanceof Question.Scenario sc ? sc.questions().size() : 1;
      }
    }
    Map<String, Object> view = new HashMap<>();
    view.put("percent", a.percent().stripTrailingZeros().toPlainString());
    view.put("passed", a.passed());
    view.put("points", QuestionViews.formatPoints(score.totalPoints()));
    view.put("maxPoints", QuestionViews.formatPoints(score.maxPoints()));
    view.put("passMark", s.passMarkPercent());
    view.put("byTimeLimit", "time_limit".equals(a.submittedBy()));
    view.put("competences", competences(score.competences(), framework));
    view.put("review", blocks);
    view.put("reviewLater", blocks.isEmpty() || !policy.feedback());
    view.put("cbm", s.certaintyBasedMarking());
    view.put("attemptsUsed", history.size());
    view.put("attemptsAllowed", s.attemptsAllowed());
    view.put("canRetry", s.attemptsAllowed() == 0 || history.size() < s.attemptsAllowed());
    view.put("grading", s.grading().code());
    AttemptGrading.kept(history.stream().map(AttemptRepository.Summary::percent).toList(), s.grading())
        .ifPresent(kept -> view.put("kept", QuestionViews.formatPoints(kept)));
    return view;
  }

  private static List<Map<String, Object>> competences(List<CompetenceScore> scores, Framework framework) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (CompetenceScore c : scores) {
      Map<String, Object> m = new HashMap<>();
      m.put("id", c.competenceId());
      m.put("title", framework == null ? c.competenceId()
          : framework.competence(c.competenceId()).map(Framework.Competence::title).orElse(c.competenceId()));
      m.put("questions", String.join(", ", c.questionIds()));
      m.put("points", QuestionViews.formatPoints(Math.max(0, c.points())));
      m.put("maxPoints", QuestionViews.formatPoints(c.maxPoints()));
      m.put("percent", QuestionViews.formatPoints(c.percent()));
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
