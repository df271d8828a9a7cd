package io.cairn.authoring.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.authoring.interchange.ImportProblem.Severity;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A realistic GIFT file written by a Moodle user imports with the expected questions and reports. */
class GiftMoodleSampleTest {
  static ImportResult result;
  static Quiz quiz;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = GiftMoodleSampleTest.class.getResourceAsStream("/interchange/moodle-sample.gift")) {
      result = InterchangeService.importFile("Risk bank.gift", in.readAllBytes(), java.util.Set.of());
    }
    quiz = result.quiz();
  }

  static Question q(String id) {
    return quiz.question(id).orElseThrow(() -> new AssertionError("no question " + id + " in " + ids()));
  }

  static List<String> ids() {
    return quiz.questions().stream().map(Question::id).toList();
  }

  static List<String> at(int line) {
    return result.problems().stream().filter(p -> p.line() == line).map(p -> p.severity() + " " + p.message()).toList();
  }

  @Test
  void theQuizTakesItsIdFromTheFileNameAndItsTitleFromTheCategory() {
    assertThat(quiz.id()).isEqualTo("risk-bank");
    assertThat(quiz.title()).isEqualTo("Risk");
    assertThat(at(3)).singleElement().asString().startsWith("NOTE category");
  }

  @Test
  void everySupportedQuestionImports() {
    assertThat(ids()).containsExactly("Q1", "Q-breach", "Q2", "Q3", "Q4", "Escapes", "Matching", "Q5", "Q6", "Q7",
        "Q8", "Q9");
  }

  @Test
  void singleChoiceWithFeedbackGeneralFeedbackAndCompetences() {
    Question.SingleChoice sc = (Question.SingleChoice) q("Q1");
    assertThat(sc.stem()).isEqualTo("What should you agree with a client before the first video session?");
    assertThat(sc.competences()).containsExactly("OPT-6.2");
    assertThat(sc.options()).extracting(Question.Option::id).containsExactly("A", "B", "C");
    assertThat(sc.options().get(0).correct()).isTrue();
    assertThat(sc.options().get(0).feedback()).isEqualTo("Yes: a backup number or channel.");
    assertThat(sc.feedback()).isEqualTo("Contracting for disconnection is core to safe remote practice.");
    assertThat(at(6)).anyMatch(m -> m.contains("\"Backup plan\" is not a question id"));
  }

  @Test
  void multiLineQuestionWithWeightsThatMatchCairnsRule() {
    Question.MultipleResponse mr = (Question.MultipleResponse) q("Q-breach");
    assertThat(mr.stem()).isEqualTo("Which steps belong in a **data breach** response?\nSelect all that apply.");
    assertThat(mr.options()).extracting(Question.Option::correct).containsExactly(true, true, false);
    assertThat(mr.competences()).containsExactly("OPT-4.4", "OPT-4.1");
    assertThat(at(14)).isEmpty();
  }

  @Test
  void weightsThatDoNotMapExactlyAreReported() {
    Question.MultipleResponse mr = (Question.MultipleResponse) q("Q2");
    assertThat(mr.options()).extracting(Question.Option::correct).containsExactly(true, true, true, false);
    assertThat(at(23)).anyMatch(m -> m.startsWith("WARNING partial-credit weights do not map exactly")
        && m.contains("\"Legitimate interests\" %0% (Cairn: %-100%)"));
  }

  @Test
  void trueFalseInEveryFormWithFeedback() {
    Question.TrueFalse f = (Question.TrueFalse) q("Q3");
    assertThat(f.answer()).isFalse();
    assertThat(f.trueFeedback()).isEqualTo("Usually it is not.");
    assertThat(f.falseFeedback()).isEqualTo("Right: usually it is not.");
    assertThat(((Question.TrueFalse) q("Q4")).answer()).isTrue();
  }

  @Test
  void escapedCharactersAndTitles() {
    assertThat(q("Escapes").stem()).isEqualTo("Which character starts a GIFT comment: \\/\\/ or #? Also escaped: ~ = { }.");
    assertThat(((Question.SingleChoice) q("Escapes")).options().get(1).text()).isEqualTo("A hash # sign");
  }

  @Test
  void htmlIsConvertedToMarkdownAndScriptsLeftOutAndReported() {
    Question.Matching m = (Question.Matching) q("Matching");
    assertThat(m.stem()).isEqualTo("Match each **medium** to what it carries.");
    assertThat(m.prompts()).extracting(Question.MatchPrompt::match).containsExactly("a", "b", "a");
    assertThat(m.choices()).extracting(Question.Choice::text)
        .containsExactly("Voice only", "Delayed writing", "Faces on screen");
    assertThat(at(39)).anyMatch(s -> s.contains("[html] text converted to markdown") && s.contains("scripts"));
  }

  @Test
  void shortAnswerKeepsFullCreditAnswersAndReportsPartialOnes() {
    Question.ShortText st = (Question.ShortText) q("Q5");
    assertThat(st.accept()).containsExactly("ICO", "Information Commissioner's Office");
    assertThat(st.feedback()).isEqualTo("It is the ICO.");
    assertThat(at(47)).anyMatch(s -> s.contains("\"The Commissioner\" with weight %50% is left out"));
  }

  @Test
  void numericToleranceRangeAndPartialAnswers() {
    Question.Numeric tol = (Question.Numeric) q("Q6");
    assertThat(tol.answer()).isEqualTo(72);
    assertThat(tol.tolerance()).isZero();
    Question.Numeric range = (Question.Numeric) q("Q7");
    assertThat(range.answer()).isEqualTo(3);
    assertThat(range.tolerance()).isEqualTo(2);
    Question.Numeric partial = (Question.Numeric) q("Q8");
    assertThat(partial.answer()).isEqualTo(60);
    assertThat(at(55)).anyMatch(s -> s.contains("60:5 (%50%) is left out"));
  }

  @Test
  void missingWordFormatKeepsTheTextBeforeAndAfter() {
    Question.SingleChoice sc = (Question.SingleChoice) q("Q9");
    assertThat(sc.stem()).isEqualTo("The _____ line is for urgent but not life-threatening health concerns in England.");
    assertThat(sc.options()).filteredOn(Question.Option::correct).extracting(Question.Option::text).containsExactly("NHS 111");
  }

  @Test
  void unsupportedAndMalformedQuestionsAreReportedWithTheirLines() {
    Map<Integer, String> errors = result.errors().stream()
        .collect(Collectors.toMap(ImportProblem::line, ImportProblem::message));
    assertThat(errors.get(60)).contains("essay");
    assertThat(errors.get(62)).contains("description");
    assertThat(errors.get(64)).contains("no closing }");
    assertThat(errors.get(68)).contains("2 answers are marked =");
    assertThat(errors.get(70)).contains("\"MAYBE\" is not an answer");
    assertThat(errors.get(72)).contains("the weight %abc% is not a number");
    assertThat(errors).hasSize(6);
  }

  @Test
  void questionsWithoutCompetencesAreReportedForLinkingBeforePublishing() {
    List<String> unlinked = result.problems().stream()
        .filter(p -> p.severity() == Severity.WARNING && p.message().startsWith("no competences"))
        .map(ImportProblem::questionId).toList();
    assertThat(unlinked).containsExactly("Q3", "Escapes", "Matching", "Q6", "Q7", "Q8", "Q9");
  }
}
