package io.cairn.content.files;

import io.cairn.content.model.Module;
import io.cairn.quiz.model.Quiz;
import java.util.List;

/**
 * A module read from its folder, with the quizzes its units use.
 *
 * @param quizFiles the file name of each quiz, in the order of {@code quizzes}
 */
public record ModuleBundle(String folder, Module module, List<Quiz> quizzes, List<String> quizFiles) {
  public ModuleBundle(String folder, Module module, List<Quiz> quizzes) {
    this(folder, module, quizzes, quizzes.stream().map(q -> "quiz.yaml").toList());
  }

  /** The path of a quiz's file, relative to the content folder's parent (e.g. quizzes/m1/quiz.yaml). */
  public String quizFile(int index) {
    return quizFiles.get(index);
  }
}
