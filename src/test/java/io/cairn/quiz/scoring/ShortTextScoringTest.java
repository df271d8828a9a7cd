package io.cairn.quiz.scoring;

import static io.cairn.quiz.scoring.TestQuestions.GENERAL;
import static io.cairn.quiz.scoring.TestQuestions.shortText;
import static io.cairn.quiz.scoring.TestQuestions.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.quiz.model.Question;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShortTextScoringTest {
  static final Question.ShortText CONTROLLER =
      shortText("Q6", List.of("Data controller", "controller"), null, false);

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(delimiter = '|', value = {
      "data controller                  | true",
      "DATA CONTROLLER                  | true",    // case
      "'  Data    controller  '         | true",    // outer and inner spaces
      "'Data\tcontroller\n'              | true",    // tab and newline are white space
      "ｄａｔａ　ｃｏｎｔｒｏｌｌｅｒ   | true",    // NFKC: full-width letters and space
      "Data\u00A0controller             | true",    // no-break space
      "Controller                       | true",    // any accepted answer
      "datacontroller                   | false",
      "data processor                   | false",
      "the data controller              | false"})
  void shortTextIsComparedAfterNormalisingBothSides(String typed, boolean right) {
    QuestionScore s = Scorer.score(CONTROLLER, text(typed), false);
    assertThat(s.correctness()).isEqualTo(right ? Correctness.CORRECT : Correctness.INCORRECT);
    assertThat(s.feedback()).isEqualTo(right ? List.of(GENERAL) : List.of("fb wrong", GENERAL));
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(delimiter = '|', value = {
      "GDPR    | true",
      "'GDPR ' | true",
      "gdpr    | false",
      "Gdpr    | false"})
  void shortTextCaseSensitiveKeepsCase(String typed, boolean right) {
    Question.ShortText q = shortText("Q", List.of("GDPR"), null, true);
    assertThat(Scorer.score(q, text(typed), false).fraction()).isEqualTo(right ? 1 : 0);
  }

  @Test
  void shortTextCaseFoldingHandlesSharpS() {
    Question.ShortText q = shortText("Q", List.of("Straße"), null, false);
    assertThat(Scorer.score(q, text("STRASSE"), false).fraction()).isEqualTo(1);
    assertThat(Scorer.score(q, text("strasse"), false).fraction()).isEqualTo(1);
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Article 6    | true",     // accepted answer
      "art. 6       | true",     // pattern, case-insensitive
      "ART 6        | true",
      "'Art.   6'   | true",     // spaces folded before matching
      "art. 6(1)(f) | false",    // the pattern must match in full
      "article 9    | false"})
  void shortTextIsRightIfItEqualsAnAcceptedAnswerOrMatchesThePattern(String typed, boolean right) {
    Question.ShortText q = shortText("Q", List.of("Article 6"), "art(icle)?\\.? ?6", false);
    assertThat(Scorer.score(q, text(typed), false).fraction()).isEqualTo(right ? 1 : 0);
  }

  @Test
  void shortTextPatternRespectsCaseSensitivity() {
    Question.ShortText q = shortText("Q", List.of(), "[A-Z]{2,5}", true);
    assertThat(Scorer.score(q, text("BACP"), false).fraction()).isEqualTo(1);
    assertThat(Scorer.score(q, text("bacp"), false).fraction()).isZero();
  }

  @Test
  void shortTextOfOnlySpacesIsUnanswered() {
    assertThat(Scorer.score(CONTROLLER, text("   "), false).correctness())
        .isEqualTo(Correctness.UNANSWERED);
  }
}
