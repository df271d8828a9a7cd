package io.cairn.evidence.cpd;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A learner's CPD record as shown on /cpd and exported: completed modules, reflections, quiz
 * evidence, supervisors' attestations and CPD done elsewhere. Field names are the export's.
 */
public record CpdRecord(
    String statement,
    Learner learner,
    Instant generatedAt,
    long totalCpdMinutes,
    double totalCpdHours,
    List<CompletedModule> completedModules,
    List<Reflection> reflections,
    List<QuizAttempt> quizAttempts,
    List<Attestation> attestations,
    List<Entry> cpdEntries) {

  public record Learner(long id, String name, String email) {}

  /** @param certificateCode the live certificate's code, grouped; null when none was issued */
  public record CompletedModule(String moduleId, String title, int version, int cpdMinutes, Instant completedAt,
      String certificateCode) {}

  public record Reflection(String moduleId, String moduleTitle, String unitId, String unitTitle, String text,
      Instant savedAt) {}

  public record QuizAttempt(long attemptId, String quizId, String quizTitle, String moduleId, int attemptNumber,
      Instant submittedAt, double percent, boolean passed) {}

  /** A supervisor's attestation that has not been superseded by a correction. */
  public record Attestation(long evidenceId, String competenceId, String competenceTitle, String supervisor,
      LocalDate observedOn, String basis, String rating, String level, String statement) {}

  /** CPD done elsewhere, as the learner recorded it (withdrawn entries are not part of the record). */
  public record Entry(long id, String title, String provider, LocalDate doneOn, int minutes, String notes,
      List<String> competenceIds, Instant recordedAt) {}

  /** CPD time in hours, to one decimal place. */
  public static double hours(long minutes) {
    return Math.round(minutes / 6.0) / 10.0;
  }
}
