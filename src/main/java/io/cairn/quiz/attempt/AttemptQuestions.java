package io.cairn.quiz.attempt;

import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import java.util.ArrayList;
import java.util.List;

/** The questions an attempt asks, in the order its plan stored. */
public final class AttemptQuestions {
  private AttemptQuestions() {}

  /** Top-level questions (scenarios whole) in the order asked. */
  public static List<Question> topLevel(Quiz quiz, AttemptPlan plan) {
    List<Question> list = new ArrayList<>();
    for (String id : plan.questionOrder()) {
      quiz.questions().stream().filter(q -> q.id().equals(id)).findFirst().ifPresent(list::add);
    }
    return list;
  }

  /** Answerable questions (scenario sub-questions instead of scenarios) in the order asked. */
  public static List<Question> answerable(Quiz quiz, AttemptPlan plan) {
    List<Question> list = new ArrayList<>();
    for (Question q : topLevel(quiz, plan)) {
      if (q instanceof Question.Scenario s) {
        list.addAll(s.questions());
      } else {
        list.add(q);
      }
    }
    return list;
  }

  public static List<String> answerableIds(Quiz quiz, AttemptPlan plan) {
    return answerable(quiz, plan).stream().map(Question::id).toList();
  }
}
