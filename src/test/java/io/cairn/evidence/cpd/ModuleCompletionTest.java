package io.cairn.evidence.cpd;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.content.model.Module;
import io.cairn.content.model.Unit;
import io.cairn.content.model.UnitType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The completion rule, table-driven: which units are required, what counts as a quiz done, and the date. */
class ModuleCompletionTest {
  static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
  static final Instant T2 = Instant.parse("2026-03-02T10:00:00Z");
  static final Instant T3 = Instant.parse("2026-03-03T10:00:00Z");
  static final Instant T4 = Instant.parse("2026-03-04T10:00:00Z");

  static final List<Unit> UNITS = List.of(unit("film", UnitType.FILM, null), unit("read", UnitType.READING, null),
      unit("reflect", UnitType.REFLECTION, null), unit("quiz", UnitType.QUIZ, "q1"));

  static Unit unit(String id, UnitType type, String quiz) {
    return new Unit(id, type, id, 5, List.of(), null, null, 0, null, List.of(), null, null, quiz);
  }

  static Module module(List<String> required, boolean quizzesPassed, List<Unit> units) {
    return new Module("m", "M", "", "", 60, "f", new Module.Completion(required, quizzesPassed), units);
  }

  static Map<String, Instant> done(Object... pairs) {
    Map<String, Instant> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (Instant) pairs[i + 1]);
    }
    return m;
  }

  static final Map<String, Instant> ALL_UNITS = done("film", T1, "read", T2, "reflect", T1);
  static final QuizOutcome PASSED_AT_T3 = new QuizOutcome(T1, T3, false);
  static final QuizOutcome FAILED_AT_T2 = new QuizOutcome(T2, null, false);
  static final QuizOutcome OPEN = new QuizOutcome(null, null, true);

  static Stream<Arguments> rules() {
    return Stream.of(
        // name, required units, quizzes passed, units done, quiz outcome, complete, completed at, missing
        Arguments.of("every unit done and quiz passed", List.of(), true, ALL_UNITS, PASSED_AT_T3, true, T3, List.of()),
        Arguments.of("date is the latest unit when it is after the pass", List.of(), true,
            done("film", T1, "read", T4, "reflect", T1), PASSED_AT_T3, true, T4, List.of()),
        Arguments.of("quiz submitted but not passed", List.of(), true, ALL_UNITS, FAILED_AT_T2, false, null, List.of("quiz")),
        Arguments.of("quiz only in progress", List.of(), true, ALL_UNITS, OPEN, false, null, List.of("quiz")),
        Arguments.of("quiz never started", List.of(), true, ALL_UNITS, null, false, null, List.of("quiz")),
        Arguments.of("submitting is enough when passing is not required", List.of(), false, ALL_UNITS, FAILED_AT_T2,
            true, T2, List.of()),
        Arguments.of("without passing, the first submit dates the quiz", List.of(), false,
            done("film", T1, "read", T1, "reflect", T1), new QuizOutcome(T2, T3, false), true, T2, List.of()),
        Arguments.of("a unit not done", List.of(), true, done("film", T1, "reflect", T1), PASSED_AT_T3, false, null,
            List.of("read")),
        Arguments.of("nothing done", List.of(), true, Map.of(), null, false, null, List.of("film", "read", "reflect", "quiz")),
        Arguments.of("only the named units count", List.of("film", "quiz"), true, done("film", T1), PASSED_AT_T3,
            true, T3, List.of()),
        Arguments.of("a named unit missing", List.of("read", "quiz"), true, done("film", T1), PASSED_AT_T3, false, null,
            List.of("read")),
        Arguments.of("a quiz not named is not required", List.of("film", "read"), true, done("film", T1, "read", T2),
            null, true, T2, List.of()),
        Arguments.of("a named quiz must still pass", List.of("quiz"), true, Map.of(), FAILED_AT_T2, false, null,
            List.of("quiz")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void appliesTheCompletionRule(String name, List<String> required, boolean quizzesPassed, Map<String, Instant> units,
      QuizOutcome quiz, boolean complete, Instant completedAt, List<String> missing) {
    Map<String, QuizOutcome> quizzes = quiz == null ? Map.of() : Map.of("q1", quiz);
    ModuleCompletion.Result r = ModuleCompletion.of(module(required, quizzesPassed, UNITS), units, quizzes);
    assertThat(r.complete()).isEqualTo(complete);
    assertThat(r.completedAt()).isEqualTo(completedAt);
    assertThat(r.missing()).containsExactlyElementsOf(missing);
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(QuizOutcome.NONE, "Not started"),
        Arguments.of(OPEN, "In progress"),
        Arguments.of(new QuizOutcome(T2, null, true), "Not passed yet"),
        Arguments.of(FAILED_AT_T2, "Not passed yet"),
        Arguments.of(new QuizOutcome(T1, T3, true), "Passed"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("statuses")
  void namesAQuizUnitsStatusFromItsAttempts(QuizOutcome outcome, String words) {
    assertThat(outcome.status()).isEqualTo(words);
  }

  @ParameterizedTest(name = "empty module, quizzes passed = {0}")
  @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
  void aModuleWithNothingToDoIsNeverComplete(boolean quizzesPassed) {
    assertThat(ModuleCompletion.of(module(List.of(), quizzesPassed, List.of()), Map.of(), Map.of()).complete()).isFalse();
  }
}
