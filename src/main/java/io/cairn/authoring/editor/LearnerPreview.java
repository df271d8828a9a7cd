package io.cairn.authoring.editor;

import io.cairn.quiz.attempt.ReviewPolicy;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import io.cairn.quiz.web.QuestionHtml;
import io.cairn.web.Html;
import java.util.List;

/**
 * A quiz as a learner sees it, for the tutor's preview: the learner's question markup, nothing
 * stored, the answer key and every option's feedback only when the tutor asks to see them.
 * Options in file order, unshuffled.
 */
final class LearnerPreview {
  private LearnerPreview() {}

  static Html questions(Quiz quiz, boolean answers) {
    ReviewPolicy reveal = answers ? new ReviewPolicy(false, false, true, true) : ReviewPolicy.NOTHING;
    boolean cbm = quiz.settings().certaintyBasedMarking();
    StringBuilder out = new StringBuilder(16_384);
    int number = 1;
    for (Question q : quiz.questions()) {
      number += QuestionHtml.block(out, q, number,
          x -> new QuestionHtml.QuestionState(List.of(), null, answers, false, cbm, reveal, null, answers), answers);
    }
    return new Html(out.toString());
  }
}
