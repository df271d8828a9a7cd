package io.cairn.authoring.editor;

import io.cairn.authoring.draft.Draft;
import io.cairn.content.Catalog;
import io.cairn.content.files.Problem;
import io.cairn.quiz.model.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every page of a draft shows about it: where it came from, its state, and its problems. */
final class DraftInfo {
  private static final Pattern QUESTION = Pattern.compile("^questions\\[(\\d+)](?:\\.questions\\[(\\d+)])?.*");
  private static final Pattern UNIT = Pattern.compile("^units\\[(\\d+)].*");

  private DraftInfo() {}

  static Map<String, Object> of(Editing e) {
    Draft d = e.draft();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("draft", d);
    v.put("base", "/authoring/drafts/" + d.id());
    v.put("isQuiz", d.kind() == Draft.Kind.QUIZ);
    v.put("stale", e.context().stale(d) && !d.fromFile());
    Catalog c = e.context().catalog();
    Integer current = d.kind() == Draft.Kind.QUIZ ? c.quiz(d.contentId()).map(Catalog.QuizEntry::version).orElse(null)
        : c.module(d.contentId()).map(Catalog.ModuleEntry::version).orElse(null);
    v.put("currentVersion", current);
    v.put("updatedAt", d.updatedAt() == null ? null : d.updatedAt().toInstant());
    List<Problem> problems = e.problems();
    v.put("allProblems", problems(e, problems));
    v.put("allProblemCount", problems.size());
    return v;
  }

  static List<Map<String, Object>> problems(Editing e, List<Problem> problems) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Problem p : problems) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("line", p.line());
      m.put("path", p.path());
      m.put("message", p.message());
      m.put("href", href(e, p.path()));
      list.add(m);
    }
    return list;
  }

  /** Where to fix a problem: the question or unit it is in, else the draft's own form. */
  private static String href(Editing e, String path) {
    String base = "/authoring/drafts/" + e.draft().id();
    if (e.quiz() != null) {
      Matcher m = QUESTION.matcher(path);
      if (m.matches()) {
        int i = Integer.parseInt(m.group(1));
        if (i < e.quiz().questions().size()) {
          Question q = e.quiz().questions().get(i);
          if (m.group(2) != null && q instanceof Question.Scenario s && Integer.parseInt(m.group(2)) < s.questions().size()) {
            q = s.questions().get(Integer.parseInt(m.group(2)));
          }
          return base + "/questions/" + q.id();
        }
      }
    } else if (e.module() != null) {
      Matcher m = UNIT.matcher(path);
      if (m.matches() && Integer.parseInt(m.group(1)) < e.module().units().size()) {
        return base + "/units/" + e.module().units().get(Integer.parseInt(m.group(1))).id();
      }
    }
    return base;
  }
}
