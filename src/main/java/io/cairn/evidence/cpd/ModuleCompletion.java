package io.cairn.evidence.cpd;

import io.cairn.content.model.Module;
import io.cairn.content.model.Unit;
import io.cairn.content.model.UnitType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a learner has completed a module, by the module's completion rule: every required unit
 * done (all units unless the rule names some). A quiz unit is done when an attempt was submitted,
 * or passed when the rule says quizzes must be passed. Plain Java: no database, no Vert.x.
 */
public final class ModuleCompletion {
  private ModuleCompletion() {}

  /**
   * @param completedAt the latest of the required units' done times and the (first passing, or
   *     first submitted) attempt's submit time; null when not complete
   * @param missing the required unit ids not done yet, in module order
   */
  public record Result(boolean complete, Instant completedAt, List<String> missing) {}

  /**
   * @param doneUnits unit id to the time it was done (unit_progress.done_at not null)
   * @param quizzes quiz id to the learner's outcome on it
   */
  public static Result of(Module module, Map<String, Instant> doneUnits, Map<String, QuizOutcome> quizzes) {
    Module.Completion rule = module.completion() == null ? Module.Completion.DEFAULT : module.completion();
    List<String> missing = new ArrayList<>();
    Instant latest = null;
    int required = 0;
    for (Unit unit : module.units()) {
      if (!rule.requires(unit.id())) {
        continue;
      }
      required++;
      Instant done = doneAt(rule, unit, doneUnits, quizzes);
      if (done == null) {
        missing.add(unit.id());
      } else if (latest == null || done.isAfter(latest)) {
        latest = done;
      }
    }
    boolean complete = required > 0 && missing.isEmpty();
    return new Result(complete, complete ? latest : null, List.copyOf(missing));
  }

  /** Whether a quiz unit counts as done under the rule. */
  public static boolean quizDone(Module.Completion rule, QuizOutcome outcome) {
    return quizDoneAt(rule, outcome) != null;
  }

  private static Instant doneAt(Module.Completion rule, Unit unit, Map<String, Instant> doneUnits,
      Map<String, QuizOutcome> quizzes) {
    if (unit.type() == UnitType.QUIZ) {
      return quizDoneAt(rule, unit.quiz() == null ? null : quizzes.get(unit.quiz()));
    }
    return doneUnits.get(unit.id());
  }

  private static Instant quizDoneAt(Module.Completion rule, QuizOutcome outcome) {
    if (outcome == null) {
      return null;
    }
    return rule.quizzesPassed() ? outcome.firstPassedAt() : outcome.firstSubmittedAt();
  }
}
