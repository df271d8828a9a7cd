package io.cairn.lti.nrps;

import io.cairn.evidence.Disclaimer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One member's summary for the course's instructor: every submitted attempt per course quiz, units per module. */
public final class LearnerView {
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK)
      .withZone(ZoneOffset.UTC);

  private LearnerView() {}

  public static Map<String, Object> model(Course course, CourseContent content, CourseRepository.Learner learner,
      long accountId, List<CourseRepository.AttemptRow> attempts, Progress progress) {
    List<Map<String, Object>> quizzes = new ArrayList<>();
    for (CourseContent.QuizItem q : content.quizzes()) {
      List<Map<String, Object>> rows = new ArrayList<>();
      attempts.stream().filter(a -> a.quizId().equals(q.id())).forEach(a -> rows.add(Map.of(
          "number", a.number(), "date", DATE.format(a.submittedAt()), "percent", RosterView.percent(a.percent()),
          "passed", a.passed())));
      Progress.QuizBest best = progress.best(accountId, q.id());
      Map<String, Object> quiz = new HashMap<>();
      quiz.put("title", q.title());
      quiz.put("passMark", q.passMarkPercent());
      quiz.put("attempts", rows);
      quiz.put("best", best == null ? null : RosterView.percent(best.percent()));
      quiz.put("passed", best != null && best.passed());
      quizzes.add(quiz);
    }
    List<Map<String, Object>> modules = content.modules().stream().map(m -> Map.<String, Object>of("title", m.title(),
        "done", progress.done(accountId, m.id()), "units", m.units())).toList();
    Map<String, Object> model = new HashMap<>();
    model.put("course", course.name());
    model.put("rosterHref", "/lti/courses/" + course.id() + "/roster");
    model.put("learnerName", learner.name());
    model.put("quizzes", quizzes);
    model.put("modules", modules);
    model.put("statement", Disclaimer.RECORD);
    return model;
  }
}
