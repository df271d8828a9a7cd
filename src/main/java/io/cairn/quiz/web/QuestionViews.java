package io.cairn.quiz.web;

import io.cairn.quiz.attempt.ReviewPolicy;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.scoring.QuestionScore;
import io.cairn.quiz.scoring.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * View models of questions for the attempt and review pages. The answer key goes into a view only
 * when the review policy allows it: the page never carries it otherwise.
 */
final class QuestionViews {
  private QuestionViews() {}

  /** What one question's view may reveal. */
  record Reveal(ReviewPolicy policy, QuestionScore score) {
    static final Reveal NONE = new Reveal(ReviewPolicy.NOTHING, null);
  }

  static Map<String, Object> question(Question q, int number, List<String> displayed, Response saved,
      boolean locked, boolean certaintyBased, Reveal reveal) {
    Response r = saved == null ? Response.EMPTY : saved;
    Map<String, Object> v = new HashMap<>();
    v.put("id", q.id());
    v.put("number", number);
    v.put("type", q.type().code());
    v.put("stem", q.stem());
    v.put("points", formatPoints(q.points()));
    v.put("locked", locked);
    v.put("disabled", locked || reveal.policy() != ReviewPolicy.NOTHING);
    boolean key = reveal.policy().correctAnswers();
    if (q instanceof Question.SingleChoice sc) {
      v.put("options", options(sc.options(), displayed, r, key, reveal.policy().feedback()));
      v.put("radio", true);
    } else if (q instanceof Question.MultipleResponse mr) {
      v.put("options", options(mr.options(), displayed, r, key, reveal.policy().feedback()));
      v.put("checkbox", true);
    } else if (q instanceof Question.TrueFalse tf) {
      v.put("options", List.of(
          option("true", "True", r.selected().contains("true"), key && tf.answer(), null),
          option("false", "False", r.selected().contains("false"), key && !tf.answer(), null)));
      v.put("radio", true);
    } else if (q instanceof Question.Matching m) {
      v.put("prompts", prompts(m, displayed, r, key));
    } else if (q instanceof Question.Ordering o) {
      v.put("items", items(o, displayed, r, key));
    } else if (q instanceof Question.ShortText st) {
      v.put("textAnswer", true);
      v.put("value", r.text());
      if (key) {
        v.put("accepted", String.join(" · ", st.accept()));
      }
    } else if (q instanceof Question.Numeric n) {
      v.put("numericAnswer", true);
      v.put("value", r.text());
      v.put("unit", n.unit());
      if (key) {
        v.put("accepted", formatPoints(n.answer()) + (n.unit() == null ? "" : " " + n.unit())
            + (n.tolerance() > 0 ? " (± " + formatPoints(n.tolerance())
                + (n.toleranceMode() == Question.ToleranceMode.RELATIVE ? " × answer" : "") + ")" : ""));
      }
    }
    if (certaintyBased) {
      v.put("certainty", r.certainty() == null ? "" : r.certainty().code());
      v.put("cbm", true);
    }
    QuestionScore score = reveal.score();
    if (score != null && reveal.policy().correctness()) {
      v.put("correctness", score.correctness().code());
      v.put("correctnessLabel", label(score));
      v.put("earned", formatPoints(score.points()));
    }
    if (score != null && reveal.policy().feedback()) {
      v.put("feedback", score.feedback());
    }
    return v;
  }

  private static List<Map<String, Object>> options(List<Question.Option> options, List<String> displayed,
      Response r, boolean key, boolean feedback) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (String id : displayed) {
      options.stream().filter(o -> o.id().equals(id)).findFirst().ifPresent(o -> list.add(option(o.id(), o.text(),
          r.selected().contains(o.id()), key && o.correct(), feedback && r.selected().contains(o.id()) ? o.feedback() : null)));
    }
    return list;
  }

  private static Map<String, Object> option(String id, String text, boolean checked, boolean correct, String feedback) {
    Map<String, Object> o = new HashMap<>();
    o.put("id", id);
    o.put("text", text);
    o.put("checked", checked);
    o.put("correct", correct);
    o.put("optionFeedback", feedback);
    return o;
  }

  private static List<Map<String, Object>> prompts(Question.Matching m, List<String> displayed, Response r, boolean key) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Question.MatchPrompt p : m.prompts()) {
      List<Map<String, Object>> choices = new ArrayList<>();
      for (String id : displayed) {
        m.choices().stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(c -> choices.add(Map.of(
            "id", c.id(), "text", c.text(), "selected", c.id().equals(r.matches().get(p.id())))));
      }
      Map<String, Object> view = new HashMap<>();
      view.put("id", p.id());
      view.put("text", p.text());
      view.put("choices", choices);
      if (key) {
        view.put("answer", m.choices().stream().filter(c -> c.id().equals(p.match())).findFirst()
            .map(Question.Choice::text).orElse(""));
      }
      list.add(view);
    }
    return list;
  }

  private static List<Map<String, Object>> items(Question.Ordering o, List<String> displayed, Response r, boolean key) {
    List<String> shown = r.order().isEmpty() ? displayed : r.order();
    List<Map<String, Object>> list = new ArrayList<>();
    for (String id : displayed) {
      Question.Item item = o.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
      int chosen = r.order().isEmpty() ? 0 : shown.indexOf(id) + 1;
      List<Map<String, Object>> positions = new ArrayList<>();
      for (int n = 1; n <= o.items().size(); n++) {
        positions.add(Map.of("n", n, "selected", n == chosen));
      }
      Map<String, Object> view = new HashMap<>();
      view.put("id", id);
      view.put("text", item.text());
      view.put("positions", positions);
      if (key) {
        view.put("answer", o.items().indexOf(item) + 1);
      }
      list.add(view);
    }
    return list;
  }

  private static String label(QuestionScore s) {
    return switch (s.correctness()) {
      case CORRECT -> "Correct";
      case PARTIAL -> "Partly correct";
      case INCORRECT -> "Incorrect";
      case UNANSWERED -> "Not answered";
    };
  }

  static String formatPoints(double p) {
    return p == Math.rint(p) ? String.valueOf((long) p) : String.format(java.util.Locale.ROOT, "%.2f", p);
  }
}
