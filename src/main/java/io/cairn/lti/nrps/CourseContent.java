package io.cairn.lti.nrps;

import io.cairn.content.Catalog;
import io.cairn.content.model.Unit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The modules and quizzes a course uses, in catalog order: each quiz a link opens, each module a
 * link opens, and the quizzes of those modules.
 */
public record CourseContent(List<ModuleItem> modules, List<QuizItem> quizzes) {

  public record ModuleItem(String id, String title, int units) {}

  public record QuizItem(String id, String title, int passMarkPercent) {}

  public static CourseContent of(Catalog catalog, List<Course.Placement> links) {
    Set<String> moduleIds = new LinkedHashSet<>();
    Set<String> quizIds = new LinkedHashSet<>();
    for (Course.Placement p : links) {
      if (p.quizId() != null) {
        quizIds.add(p.quizId());
      } else if (p.moduleId() != null) {
        moduleIds.add(p.moduleId());
      }
    }
    List<ModuleItem> modules = new ArrayList<>();
    List<QuizItem> quizzes = new ArrayList<>();
    for (Catalog.ModuleEntry e : catalog.modules()) {
      boolean whole = moduleIds.contains(e.module().id());
      if (whole) {
        modules.add(new ModuleItem(e.module().id(), e.module().title(), e.module().units().size()));
      }
      for (Unit u : e.module().units()) {
        if (u.quiz() != null && (whole || quizIds.contains(u.quiz()))) {
          catalog.quiz(u.quiz()).ifPresent(q -> quizzes.add(new QuizItem(q.quiz().id(), q.quiz().title(),
              q.quiz().settings().passMarkPercent())));
        }
      }
    }
    return new CourseContent(List.copyOf(modules), quizzes.stream().distinct().toList());
  }

  public List<String> quizIds() {
    return quizzes.stream().map(QuizItem::id).toList();
  }

  public List<String> moduleIds() {
    return modules.stream().map(ModuleItem::id).toList();
  }
}
