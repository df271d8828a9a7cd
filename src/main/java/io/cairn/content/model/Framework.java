package io.cairn.content.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A versioned competence framework: domains of competences with stable ids. */
public record Framework(
    String id,
    String title,
    String version,
    String publisher,
    String source,
    String status,
    String copyrightNote,
    String methodology,
    Map<String, String> verificationLegend,
    List<Domain> domains) {

  /** Anything but "published" is shown as not the authoritative text. */
  public boolean authoritative() {
    return "published".equalsIgnoreCase(status);
  }

  public Optional<Competence> competence(String competenceId) {
    return domains.stream()
        .flatMap(d -> d.competences().stream())
        .filter(c -> c.id().equals(competenceId))
        .findFirst();
  }

  public Optional<Domain> domainOf(String competenceId) {
    return domains.stream()
        .filter(d -> d.competences().stream().anyMatch(c -> c.id().equals(competenceId)))
        .findFirst();
  }

  public record Domain(String id, String title, boolean titleVerified, String titleNote,
      List<Competence> competences) {}

  public record Competence(String id, String title, String summary, boolean verified, String basis) {}
}
