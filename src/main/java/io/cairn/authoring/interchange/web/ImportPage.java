package io.cairn.authoring.interchange.web;

import io.cairn.authoring.interchange.ImportProblem;
import io.cairn.authoring.interchange.ImportResult;
import io.cairn.content.Catalog;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** View models of the import form and of an import's preview: the quiz as read, and every problem. */
final class ImportPage {
  private ImportPage() {}

  static Map<String, Object> form(Catalog catalog, String module, String error) {
    Map<String, Object> v = new HashMap<>();
    v.put("modules", catalog.modules().stream().map(m -> Map.of("id", m.module().id(), "title", m.module().title(),
        "selected", m.module().id().equals(module))).toList());
    v.put("limitMb", InterchangeRoutes.UPLOAD_LIMIT_BYTES / (1024 * 1024));
    if (error != null) {
      v.put("error", error);
    }
    return v;
  }

  static Map<String, Object> preview(Catalog catalog, String module, String fileName, String format, ImportResult r) {
    Map<String, Object> v = form(catalog, module, null);
    Quiz q = r.quiz();
    v.put("previewed", true);
    v.put("fileName", fileName);
    v.put("format", format);
    v.put("quiz", Map.of("id", q.id(), "title", q.title(), "count", q.answerableQuestions().size()));
    List<Map<String, Object>> questions = new ArrayList<>();
    for (Question top : q.questions()) {
      if (top instanceof Question.Scenario s) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", s.id());
        m.put("type", "scenario");
        m.put("stem", s.vignette());
        m.put("subs", s.questions().stream().map(ImportPage::question).toList());
        questions.add(m);
      } else {
        questions.add(question(top));
      }
    }
    v.put("questions", questions);
    v.put("problems", r.problems().stream().map(p -> Map.of("severity", p.severity().code(), "where", p.where(),
        "question", p.questionId() == null ? "" : p.questionId(), "message", p.message())).toList());
    v.put("errorCount", r.problems().stream().filter(ImportProblem::isError).count());
    v.put("problemCount", r.problems().size());
    return v;
  }

  private static Map<String, Object> question(Question q) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", q.id());
    m.put("type", q.type().code().replace('_', ' '));
    m.put("stem", q.stem());
    m.put("points", trim(q.points()));
    m.put("competences", q.competences().isEmpty() ? "none yet" : String.join(", ", q.competences()));
    m.put("level", q.evidenceLevel().code());
    m.put("answers", answers(q));
    return m;
  }

  private static List<String> answers(Question q) {
    if (q instanceof Question.SingleChoice sc) {
      return sc.options().stream().map(o -> (o.correct() ? "✓ " : "✗ ") + o.text()).toList();
    } else if (q instanceof Question.MultipleResponse mr) {
      return mr.options().stream().map(o -> (o.correct() ? "✓ " : "✗ ") + o.text()).toList();
    } else if (q instanceof Question.TrueFalse tf) {
      return List.of("Answer: " + (tf.answer() ? "true" : "false"));
    } else if (q instanceof Question.Matching m) {
      return m.prompts().stream().map(p -> p.text() + " → " + m.choices().stream().filter(c -> c.id().equals(p.match()))
          .map(Question.Choice::text).findFirst().orElse(p.match())).toList();
    } else if (q instanceof Question.Ordering o) {
      return o.items().stream().map(Question.Item::text).toList();
    } else if (q instanceof Question.ShortText st) {
      List<String> a = new ArrayList<>(st.accept());
      if (st.pattern() != null) {
        a.add("pattern: " + st.pattern());
      }
      return a;
    } else if (q instanceof Question.Numeric n) {
      return List.of(trim(n.answer()) + (n.tolerance() == 0 ? "" : " ± " + trim(n.tolerance())));
    }
    return List.of();
  }

  static String trim(double d) {
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
