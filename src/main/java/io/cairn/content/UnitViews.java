package io.cairn.content;

import io.cairn.content.model.Framework;
import io.cairn.content.model.Module;
import io.cairn.content.model.Unit;
import io.cairn.content.model.UnitType;
import io.cairn.content.progress.ProgressRepository;
import io.cairn.content.progress.UnitProgress;
import io.cairn.evidence.cpd.ModuleCompletion;
import io.cairn.evidence.cpd.QuizOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** View models for module and unit pages: plain maps that templates can read. */
final class UnitViews {
  private UnitViews() {}

  static String typeLabel(UnitType t) {
    return switch (t) {
      case FILM -> "Film";
      case AUDIO -> "Audio";
      case READING -> "Reading";
      case ACTIVITY -> "Activity";
      case REFLECTION -> "Reflection";
      case QUIZ -> "Quiz";
    };
  }

  static List<Map<String, Object>> competences(List<String> ids, Framework framework) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (String id : ids) {
      Optional<Framework.Competence> c = framework == null ? Optional.empty() : framework.competence(id);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", id);
      m.put("title", c.map(Framework.Competence::title).orElse(id));
      m.put("verified", c.map(Framework.Competence::verified).orElse(false));
      m.put("href", framework == null ? "/frameworks" : "/frameworks/" + framework.id() + "#" + id);
      list.add(m);
    }
    return list;
  }

  /** The domains a module's units serve, in framework order. */
  static List<Framework.Domain> domains(Module module, Framework framework) {
    if (framework == null) {
      return List.of();
    }
    return framework.domains().stream()
        .filter(d -> module.units().stream().flatMap(u -> u.competences().stream())
            .anyMatch(id -> d.competences().stream().anyMatch(c -> c.id().equals(id))))
        .toList();
  }

  /** One row of the module page's unit list, without attempt outcomes (previous and next links). */
  static Map<String, Object> row(Module module, int index, Unit unit, UnitProgress progress, Framework framework) {
    return row(module, index, unit, progress, null, framework);
  }

  /**
   * One row of the module page's unit list. A quiz unit's status comes from its attempts; it is
   * done as the module's completion rule counts it (submitted, or passed when quizzes must pass).
   */
  static Map<String, Object> row(Module module, int index, Unit unit, UnitProgress progress, QuizOutcome quiz,
      Framework framework) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("number", index + 1);
    m.put("id", unit.id());
    m.put("title", unit.title());
    m.put("type", unit.type().code());
    m.put("typeLabel", typeLabel(unit.type()));
    m.put("minutes", unit.minutes());
    m.put("href", "/modules/" + module.id() + "/units/" + unit.id());
    m.put("competences", competences(unit.competences(), framework));
    if (unit.type() == UnitType.QUIZ) {
      QuizOutcome outcome = quiz == null ? QuizOutcome.NONE : quiz;
      Module.Completion rule = module.completion() == null ? Module.Completion.DEFAULT : module.completion();
      m.put("status", outcome.status());
      m.put("done", ModuleCompletion.quizDone(rule, outcome));
    } else {
      m.put("status", status(unit, progress));
      m.put("done", progress != null && progress.done());
    }
    return m;
  }

  /** Units done in the module, quiz units counted as the completion rule counts them (as on the module page). */
  static long doneCount(Module module, ProgressRepository.LearnerProgress learner) {
    Module.Completion rule = module.completion() == null ? Module.Completion.DEFAULT : module.completion();
    Map<String, java.time.Instant> done = learner.doneIn(module.id());
    return module.units().stream().filter(u -> u.type() == UnitType.QUIZ
        ? u.quiz() != null && ModuleCompletion.quizDone(rule, learner.quizzes().getOrDefault(u.quiz(), QuizOutcome.NONE))
        : done.containsKey(u.id())).count();
  }

  static String status(Unit unit, UnitProgress p) {
    if (p == null) {
      return "Not started";
    }
    if (p.done()) {
      return "Done";
    }
    Integer played = p.playedPercent();
    if (unit.type().isMedia() && played != null) {
      return played + "% " + (unit.type() == UnitType.FILM ? "watched" : "heard");
    }
    return "Opened";
  }
}
