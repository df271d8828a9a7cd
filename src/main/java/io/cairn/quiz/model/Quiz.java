package io.cairn.quiz.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A quiz as authored. Published versions of it are immutable. */
public record Quiz(String id, String title, String intro, QuizSettings settings, List<Question> questions) {

  /** Every answerable question: top-level ones and the sub-questions of scenarios. */
  public List<Question> answerableQuestions() {
    List<Question> all = new ArrayList<>();
    for (Question q : questions) {
      if (q instanceof Question.Scenario s) {
        all.addAll(s.questions());
      } else {
        all.add(q);
      }
    }
    return all;
  }

  public Optional<Question> question(String questionId) {
    return answerableQuestions().stream().filter(q -> q.id().equals(questionId)).findFirst();
  }
}
