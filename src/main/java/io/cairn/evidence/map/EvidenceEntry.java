package io.cairn.evidence.map;

import io.cairn.content.model.EvidenceLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of the evidence ledger as the competence map reads it.
 *
 * @param percent knowledge checks: the score on the items linked to the competence
 * @param rating self-assessment: not_yet | developing | confident; attestation: not_yet_demonstrated |
 *     demonstrated | demonstrated_consistently
 * @param attestedBy attestations: the supervisor's name
 */
public record EvidenceEntry(
    long id,
    Kind kind,
    String competenceId,
    EvidenceLevel level,
    Double percent,
    String rating,
    String note,
    String attestedBy,
    String basis,
    LocalDate observedOn,
    Long attemptId,
    List<String> itemIds,
    Long supersedes,
    Instant recordedAt) {

  public enum Kind { KNOWLEDGE_CHECK, SELF_ASSESSMENT, REFLECTION, ATTESTATION }

  public boolean demonstrated() {
    return kind == Kind.ATTESTATION && rating != null && rating.startsWith("demonstrated");
  }
}
