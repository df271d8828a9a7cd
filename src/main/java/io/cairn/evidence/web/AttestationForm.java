package io.cairn.evidence.web;

import io.cairn.content.model.EvidenceLevel;
import io.cairn.errors.InvalidInput;
import io.cairn.evidence.EvidenceRepository;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads a supervisor's attestation form and names the first field that is wrong. */
record AttestationForm(EvidenceLevel level, String basis, LocalDate observedOn, String rating, String statement,
    Long supersedes) {
  static final int MAX_STATEMENT = 4000;

  static AttestationForm parse(String level, String basis, String observedOn, String rating, String statement,
      String supersedes, LocalDate today) {
    EvidenceLevel l = switch (level == null ? "" : level) {
      case "shows_how" -> EvidenceLevel.SHOWS_HOW;
      case "does" -> EvidenceLevel.DOES;
      default -> throw new InvalidInput("level", "Choose what you saw: shown in a simulation or role-play (shows how), "
          + "or done in real practice (does).");
    };
    if (!EvidenceRepository.BASES.contains(basis)) {
      throw new InvalidInput("basis", "Choose the basis: observed session, recording review, case discussion or role-play.");
    }
    LocalDate on;
    try {
      on = LocalDate.parse(observedOn == null ? "" : observedOn.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput("observed_on", "Give the date of the observation as YYYY-MM-DD.");
    }
    if (on.isAfter(today)) {
      throw new InvalidInput("observed_on", "The observation date cannot be in the future.");
    }
    if (on.isBefore(today.minusYears(10))) {
      throw new InvalidInput("observed_on", "The observation date is more than ten years ago.");
    }
    if (!EvidenceRepository.ATTESTATION_RATINGS.contains(rating)) {
      throw new InvalidInput("rating", "Choose a rating: not yet demonstrated, demonstrated, or demonstrated consistently.");
    }
    if (statement == null || statement.isBlank()) {
      throw new InvalidInput("statement", "Write your statement: what you observed and on what you base your judgement.");
    }
    if (statement.length() > MAX_STATEMENT) {
      throw new InvalidInput("statement", "Keep the statement under " + MAX_STATEMENT + " characters.");
    }
    Long replaced = null;
    if (supersedes != null && !supersedes.isBlank()) {
      try {
        replaced = Long.parseLong(supersedes.strip());
      } catch (NumberFormatException e) {
        throw new InvalidInput("supersedes", "Not an evidence id.");
      }
    }
    return new AttestationForm(l, basis, on, rating, statement.strip(), replaced);
  }
}
