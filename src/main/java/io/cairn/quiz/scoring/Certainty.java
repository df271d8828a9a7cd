package io.cairn.quiz.scoring;

import io.cairn.quiz.model.QuizSettings;

/** How sure the learner says they are, for certainty-based marking (as in Moodle's CBM). */
public enum Certainty implements QuizSettings.Coded {
  LOW, MEDIUM, HIGH
}
