package io.cairn.authoring.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import io.cairn.quiz.model.QuizSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Export then import gives an equal quiz, for what each format expresses (see {@link Expressible}). */
class RoundTripTest {

  static Stream<Arguments> everyQuestion() {
    List<Arguments> args = new ArrayList<>();
    Samples.all().forEach(q -> args.add(Arguments.of(q.type().code() + " " + q.id(), q)));
    Samples.notForGift().forEach(q -> args.add(Arguments.of(q.type().code() + " " + q.id(), q)));
    args.add(Arguments.of("scenario SCN", Samples.scenario()));
    return args.stream();
  }

  @ParameterizedTest(name = "GIFT: {0}")
  @MethodSource("everyQuestion")
  void giftRoundTrip(String name, Question q) {
    Quiz quiz = Samples.quiz(List.of(q));
    ExportResult exported = InterchangeService.exportGift(quiz);
    ImportResult back = InterchangeService.importGift(exported.bytes(), "other-id");
    assertThat(back.quiz()).as(new String(exported.bytes(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(Expressible.gift(quiz));
    assertThat(back.problems()).noneMatch(p -> p.severity() == ImportProblem.Severity.WARNING);
    boolean lossy = !Expressible.gift(quiz).equals(new Quiz(quiz.id(), quiz.title(), null, QuizSettings.DEFAULTS,
        quiz.questions()));
    if (lossy) {
      assertThat(exported.notes()).as("what GIFT loses is reported").isNotEmpty();
    }
  }

  @ParameterizedTest(name = "QTI: {0}")
  @MethodSource("everyQuestion")
  void qtiRoundTrip(String name, Question q) {
    Quiz quiz = Samples.quiz(List.of(q));
    ExportResult exported = InterchangeService.exportQti(quiz);
    ImportResult back = InterchangeService.importQti(exported.bytes(), "other-id");
    assertThat(back.problems()).noneMatch(p -> p.severity() != ImportProblem.Severity.NOTE);
    assertThat(back.quiz()).isEqualTo(Expressible.qti(quiz));
  }

  @Test
  void theWholeSampleQuizWithSettingsRoundTripsThroughBothFormats() {
    List<Question> all = new ArrayList<>(Samples.all());
    all.addAll(Samples.notForGift());
    all.add(Samples.scenario());
    QuizSettings s = QuizSettings.DEFAULTS;
    Quiz quiz = new Quiz("sample-quiz", "Sample quiz", "An *intro*.", new QuizSettings(60, 25, 3, s.grading(), true,
        true, QuizSettings.Layout.ONE_PER_PAGE, s.feedback(), null, s.review(), false, List.of()), all);
    assertThat(InterchangeService.importQti(InterchangeService.exportQti(quiz).bytes(), null).quiz())
        .isEqualTo(Expressible.qti(quiz));
    assertThat(InterchangeService.importGift(InterchangeService.exportGift(quiz).bytes(), null).quiz())
        .isEqualTo(Expressible.gift(quiz));
  }

  @Test
  void theThreeSeedQuizzesRoundTripThroughQti() {
    List<Quiz> seeds = Samples.seedQuizzes();
    assertThat(seeds).hasSize(3);
    for (Quiz quiz : seeds) {
      ExportResult exported = InterchangeService.exportQti(quiz);
      ImportResult back = InterchangeService.importQti(exported.bytes(), null);
      assertThat(back.errors()).as(quiz.id()).isEmpty();
      assertThat(back.quiz()).as(quiz.id()).isEqualTo(Expressible.qti(quiz));
    }
  }

  @Test
  void theSeedQuizzesRoundTripThroughGiftForWhatGiftExpresses() {
    for (Quiz quiz : Samples.seedQuizzes()) {
      ExportResult exported = InterchangeService.exportGift(quiz);
      ImportResult back = InterchangeService.importGift(exported.bytes(), null);
      assertThat(back.errors()).as(quiz.id()).isEmpty();
      assertThat(back.quiz()).as(quiz.id()).isEqualTo(Expressible.gift(quiz));
      assertThat(exported.notes()).as("ordering questions are reported, not dropped silently")
          .anyMatch(n -> n.message().contains("no ordering"));
    }
  }
}
