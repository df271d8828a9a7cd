package io.cairn.authoring.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.authoring.AuthoringModels;
import io.cairn.content.files.ContentReader;
import io.cairn.content.files.ContentSet;
import io.cairn.content.files.DraftReader;
import io.cairn.content.files.ModuleBundle;
import io.cairn.content.files.ModuleWriter;
import io.cairn.content.files.QuizWriter;
import io.cairn.content.model.Framework;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import io.cairn.quiz.model.QuizSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** read(write(x)) equals x: for every question type and setting, and for the seed content. */
class WriterRoundTripTest {
  static final Set<String> COMPETENCES = Set.of("C-1.1", "C-2.1");
  static final ContentSet SEED = new ContentReader(Path.of("quizzes"), Path.of("webroot")).read();

  static Quiz roundTrip(Quiz q, Set<String> competences) {
    String yaml = QuizWriter.write(q);
    DraftReader.Reading<Quiz> read = DraftReader.quiz("quiz.yaml", yaml, competences, null);
    assertThat(read.problems()).as("problems reading back:\n%s", yaml).isEmpty();
    return read.value().orElseThrow();
  }

  static Stream<Question> everyType() {
    return AuthoringModels.everyType().stream();
  }

  @ParameterizedTest
  @MethodSource("everyType")
  void eachQuestionTypeReadsBackEqual(Question q) {
    Quiz quiz = new Quiz("one-question", "One", null, QuizSettings.DEFAULTS, List.of(q));
    assertThat(roundTrip(quiz, COMPETENCES)).isEqualTo(quiz);
  }

  @Test
  void everySettingReadsBackEqual() {
    Quiz quiz = AuthoringModels.everyTypeQuiz("every-type");
    assertThat(roundTrip(quiz, COMPETENCES)).isEqualTo(quiz);
  }

  @Test
  void defaultsReadBackEqual() {
    Quiz quiz = new Quiz("defaults", "Defaults", null, QuizSettings.DEFAULTS, List.of(AuthoringModels.single("Q1")));
    assertThat(roundTrip(quiz, COMPETENCES)).isEqualTo(quiz);
  }

  @Test
  void keysComeInTheDocumentedOrderAndLongTextIsBlockStyle() {
    String yaml = QuizWriter.write(AuthoringModels.everyTypeQuiz("every-type"));
    assertThat(yaml).startsWith("id: every-type\ntitle: 'Every type: a quiz'\nintro: |");
    assertThat(yaml.indexOf("settings:")).isLessThan(yaml.indexOf("questions:"));
    assertThat(yaml).contains("  pass_mark_percent: 65\n  time_limit_minutes: 25\n  attempts_allowed: 3\n");
    assertThat(yaml).contains("competences: [C-1.1, C-2.1]");
    assertThat(yaml).contains("stem: |-\n      Which **one**?");
    assertThat(yaml).contains("id: '1'"); // a matching prompt id that looks like a number stays text
    assertThat(QuizWriter.write(AuthoringModels.everyTypeQuiz("every-type"))).isEqualTo(yaml); // deterministic
  }

  static Stream<Quiz> seedQuizzes() {
    return SEED.modules().stream().flatMap(b -> b.quizzes().stream());
  }

  @ParameterizedTest
  @MethodSource("seedQuizzes")
  void seedQuizzesReadBackEqual(Quiz q) {
    assertThat(SEED.problems()).isEmpty();
    assertThat(roundTrip(q, competences(SEED.frameworks().get(0)))).isEqualTo(q);
  }

  static Stream<ModuleBundle> seedModules() {
    return SEED.modules().stream();
  }

  @ParameterizedTest
  @MethodSource("seedModules")
  void seedModulesReadBackEqualWithTheirMarkdown(ModuleBundle b) {
    ModuleWriter.ModuleFiles files = ModuleWriter.write(b.module());
    Map<String, Set<String>> frameworks = new HashMap<>();
    SEED.frameworks().forEach(f -> frameworks.put(f.id(), competences(f)));
    Set<String> quizIds = b.quizzes().stream().map(Quiz::id).collect(Collectors.toSet());
    var read = DraftReader.module("module.yaml", files.moduleYaml(), files.markdown(), Path.of("webroot"),
        frameworks, quizIds);
    assertThat(read.problems()).as("problems reading back:\n%s", files.moduleYaml()).isEmpty();
    assertThat(read.value()).contains(b.module());
  }

  static Set<String> competences(Framework f) {
    return f.domains().stream().flatMap(d -> d.competences().stream()).map(Framework.Competence::id)
        .collect(Collectors.toSet());
  }
}
