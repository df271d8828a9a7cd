package io.cairn.evidence.map;

import io.cairn.content.model.EvidenceLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the evidence for one competence adds up to, in words that never claim competence from a
 * quiz: only a supervisor's attestation of practice says "attested". Superseded entries are left
 * out; gaps are no evidence, a weak score, or evidence older than the renewal period.
 *
 * @param words the status shown on the map
 * @param gaps why this competence needs attention (empty when it does not)
 */
public record CompetenceStatus(
    String words,
    EvidenceLevel highestLevel,
    Optional<EvidenceEntry> bestKnowledge,
    Optional<EvidenceEntry> latestKnowledge,
    Optional<EvidenceEntry> selfRating,
    List<EvidenceEntry> reflections,
    List<EvidenceEntry> attestations,
    List<String> gaps) {

  /** A quiz score at or above this counts as knowledge evidenced; below it is a weak score. */
  public static final double KNOWLEDGE_THRESHOLD = 70.0;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public boolean isGap() {
    return !gaps.isEmpty();
  }

  public static CompetenceStatus of(List<EvidenceEntry> all, Instant now, Duration renewal) {
    Set<Long> superseded = all.stream().map(EvidenceEntry::supersedes).filter(java.util.Objects::nonNull)
        .collect(Collectors.toSet());
    List<EvidenceEntry> live = all.stream().filter(e -> !superseded.contains(e.id())).toList();
    Comparator<EvidenceEntry> byTime = Comparator.comparing(EvidenceEntry::recordedAt);
    List<EvidenceEntry> knowledge = of(live, EvidenceEntry.Kind.KNOWLEDGE_CHECK);
    Optional<EvidenceEntry> best = knowledge.stream()
        .max(Comparator.comparing(EvidenceEntry::percent).thenComparing(byTime));
    Optional<EvidenceEntry> latest = knowledge.stream().max(byTime);
    Optional<EvidenceEntry> self = of(live, EvidenceEntry.Kind.SELF_ASSESSMENT).stream().max(byTime);
    List<EvidenceEntry> reflections = of(live, EvidenceEntry.Kind.REFLECTION).stream().sorted(byTime.reversed()).toList();
    List<EvidenceEntry> attestations = of(live, EvidenceEntry.Kind.ATTESTATION).stream().sorted(byTime.reversed()).toList();

    Optional<EvidenceEntry> practice = attestations.stream()
        .filter(a -> a.demonstrated() && a.level() == EvidenceLevel.DOES).findFirst();
    Optional<EvidenceEntry> shown = attestations.stream()
        .filter(a -> a.demonstrated() && a.level() == EvidenceLevel.SHOWS_HOW).findFirst();
    boolean knowledgeMet = best.map(b -> b.percent() >= KNOWLEDGE_THRESHOLD).orElse(false);
    Optional<EvidenceEntry> notYet = attestations.stream().findFirst().filter(a -> !a.demonstrated());

    String words;
    EvidenceLevel highest = null;
    if (practice.isPresent()) {
      words = "Practice attested by " + practice.get().attestedBy() + " on " + day(practice.get());
      highest = EvidenceLevel.DOES;
    } else if (shown.isPresent()) {
      words = "Shown in " + basisWords(shown.get().basis()) + ", attested by " + shown.get().attestedBy()
          + " on " + day(shown.get());
      highest = EvidenceLevel.SHOWS_HOW;
    } else if (notYet.isPresent()) {
      words = (knowledgeMet ? "Knowledge evidenced (quiz); practice" : "Practice") + " observed by "
          + notYet.get().attestedBy() + " on " + day(notYet.get()) + ": not yet demonstrated";
      highest = knowledgeMet ? best.get().level() : null;
    } else if (knowledgeMet) {
      words = "Knowledge evidenced (quiz)";
      highest = best.get().level();
    } else if (best.isPresent()) {
      words = "Quiz score below " + (int) KNOWLEDGE_THRESHOLD + "%";
    } else if (!reflections.isEmpty()) {
      words = "Reflection recorded";
    } else if (self.isPresent()) {
      words = "Self-rated only";
    } else {
      words = "No evidence yet";
    }

    List<String> gaps = new ArrayList<>();
    if (notYet.isPresent() && practice.isEmpty() && shown.isEmpty()) {
      gaps.add("Not yet demonstrated in practice");
    } else if (best.isEmpty() && practice.isEmpty() && shown.isEmpty()) {
      gaps.add(reflections.isEmpty() && self.isEmpty() ? "No evidence yet" : "No knowledge check yet");
    } else if (!knowledgeMet && practice.isEmpty() && shown.isEmpty()) {
      gaps.add("Weak quiz score");
    }
    Optional<Instant> newest = live.stream().filter(e -> e.kind() != EvidenceEntry.Kind.SELF_ASSESSMENT)
        .map(EvidenceEntry::recordedAt).max(Comparator.naturalOrder());
    if (newest.isPresent() && Duration.between(newest.get(), now).compareTo(renewal) > 0) {
      gaps.add("Due for renewal");
      words = words + " (due for renewal)";
    }
    return new CompetenceStatus(words, highest, best, latest, self, reflections, attestations, List.copyOf(gaps));
  }

  private static List<EvidenceEntry> of(List<EvidenceEntry> entries, EvidenceEntry.Kind kind) {
    return entries.stream().filter(e -> e.kind() == kind).toList();
  }

  private static String day(EvidenceEntry e) {
    return DAY.format(e.observedOn() != null ? e.observedOn() : e.recordedAt().atZone(ZoneOffset.UTC).toLocalDate());
  }

  static String basisWords(String basis) {
    if (basis == null) {
      return "practice";
    }
    return switch (basis) {
      case "role_play" -> "role-play";
      case "observed_session" -> "an observed session";
      case "recording_review" -> "a recording review";
      case "case_discussion" -> "case discussion";
      default -> "practice";
    };
  }
}
