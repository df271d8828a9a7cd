package io.cairn.quiz.scoring;

import io.cairn.quiz.model.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores one answerable question. Pure and deterministic; the rules, with worked examples, are in
 * docs/scoring.md.
 *
 * <p>The scorer refuses nothing: responses are checked by {@link ResponseCheck} before they are
 * saved. Input that the check would refuse never earns more than a well-formed answer would:
 * duplicated ids count once, unknown ids earn nothing, more than one choice on a single-choice
 * question and an order that is not a permutation of the items score 0, and a certainty sent
 * without certainty-based marking is ignored.
 */
public final class Scorer {
  /** Feedback added when a numeric answer lacks the unit that the question requires. */
  public static final String UNIT_MISSING = "Your answer has no unit, and this question needs one.";

  private Scorer() {}

  private record Marked(double fraction, List<String> feedback) {}

  /**
   * @param q an answerable question
   * @param r the learner's response; null counts as unanswered
   * @param certaintyBasedMarking whether the quiz uses certainty-based marking
   * @throws IllegalArgumentException if {@code q} is a scenario (score its sub-questions instead)
   */
  public static QuestionScore score(Question q, Response r, boolean certaintyBasedMarking) {
    Objects.requireNonNull(q, "question");
    if (q instanceof Question.Scenario) {
      throw new IllegalArgumentException("score the sub-questions of scenario " + q.id());
    }
    if (r == null || r.isEmpty()) {
      return new QuestionScore(q.id(), 0, 0, q.points(), Correctness.UNANSWERED, null,
          feedback(List.of(), q.feedback()));
    }
    Marked m = mark(q, r);
    double fraction = Math.max(0, Math.min(1, m.fraction()));
    Correctness correctness = fraction >= 1 ? Correctness.CORRECT
        : fraction <= 0 ? Correctness.INCORRECT : Correctness.PARTIAL;
    Certainty certainty = null;
    double points = fraction * q.points();
    if (certaintyBasedMarking) {
      certainty = r.certainty() == null ? Certainty.LOW : r.certainty();
      points = CertaintyMarking.points(q.points(), fraction, certainty);
    }
    return new QuestionScore(q.id(), fraction, points, q.points(), correctness, certainty,
        feedback(m.feedback(), q.feedback()));
  }

  private static Marked mark(Question q, Response r) {
    if (q instanceof Question.SingleChoice sc) {
      Set<String> chosen = new LinkedHashSet<>(r.selected());
      boolean right = chosen.size() == 1 && sc.options().stream()
          .anyMatch(o -> o.correct() && chosen.contains(o.id()));
      return new Marked(right ? 1 : 0, optionFeedback(sc.options(), chosen));
    } else if (q instanceof Question.MultipleResponse mr) {
      return multipleResponse(mr, new LinkedHashSet<>(r.selected()));
    } else if (q instanceof Question.TrueFalse tf) {
      return trueFalse(tf, r.selected());
    } else if (q instanceof Question.Matching mt) {
      return new Marked(matching(mt, r.matches()), List.of());
    } else if (q instanceof Question.Ordering o) {
      return new Marked(ordering(o, r.order()), List.of());
    } else if (q instanceof Question.ShortText st) {
      boolean right = ShortTextMatch.isRight(st, r.text());
      return new Marked(right ? 1 : 0, right ? List.of() : listOf(st.wrongFeedback()));
    } else if (q instanceof Question.Numeric n) {
      return numeric(n, r.text());
    }
    throw new IllegalArgumentException("unknown question type: " + q.getClass().getName());
  }

  /**
   * Partial: +1/k for each correct option chosen and −1/w for each wrong one, so that choosing
   * every option scores 1 − 1 = 0 whenever there is a wrong option. Computed on whole counts,
   * (c·w − x·k) / (k·w), so that the boundaries 0 and 1 are exact.
   */
  private static Marked multipleResponse(Question.MultipleResponse q, Set<String> chosen) {
    int k = 0;
    int w = 0;
    int c = 0;
    int x = 0;
    for (Question.Option o : q.options()) {
      boolean picked = chosen.contains(o.id());
      if (o.correct()) {
        k++;
        c += picked ? 1 : 0;
      } else {
        w++;
        x += picked ? 1 : 0;
      }
    }
    double fraction;
    if (q.scoring() == Question.Scoring.ALL_OR_NOTHING) {
      fraction = k > 0 && c == k && x == 0 && chosen.size() == k ? 1 : 0;
    } else if (k == 0) {
      fraction = 0;
    } else if (w == 0) {
      fraction = (double) c / k;
    } else {
      fraction = (double) ((long) c * w - (long) x * k) / ((long) k * w);
    }
    return new Marked(fraction, optionFeedback(q.options(), chosen));
  }

  private static Marked trueFalse(Question.TrueFalse q, List<String> selected) {
    Set<String> chosen = new LinkedHashSet<>(selected);
    if (chosen.equals(Set.of("true"))) {
      return new Marked(q.answer() ? 1 : 0, listOf(q.trueFeedback()));
    } else if (chosen.equals(Set.of("false"))) {
      return new Marked(q.answer() ? 0 : 1, listOf(q.falseFeedback()));
    }
    return new Marked(0, List.of());
  }

  private static double matching(Question.Matching q, Map<String, String> matches) {
    if (q.prompts().isEmpty()) {
      return 0;
    }
    long right = q.prompts().stream()
        .filter(p -> p.match() != null && p.match().equals(matches.get(p.id()))).count();
    return (double) right / q.prompts().size();
  }

  /**
   * Partial: the share of the n − 1 adjacent pairs of the correct order that the response also
   * has adjacent and in the same order. Anything but a permutation of the items scores 0.
   */
  private static double ordering(Question.Ordering q, List<String> order) {
    List<String> items = q.items().stream().map(Question.Item::id).toList();
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      position.put(items.get(i), i);
    }
    if (order.size() != items.size() || !position.keySet().containsAll(order)
        || new HashSet<>(order).size() != order.size()) {
      return 0;
    }
    if (order.equals(items)) {
      return 1;
    }
    if (q.scoring() == Question.Scoring.ALL_OR_NOTHING) {
      return 0;
    }
    int kept = 0;
    for (int i = 0; i + 1 < order.size(); i++) {
      if (position.get(order.get(i)) + 1 == position.get(order.get(i + 1))) {
        kept++;
      }
    }
    return (double) kept / (items.size() - 1);
  }

  private static Marked numeric(Question.Numeric q, String text) {
    var reading = NumericText.parse(text, q.unit());
    if (reading.isEmpty()) {
      return new Marked(0, listOf(q.wrongFeedback()));
    }
    if (q.unitRequired() && !reading.get().hasUnit()) {
      List<String> feedback = new ArrayList<>(List.of(UNIT_MISSING));
      feedback.addAll(listOf(q.wrongFeedback()));
      return new Marked(0, feedback);
    }
    double answer = q.answer();
    double allowed = q.toleranceMode() == Question.ToleranceMode.RELATIVE
        ? q.tolerance() * Math.abs(answer) : q.tolerance();
    double epsilon = 1e-9 * Math.max(1, Math.abs(answer));
    boolean right = Math.abs(reading.get().value() - answer) <= allowed + epsilon;
    return new Marked(right ? 1 : 0, right ? List.of() : listOf(q.wrongFeedback()));
  }

  /** Feedback of the chosen options, in the question's order. */
  private static List<String> optionFeedback(List<Question.Option> options, Set<String> chosen) {
    List<String> feedback = new ArrayList<>();
    for (Question.Option o : options) {
      if (chosen.contains(o.id())) {
        feedback.addAll(listOf(o.feedback()));
      }
    }
    return feedback;
  }

  private static List<String> feedback(List<String> specific, String general) {
    List<String> all = new ArrayList<>(specific);
    all.addAll(listOf(general));
    return List.copyOf(all);
  }

  private static List<String> listOf(String feedback) {
    return feedback == null || feedback.isBlank() ? List.of() : List.of(feedback);
  }
}
