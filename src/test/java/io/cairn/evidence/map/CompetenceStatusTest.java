package io.cairn.evidence.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.content.model.EvidenceLevel;
import io.cairn.evidence.map.EvidenceEntry.Kind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The map's status words for each combination of evidence: never "competent" from a quiz. */
class CompetenceStatusTest {
  static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
  static final Duration RENEWAL = Duration.ofDays(720);
  static long ids = 1;

  static EvidenceEntry quiz(double percent, EvidenceLevel level, Instant at) {
    return new EvidenceEntry(ids++, Kind.KNOWLEDGE_CHECK, "C", level, percent, null, null, null, null, null,
        10L, List.of("Q1"), null, at);
  }

  static EvidenceEntry self(String rating) {
    return new EvidenceEntry(ids++, Kind.SELF_ASSESSMENT, "C", EvidenceLevel.KNOWS, null, rating, null, null, null,
        null, null, List.of(), null, NOW.minusSeconds(60));
  }

  static EvidenceEntry reflection() {
    return new EvidenceEntry(ids++, Kind.REFLECTION, "C", EvidenceLevel.KNOWS, null, null, "text", null, null, null,
        null, List.of(), null, NOW.minusSeconds(60));
  }

  static EvidenceEntry attestation(EvidenceLevel level, String basis, String rating) {
    return new EvidenceEntry(ids++, Kind.ATTESTATION, "C", level, null, rating, "seen", "Dr Rowe", basis,
        LocalDate.of(2026, 11, 2), null, List.of(), null, NOW.minusSeconds(3600));
  }

  static Arguments row(String words, List<String> gaps, EvidenceEntry... entries) {
    return Arguments.of(words, gaps, List.of(entries));
  }

  static Stream<Arguments> combinations() {
    Instant recent = NOW.minus(Duration.ofDays(3));
    Instant old = NOW.minus(Duration.ofDays(800));
    return Stream.of(
        row("No evidence yet", List.of("No evidence yet")),
        row("Self-rated only", List.of("No knowledge check yet"), self("confident")),
        row("Reflection recorded", List.of("No knowledge check yet"), reflection()),
        row("Quiz score below 70%", List.of("Weak quiz score"), quiz(50, EvidenceLevel.KNOWS, recent)),
        row("Knowledge evidenced (quiz)", List.of(), quiz(70, EvidenceLevel.KNOWS, recent)),
        row("Knowledge evidenced (quiz)", List.of(), quiz(40, EvidenceLevel.KNOWS, recent),
            quiz(100, EvidenceLevel.KNOWS_HOW, recent), self("not_yet")),
        row("Knowledge evidenced (quiz) (due for renewal)", List.of("Due for renewal"),
            quiz(90, EvidenceLevel.KNOWS, old)),
        row("Shown in role-play, attested by Dr Rowe on 2 November 2026", List.of(),
            attestation(EvidenceLevel.SHOWS_HOW, "role_play", "demonstrated")),
        row("Practice attested by Dr Rowe on 2 November 2026", List.of(),
            quiz(30, EvidenceLevel.KNOWS, recent), attestation(EvidenceLevel.DOES, "observed_session", "demonstrated")),
        row("Practice observed by Dr Rowe on 2 November 2026: not yet demonstrated",
            List.of("Not yet demonstrated in practice"), quiz(30, EvidenceLevel.KNOWS, recent),
            attestation(EvidenceLevel.DOES, "observed_session", "not_yet_demonstrated")),
        row("Knowledge evidenced (quiz); practice observed by Dr Rowe on 2 November 2026: not yet demonstrated",
            List.of("Not yet demonstrated in practice"), quiz(80, EvidenceLevel.KNOWS, recent),
            attestation(EvidenceLevel.DOES, "observed_session", "not_yet_demonstrated")),
        row("No evidence yet", List.of("No evidence yet")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("combinations")
  void statusWordsForEachCombinationOfEvidence(String words, List<String> gaps, List<EvidenceEntry> entries) {
    CompetenceStatus s = CompetenceStatus.of(entries, NOW, RENEWAL);
    assertThat(s.words()).isEqualTo(words);
    assertThat(s.gaps()).isEqualTo(gaps);
    assertThat(s.words().toLowerCase()).doesNotContain("competent");
  }

  @org.junit.jupiter.api.Test
  void aSupersededAttestationNoLongerCounts() {
    EvidenceEntry first = attestation(EvidenceLevel.DOES, "observed_session", "demonstrated");
    EvidenceEntry correction = new EvidenceEntry(ids++, Kind.ATTESTATION, "C", EvidenceLevel.DOES, null,
        "not_yet_demonstrated", "on reflection, not yet", "Dr Rowe", "observed_session", LocalDate.of(2026, 11, 3),
        null, List.of(), first.id(), NOW);
    List<EvidenceEntry> entries = new ArrayList<>(List.of(first, correction));
    CompetenceStatus s = CompetenceStatus.of(entries, NOW, RENEWAL);
    assertThat(s.words()).isEqualTo("Practice observed by Dr Rowe on 3 November 2026: not yet demonstrated");
    assertThat(s.attestations()).containsExactly(correction);
  }
}
