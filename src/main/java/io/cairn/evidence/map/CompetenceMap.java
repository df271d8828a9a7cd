package io.cairn.evidence.map;

import io.cairn.content.model.Framework;
import io.cairn.content.model.Module;
import io.cairn.content.model.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A learner's map against one framework: every domain and competence with its status, and for
 * each gap the modules whose units serve that competence.
 */
public record CompetenceMap(Framework framework, List<DomainRow> domains) {

  public record DomainRow(Framework.Domain domain, List<CompetenceRow> competences) {
    public long gapCount() {
      return competences.stream().filter(c -> c.status().isGap()).count();
    }
  }

  public record CompetenceRow(Framework.Competence competence, CompetenceStatus status, List<ModuleLink> modules) {}

  public record ModuleLink(String id, String title) {}

  public static CompetenceMap of(Framework framework, List<EvidenceEntry> entries, List<Module> modules,
      Instant now, Duration renewal) {
    Map<String, List<EvidenceEntry>> byCompetence = entries.stream()
        .collect(Collectors.groupingBy(EvidenceEntry::competenceId));
    List<DomainRow> domains = new ArrayList<>();
    for (Framework.Domain d : framework.domains()) {
      List<CompetenceRow> rows = new ArrayList<>();
      for (Framework.Competence c : d.competences()) {
        CompetenceStatus status = CompetenceStatus.of(byCompetence.getOrDefault(c.id(), List.of()), now, renewal);
        rows.add(new CompetenceRow(c, status, status.isGap() ? modulesServing(c.id(), framework, modules) : List.of()));
      }
      domains.add(new DomainRow(d, rows));
    }
    return new CompetenceMap(framework, domains);
  }

  /** The modules with a unit that serves the competence. */
  public static List<ModuleLink> modulesServing(String competenceId, Framework framework, List<Module> modules) {
    return modules.stream()
        .filter(m -> framework.id().equals(m.framework()))
        .filter(m -> m.units().stream().map(Unit::competences).anyMatch(cs -> cs.contains(competenceId)))
        .map(m -> new ModuleLink(m.id(), m.title()))
        .toList();
  }
}
