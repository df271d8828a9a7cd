package io.cairn.authoring.interchange;

import io.cairn.quiz.model.Quiz;
import java.util.List;

/**
 * What an import made of a file: the quiz (with every question that could be read; possibly none)
 * and every problem, in file order.
 */
public record ImportResult(Quiz quiz, List<ImportProblem> problems) {
  public ImportResult {
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(ImportProblem::isError);
  }

  public List<ImportProblem> errors() {
    return problems.stream().filter(ImportProblem::isError).toList();
  }
}
