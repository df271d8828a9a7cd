package io.cairn.authoring.draft;

import io.cairn.content.files.Problem;
import io.cairn.errors.InvalidInput;
import java.util.List;

/** A draft (or an upload) that the readers found problems in; it cannot be published as it is. */
public final class ProblemsFound extends InvalidInput {
  private final transient List<Problem> problems;

  public ProblemsFound(List<Problem> problems) {
    super(problems.isEmpty() ? "" : problems.get(0).path(), problems.size() + " problem(s) must be fixed first: "
        + String.join("; ", problems.stream().limit(5).map(Problem::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
