package io.cairn.authoring.editor;

import io.cairn.content.files.Problem;
import io.cairn.content.model.Framework;
import io.cairn.quiz.model.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The question editor's form for one type, filled from a tree, with the reader's problems at their fields. */
final class QuestionView {
  static final Set<String> LISTS = Set.of("competences");
  static final Set<String> LINES = Set.of("accept");

  private QuestionView() {}

  static Map<String, Object> of(String type, Map<String, Object> tree, List<Problem> problems, String prefix,
      Framework framework, String query) {
    Fields f = new Fields(tree, problems, prefix);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("type", type);
    v.put("typeLabel", QuestionTypes.label(type));
    v.put("is_" + type, true);
    v.put("id", f.field("id"));
    v.put("errorSummary", f.summary());
    v.put("errorCount", f.summary().size());
    v.put("formError", f.field("").get("error"));
    if (type.equals("scenario")) {
      v.put("vignette", f.field("vignette"));
      v.put("feedback", f.field("feedback"));
      v.put("subsError", f.field("questions").get("error"));
      return v;
    }
    v.put("stem", f.field("stem"));
    v.put("points", f.field("points"));
    v.put("evidence", f.select("evidence_level", List.of("knows", "knows_how"), "knows"));
    v.put("feedback", f.field("feedback"));
    v.put("competencesField", f.field("competences"));
    v.put("competences", picker(framework, f.get("competences"), query));
    v.put("query", query == null ? "" : query);
    v.put("scoring", f.select("scoring", List.of("partial", "all_or_nothing"), "partial"));
    v.put("optionsField", f.field("options"));
    v.put("options", f.rows("options", List.of("id", "text", "correct", "feedback"), 2));
    v.put("answerTrue", "true".equals(Fields.format(f.get("answer"))));
    v.put("answerFalse", "false".equals(Fields.format(f.get("answer"))));
    v.put("answer", f.field("answer"));
    v.put("trueFeedback", f.field("true_feedback"));
    v.put("falseFeedback", f.field("false_feedback"));
    v.put("promptsField", f.field("prompts"));
    v.put("prompts", f.rows("prompts", List.of("id", "text", "match"), 2));
    v.put("choicesField", f.field("choices"));
    v.put("choices", f.rows("choices", List.of("id", "text"), 2));
    v.put("itemsField", f.field("items"));
    v.put("items", f.rows("items", List.of("id", "text"), 2));
    v.put("accept", f.field("accept"));
    v.put("pattern", f.field("pattern"));
    v.put("caseSensitive", f.check("case_sensitive", false));
    v.put("wrongFeedback", f.field("wrong_feedback"));
    v.put("tolerance", f.field("tolerance"));
    v.put("toleranceMode", f.select("tolerance_mode", List.of("absolute", "relative"), "absolute"));
    v.put("unit", f.field("unit"));
    v.put("unitRequired", f.check("unit_required", false));
    return v;
  }

  /** A blank question of a type, as the new-question form starts. */
  static Map<String, Object> blank(String type, boolean inScenario) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("type", type);
    if (!type.equals("scenario")) {
      t.put("points", 1.0);
      t.put("evidence_level", inScenario ? "knows_how" : "knows");
    }
    return t;
  }

  /** The framework's competences, those matching the search and those already chosen. */
  static List<Map<String, Object>> picker(Framework framework, Object chosen, String query) {
    List<Map<String, Object>> list = new ArrayList<>();
    if (framework == null) {
      return list;
    }
    List<?> picked = chosen instanceof List<?> l ? l : List.of();
    for (Framework.Domain d : framework.domains()) {
      for (Framework.Competence c : d.competences()) {
        boolean checked = picked.contains(c.id());
        if (!checked && !matches(c, query)) {
          continue;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("htmlId", "c-" + c.id().replaceAll("[^A-Za-z0-9_-]", "-"));
        m.put("title", c.title());
        m.put("verified", c.verified());
        m.put("checked", checked);
        m.put("domain", d.title());
        m.put("search", (c.id() + " " + c.title() + " " + d.title()).toLowerCase(Locale.ROOT));
        list.add(m);
      }
    }
    return list;
  }

  /** Every word of the query is in the competence's id, title, summary or domain. */
  static boolean matches(Framework.Competence c, String query) {
    if (query == null || query.isBlank()) {
      return true;
    }
    String hay = (c.id() + " " + c.title() + " " + (c.summary() == null ? "" : c.summary())).toLowerCase(Locale.ROOT);
    for (String word : query.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!word.isEmpty() && !hay.contains(word)) {
        return false;
      }
    }
    return true;
  }

  static String typeOf(Question q) {
    return q.type().code();
  }
}
