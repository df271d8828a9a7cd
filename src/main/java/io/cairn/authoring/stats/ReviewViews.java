package io.cairn.authoring.stats;

import io.cairn.quiz.attempt.Attempt;
import io.cairn.quiz.attempt.AttemptQuestions;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import io.cairn.quiz.scoring.Response;
import io.cairn.quiz.scoring.Scorer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only review of one attempt for tutors: every question as asked, the response, the score
 * stored at submission, the feedback the learner was shown, and the answer key.
 */
final class ReviewViews {
  private ReviewViews() {}

  static List<Map<String, Object>> blocks(Quiz quiz, Attempt a, Map<String, StatsRepository.ScoreRow> scores,
      boolean cbm) {
    List<Map<String, Object>> blocks = new ArrayList<>();
    int number = 1;
    for (Question top : AttemptQuestions.topLevel(quiz, a.plan())) {
      Map<String, Object> b = new HashMap<>();
      List<Question> subs = top instanceof Question.Scenario s ? s.questions() : List.of(top);
      if (top instanceof Question.Scenario s) {
        b.put("vignette", s.vignette());
        b.put("scenarioFeedback", s.feedback());
      }
      List<Map<String, Object>> qs = new ArrayList<>();
      for (Question q : subs) {
        qs.add(question(q, number++, a, scores.get(q.id()), cbm));
      }
      b.put("questions", qs);
      blocks.add(b);
    }
    return blocks;
  }

  private static Map<String, Object> question(Question q, int number, Attempt a, StatsRepository.ScoreRow score,
      boolean cbm) {
    Attempt.SavedResponse saved = a.responses().get(q.id());
    Response r = saved == null ? Response.EMPTY : saved.response();
    Map<String, Object> m = new HashMap<>();
    m.put("number", number);
    m.put("id", q.id());
    m.put("type", q.type().code().replace('_', ' '));
    m.put("stem", q.stem());
    m.put("response", r.isEmpty() ? List.of("(no answer)") : response(q, r));
    m.put("key", key(q));
    m.put("certainty", r.certainty() == null ? null : r.certainty().name().toLowerCase());
    if (score != null) {
      m.put("points", StatsViews.two(score.points()) + " / " + StatsViews.two(score.maxPoints()));
      m.put("fraction", StatsViews.two(score.fraction()));
      m.put("correctness", score.correctness());
    }
    m.put("feedback", Scorer.score(q, r, cbm).feedback());
    return m;
  }

  static List<String> response(Question q, Response r) {
    if (q instanceof Question.SingleChoice sc) {
      return options(sc.options(), r.selected());
    } else if (q instanceof Question.MultipleResponse mr) {
      return options(mr.options(), r.selected());
    } else if (q instanceof Question.TrueFalse) {
      return r.selected().stream().map(s -> s.equals("true") ? "True" : "False").toList();
    } else if (q instanceof Question.Matching m) {
      return m.prompts().stream().map(p -> p.text() + " → " + Optional.ofNullable(r.matches().get(p.id()))
          .flatMap(c -> choice(m, c)).orElse("(not matched)")).toList();
    } else if (q instanceof Question.Ordering o) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < r.order().size(); i++) {
        String id = r.order().get(i);
        out.add((i + 1) + ". " + o.items().stream().filter(it -> it.id().equals(id)).map(Question.Item::text)
            .findFirst().orElse(id));
      }
      return out;
    }
    return List.of(r.text() == null ? "" : r.text());
  }

  static List<String> key(Question q) {
    if (q instanceof Question.SingleChoice sc) {
      return sc.options().stream().filter(Question.Option::correct).map(Question.Option::text).toList();
    } else if (q instanceof Question.MultipleResponse mr) {
      List<String> k = new ArrayList<>(mr.options().stream().filter(Question.Option::correct).map(Question.Option::text).toList());
      k.add("(scoring: " + mr.scoring().code().replace('_', ' ') + ")");
      return k;
    } else if (q instanceof Question.TrueFalse tf) {
      return List.of(tf.answer() ? "True" : "False");
    } else if (q instanceof Question.Matching m) {
      return m.prompts().stream().map(p -> p.text() + " → " + choice(m, p.match()).orElse(p.match())).toList();
    } else if (q instanceof Question.Ordering o) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < o.items().size(); i++) {
        out.add((i + 1) + ". " + o.items().get(i).text());
      }
      return out;
    } else if (q instanceof Question.ShortText st) {
      List<String> k = new ArrayList<>(st.accept());
      if (st.pattern() != null) {
        k.add("pattern: " + st.pattern());
      }
      return k;
    } else if (q instanceof Question.Numeric n) {
      String tol = n.tolerance() == 0 ? "" : " ± " + StatsViews.trim(n.tolerance())
          + (n.toleranceMode() == Question.ToleranceMode.RELATIVE ? " (relative)" : "");
      return List.of(StatsViews.trim(n.answer()) + tol + (n.unit() == null ? "" : " " + n.unit()));
    }
    return List.of();
  }

  private static List<String> options(List<Question.Option> options, List<String> selected) {
    return options.stream().filter(o -> selected.contains(o.id())).map(Question.Option::text).toList();
  }

  private static Optional<String> choice(Question.Matching m, String id) {
    return m.choices().stream().filter(c -> c.id().equals(id)).map(Question.Choice::text).findFirst();
  }
}
