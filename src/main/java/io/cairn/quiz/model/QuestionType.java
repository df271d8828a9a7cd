package io.cairn.quiz.model;

import java.util.Arrays;
import java.util.Optional;

public enum QuestionType implements QuizSettings.Coded {
  SINGLE_CHOICE, MULTIPLE_RESPONSE, TRUE_FALSE, MATCHING, ORDERING, SHORT_TEXT, NUMERIC, SCENARIO;

  public static Optional<QuestionType> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
  }

  static QuestionType of(Question q) {
    if (q instanceof Question.SingleChoice) {
      return SINGLE_CHOICE;
    } else if (q instanceof Question.MultipleResponse) {
      return MULTIPLE_RESPONSE;
    } else if (q instanceof Question.TrueFalse) {
      return TRUE_FALSE;
    } else if (q instanceof Question.Matching) {
      return MATCHING;
    } else if (q instanceof Question.Ordering) {
      return ORDERING;
    } else if (q instanceof Question.ShortText) {
      return SHORT_TEXT;
    } else if (q instanceof Question.Numeric) {
      return NUMERIC;
    }
    return SCENARIO;
  }
}
