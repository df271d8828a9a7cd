package io.cairn.evidence.cpd;

import io.cairn.content.Catalog;
import io.cairn.content.model.Framework;
import io.cairn.content.model.Module;
import io.cairn.content.model.Unit;
import io.cairn.evidence.Disclaimer;
import io.cairn.evidence.certificate.VerificationCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Builds a learner's CPD record from the stored rows and the content served now. Plain Java. */
public final class CpdRecords {
  private CpdRecords() {}

  public static CpdRecord build(Catalog catalog, CpdRecord.Learner learner, CpdRepository.Rows rows, Instant now) {
    List<CpdRecord.CompletedModule> completed = completedModules(catalog, rows);
    List<CpdRecord.Reflection> reflections = new ArrayList<>();
    for (CpdRepository.ReflectionRow r : rows.reflections()) {
      Optional<Module> m = catalog.module(r.moduleId()).map(Catalog.ModuleEntry::module);
      reflections.add(new CpdRecord.Reflection(r.moduleId(), m.map(Module::title).orElse(r.moduleId()), r.unitId(),
          m.flatMap(x -> x.unit(r.unitId())).map(Unit::title).orElse(r.unitId()), r.body(), r.savedAt()));
    }
    reflections.sort(Comparator.comparing(CpdRecord.Reflection::savedAt));
    List<CpdRecord.QuizAttempt> attempts = rows.attempts().stream().map(a -> new CpdRecord.QuizAttempt(a.id(),
        a.quizId(), catalog.quiz(a.quizId()).map(q -> q.quiz().title()).orElse(a.quizId()), a.moduleId(), a.number(),
        a.submittedAt(), a.percent(), a.passed())).toList();
    List<CpdRecord.Attestation> attestations = rows.attestations().stream().map(a -> new CpdRecord.Attestation(a.id(),
        a.competenceId(), competenceTitle(catalog, a.frameworkId(), a.competenceId()), a.supervisor(), a.observedOn(),
        a.basis(), a.rating(), a.level(), a.statement())).toList();
    long minutes = completed.stream().mapToLong(CpdRecord.CompletedModule::cpdMinutes).sum()
        + rows.entries().stream().mapToLong(CpdRecord.Entry::minutes).sum();
    return new CpdRecord(Disclaimer.RECORD, learner, now, minutes, CpdRecord.hours(minutes), completed, reflections,
        attempts, attestations, rows.entries());
  }

  /** The modules served now that the learner has completed, in order of completion. */
  public static List<CpdRecord.CompletedModule> completedModules(Catalog catalog, CpdRepository.Rows rows) {
    List<CpdRecord.CompletedModule> completed = new ArrayList<>();
    for (Catalog.ModuleEntry e : catalog.modules()) {
      Module m = e.module();
      ModuleCompletion.Result r = ModuleCompletion.of(m, rows.progress().doneIn(m.id()), rows.progress().quizzes());
      if (r.complete()) {
        String code = rows.certificates().get(m.id());
        completed.add(new CpdRecord.CompletedModule(m.id(), m.title(), e.version(), m.cpdMinutes(), r.completedAt(),
            code == null ? null : VerificationCode.grouped(code)));
      }
    }
    completed.sort(Comparator.comparing(CpdRecord.CompletedModule::completedAt));
    return completed;
  }

  /** The competences a module's units serve, in framework order, with their titles. */
  public static List<Framework.Competence> competencesAddressed(Module module, Framework framework) {
    if (framework == null) {
      return List.of();
    }
    return framework.domains().stream().flatMap(d -> d.competences().stream())
        .filter(c -> module.units().stream().anyMatch(u -> u.competences().contains(c.id())))
        .toList();
  }

  static String competenceTitle(Catalog catalog, String frameworkId, String competenceId) {
    return catalog.framework(frameworkId).flatMap(f -> f.framework().competence(competenceId))
        .map(Framework.Competence::title).orElse(competenceId);
  }
}
