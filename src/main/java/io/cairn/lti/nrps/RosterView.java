package io.cairn.lti.nrps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The roster table: one row per member (learners first, then by name), with the Cairn progress of
 * those Cairn knows: best percent and pass per course quiz, units done per course module, and a
 * link to their summary.
 */
public final class RosterView {
  private RosterView() {}

  public static Map<String, Object> model(Course course, CourseContent content, List<Member> members,
      Map<String, CourseRepository.Known> known, Progress progress) {
    List<Map<String, Object>> rows = new ArrayList<>();
    members.stream()
        .sorted(Comparator.comparing((Member m) -> !m.learner())
            .thenComparing(m -> m.name() == null ? "~" + m.userId() : m.name().toLowerCase(Locale.ROOT)))
        .forEach(m -> rows.add(row(course, content, m, known.get(m.userId()), progress)));
    Map<String, Object> model = new HashMap<>();
    model.put("course", course.name());
    model.put("courseId", course.id());
    model.put("quizzes", content.quizzes());
    model.put("modules", content.modules());
    model.put("rows", rows);
    model.put("memberCount", members.size());
    model.put("knownCount", rows.stream().filter(r -> Boolean.TRUE.equals(r.get("known"))).count());
    return model;
  }

  static Map<String, Object> row(Course course, CourseContent content, Member m, CourseRepository.Known k,
      Progress progress) {
    Map<String, Object> row = new HashMap<>();
    row.put("name", m.name() != null ? m.name() : k != null ? k.name() : "Member " + m.userId());
    row.put("email", m.email());
    row.put("roles", String.join(", ", m.roleNames()));
    row.put("platformRoles", String.join(", ", m.roles().stream().map(RosterView::shortRole).toList()));
    row.put("inactive", !m.active());
    row.put("known", k != null);
    if (k != null) {
      row.put("summaryHref", "/lti/courses/" + course.id() + "/learners/" + k.accountId());
    }
    List<Map<String, Object>> quizzes = new ArrayList<>();
    for (CourseContent.QuizItem q : content.quizzes()) {
      Progress.QuizBest best = k == null ? null : progress.best(k.accountId(), q.id());
      Map<String, Object> cell = new HashMap<>();
      cell.put("taken", best != null);
      if (best != null) {
        cell.put("percent", percent(best.percent()));
        cell.put("passed", best.passed());
        cell.put("attempts", best.attempts());
      }
      quizzes.add(cell);
    }
    row.put("quizCells", quizzes);
    List<Map<String, Object>> modules = new ArrayList<>();
    for (CourseContent.ModuleItem mod : content.modules()) {
      modules.add(Map.of("done", k == null ? 0 : progress.done(k.accountId(), mod.id()), "units", mod.units()));
    }
    row.put("moduleCells", modules);
    return row;
  }

  /** "85" or "85.5". */
  public static String percent(double p) {
    return p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(Math.round(p * 10) / 10.0);
  }

  /** The name a full role URI ends with (…/membership#Instructor → Instructor), or the short name as sent. */
  static String shortRole(String role) {
    int hash = role.lastIndexOf('#');
    if (hash >= 0) {
      return role.substring(hash + 1);
    }
    int slash = role.lastIndexOf('/');
    return slash >= 0 ? role.substring(slash + 1) : role;
  }
}
