package io.cairn.quiz.scoring;

import io.cairn.quiz.model.QuizSettings;

public enum Correctness implements QuizSettings.Coded {
  CORRECT, PARTIAL, INCORRECT, UNANSWERED
}
