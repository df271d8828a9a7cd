package io.cairn.quiz.attempt;

import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import io.cairn.quiz.model.QuizSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * What one attempt asks and in what order: the top-level question ids (after any random draw and
 * shuffle) and, per answerable question, the order of its options, choices or items. Stored with
 * the attempt so that resuming and review show exactly what the learner saw.
 */
public record AttemptPlan(List<String> questionOrder, Map<String, List<String>> optionOrder) {

  /** Draws and shuffles as the quiz's settings say. */
  public static AttemptPlan create(Quiz quiz, Random random) {
    QuizSettings s = quiz.settings();
    List<Question> asked = s.draw().isEmpty() ? new ArrayList<>(quiz.questions()) : draw(quiz, random);
    if (s.shuffleQuestions()) {
      Collections.shuffle(asked, random);
    }
    Map<String, List<String>> optionOrder = new LinkedHashMap<>();
    for (Question q : asked) {
      List<Question> answerable = q instanceof Question.Scenario sc ? sc.questions() : List.of(q);
      for (Question a : answerable) {
        List<String> ids = optionIds(a);
        if (!ids.isEmpty()) {
          optionOrder.put(a.id(), order(a, ids, s.shuffleOptions(), random));
        }
      }
    }
    return new AttemptPlan(asked.stream().map(Question::id).toList(), optionOrder);
  }

  /** For each draw, {@code count} questions tagged with its competence; a question is drawn once. */
  private static List<Question> draw(Quiz quiz, Random random) {
    Set<Question> drawn = new LinkedHashSet<>();
    for (QuizSettings.Draw d : quiz.settings().draw()) {
      List<Question> pool = new ArrayList<>(quiz.questions().stream()
          .filter(q -> q.competences().contains(d.competence()) && !drawn.contains(q))
          .toList());
      Collections.shuffle(pool, random);
      drawn.addAll(pool.subList(0, Math.min(d.count(), pool.size())));
    }
    // keep authored order among the drawn questions unless questions are shuffled too
    return new ArrayList<>(quiz.questions().stream().filter(drawn::contains).toList());
  }

  static List<String> optionIds(Question q) {
    if (q instanceof Question.SingleChoice sc) {
      return sc.options().stream().map(Question.Option::id).toList();
    } else if (q instanceof Question.MultipleResponse mr) {
      return mr.options().stream().map(Question.Option::id).toList();
    } else if (q instanceof Question.Matching m) {
      return m.choices().stream().map(Question.Choice::id).toList();
    } else if (q instanceof Question.Ordering o) {
      return o.items().stream().map(Question.Item::id).toList();
    }
    return List.of();
  }

  /**
   * Ordering items are always shuffled, and never shown in the correct order: that would give
   * the answer away. Other options keep the authored order unless the quiz shuffles them.
   */
  private static List<String> order(Question q, List<String> ids, boolean shuffle, Random random) {
    List<String> order = new ArrayList<>(ids);
    if (q instanceof Question.Ordering) {
      if (order.size() > 1) {
        while (order.equals(ids)) {
          Collections.shuffle(order, random);
        }
      }
    } else if (shuffle) {
      Collections.shuffle(order, random);
    }
    return List.copyOf(order);
  }
}
