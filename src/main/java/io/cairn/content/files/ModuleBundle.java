package io.cairn.content.files;

import io.cairn.content.model.Module;
import io.cairn.quiz.model.Quiz;
import java.util.List;

/** A module read from its folder, with the quizzes its units use. */
public record ModuleBundle(String folder, Module module, List<Quiz> quizzes) {}
