package io.cairn.authoring.interchange;

import io.cairn.quiz.model.Question;

/** Copies of an answerable question with one field changed (records have no withers). */
public final class QuestionCopy {
  private QuestionCopy() {}

  public static Question withStem(Question q, String stem) {
    if (q instanceof Question.SingleChoice x) {
      return new Question.SingleChoice(x.id(), stem, x.points(), x.competences(), x.evidenceLevel(), x.feedback(), x.options());
    } else if (q instanceof Question.MultipleResponse x) {
      return new Question.MultipleResponse(x.id(), stem, x.points(), x.competences(), x.evidenceLevel(), x.feedback(),
          x.options(), x.scoring());
    } else if (q instanceof Question.TrueFalse x) {
      return new Question.TrueFalse(x.id(), stem, x.points(), x.competences(), x.evidenceLevel(), x.feedback(),
          x.answer(), x.trueFeedback(), x.falseFeedback());
    } else if (q instanceof Question.Matching x) {
      return new Question.Matching(x.id(), stem, x.points(), x.competences(), x.evidenceLevel(), x.feedback(),
          x.prompts(), x.choices());
    } else if (q instanceof Question.Ordering x) {
      return new Question.Ordering(x.id(), stem, x.points(), x.competences(), x.evidenceLevel(), x.feedback(),
          x.items(), x.scoring());
    } else if (q instanceof Question.ShortText x) {
      return new Question.ShortText(x.id(), stem, x.points(), x.competences(), x.evidenceLevel(), x.feedback(),
          x.accept(), x.pattern(), x.caseSensitive(), x.wrongFeedback());
    } else if (q instanceof Question.Numeric x) {
      return new Question.Numeric(x.id(), stem, x.points(), x.competences(), x.evidenceLevel(), x.feedback(),
          x.answer(), x.tolerance(), x.toleranceMode(), x.unit(), x.unitRequired(), x.wrongFeedback());
    }
    throw new IllegalArgumentException("a scenario has a vignette, not a stem");
  }
}
