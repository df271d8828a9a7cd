package io.cairn.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cairn.errors.InvalidInput;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Question.Scoring;
import io.cairn.quiz.model.Question.ToleranceMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResponseCheckTest {
  static final Map<String, Question> QUESTIONS = Map.of(
      "single", TestQuestions.single("Q1", "A B* C"),
      "multiple", TestQuestions.multiple("Q2", "M1* M2* M3 M4", Scoring.PARTIAL),
      "tf", TestQuestions.trueFalse("Q3", true),
      "matching", TestQuestions.matching("Q4", "1=T 2=P", "T P PS"),
      "ordering", TestQuestions.ordering("Q5", "a b c d", Scoring.PARTIAL),
      "short", TestQuestions.shortText("Q6", List.of("controller"), null, false),
      "numeric", TestQuestions.numeric("Q7", 72, 0),
      "unit", TestQuestions.numeric("Q8", 72, 0, ToleranceMode.ABSOLUTE, "mg", true));

  /**
   * A response written as parts separated by '|': {@code sel:A B}, {@code match:1=T 2=P},
   * {@code order:a b}, {@code text:...}, {@code cert:HIGH}.
   */
  static Response response(String spec) {
    List<String> selected = new ArrayList<>();
    Map<String, String> matches = new LinkedHashMap<>();
    List<String> order = new ArrayList<>();
    String text = null;
    Certainty certainty = null;
    for (String part : spec.split("\\|")) {
      String value = part.substring(part.indexOf(':') + 1);
      if (part.startsWith("sel:")) {
        selected.addAll(List.of(value.split(" ")));
      } else if (part.startsWith("match:")) {
        for (String pair : value.split(" ")) {
          matches.put(pair.split("=", -1)[0], pair.split("=", -1)[1]);
        }
      } else if (part.startsWith("order:")) {
        order.addAll(List.of(value.split(" ")));
      } else if (part.startsWith("text:")) {
        text = value;
      } else if (part.startsWith("cert:")) {
        certainty = Certainty.valueOf(value);
      }
    }
    return new Response(selected, matches, order, text, certainty);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = ';', value = {
      "single;   sel:B",
      "multiple; sel:M1 M2 M3 M4",       // choosing every option is allowed (and scores 0)
      "multiple; sel:M3",
      "tf;       sel:false",
      "matching; match:1=T 2=T",         // a choice may serve several prompts
      "matching; match:2=PS",            // leaving prompts unmatched is allowed
      "ordering; order:d c b a",
      "short;    text:anything at all",
      "short;    text:",                 // empty text on a text question is unanswered
      "single;   sel:B|text:",           // an empty text part is as good as none
      "numeric;  text:72",
      "numeric;  text:72.5",
      "numeric;  text:7.25e1",
      "numeric;  text:-3",
      "numeric;  text:1000",
      "unit;     text:72 mg",
      "unit;     text:mg 72",
      "unit;     text:72MG",
      "unit;     text:72"})                // allowed: scored 0 with "unit missing" feedback
  void acceptedResponses(String question, String spec) {
    assertThatCode(() -> ResponseCheck.check(QUESTIONS.get(question), response(spec), false))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @ValueSource(strings = {"single", "multiple", "tf", "matching", "ordering", "short", "numeric", "unit"})
  void emptyResponsesAreAllowed(String question) {
    assertThatCode(() -> {
      ResponseCheck.check(QUESTIONS.get(question), Response.EMPTY, false);
      ResponseCheck.check(QUESTIONS.get(question), null, false);
      ResponseCheck.check(QUESTIONS.get(question), new Response(null, null, null, "  ", null), false);
    }).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
      "single#   sel:Z#            responses.Q1.selected# Option \"Z\" is not one of this question's options.",
      "single#   sel:M1#           responses.Q1.selected# Option \"M1\" is not one of this question's options.",
      "single#   sel:B B#          responses.Q1.selected# Option \"B\" is sent more than once.",
      "single#   sel:A B#          responses.Q1.selected# Choose one option only; 2 were sent.",
      "single#   sel:A B C#        responses.Q1.selected# Choose one option only; 3 were sent.",
      "multiple# sel:M1 A#         responses.Q2.selected# Option \"A\" is not one of this question's options.",
      "multiple# sel:M1 M2 M1#     responses.Q2.selected# Option \"M1\" is sent more than once.",
      "tf#       sel:yes#          responses.Q3.selected# \"yes\" is not an answer to a true/false question; send \"true\" or \"false\".",
      "tf#       sel:TRUE#         responses.Q3.selected# \"TRUE\" is not an answer to a true/false question; send \"true\" or \"false\".",
      "tf#       sel:true false#   responses.Q3.selected# Send one answer, \"true\" or \"false\"; 2 were sent.",
      "matching# match:9=T#        responses.Q4.matches#  Prompt \"9\" is not one of this question's prompts.",
      "matching# match:1=Z#        responses.Q4.matches#  Choice \"Z\" (for prompt \"1\") is not one of this question's choices.",
      "matching# match:1=#         responses.Q4.matches#  Choice \"\" (for prompt \"1\") is not one of this question's choices.",
      "ordering# order:a b c#      responses.Q5.order#    The order leaves out \"d\"; put every item in order.",
      "ordering# order:a#          responses.Q5.order#    The order leaves out \"b\", \"c\", \"d\"; put every item in order.",
      "ordering# order:a b c d d#  responses.Q5.order#    Item \"d\" is sent more than once.",
      "ordering# order:a b c d e#  responses.Q5.order#    Item \"e\" is not one of this question's items.",
      "numeric#  text:1,000#       responses.Q7.text#     \"1,000\" is not a number we can read. Write digits with an optional minus sign, decimal point and exponent, such as 72, -3, 72.5 or 7.25e1, with no thousands separators; this question takes no unit.",
      "numeric#  text:72,5#        responses.Q7.text#     \"72,5\" is not a number",
      "numeric#  text:seventy#     responses.Q7.text#     \"seventy\" is not a number",
      "numeric#  text:72 mg#       responses.Q7.text#     this question takes no unit.",
      "unit#     text:72 kg#       responses.Q8.text#     any unit must be the one the question asks for.",
      // parts that do not belong to the type: tampered payloads
      "single#   sel:B|match:1=T#  responses.Q1.matches#  Matches cannot be sent for a single_choice question.",
      "single#   sel:B|order:a#    responses.Q1.order#    An order cannot be sent for a single_choice question.",
      "single#   text:B#           responses.Q1.text#     Text cannot be sent for a single_choice question.",
      "matching# sel:T#            responses.Q4.selected# Selected options cannot be sent for a matching question.",
      "ordering# text:a b c d#     responses.Q5.text#     Text cannot be sent for an ordering question.",
      "numeric#  order:a#          responses.Q7.order#    An order cannot be sent for a numeric question.",
      "short#    sel:controller#   responses.Q6.selected# Selected options cannot be sent for a short_text question.",
      "tf#       match:true=true#  responses.Q3.matches#  Matches cannot be sent for a true_false question.",
      // a certainty when the quiz does not use certainty-based marking
      "single#   sel:B|cert:HIGH#  responses.Q1.certainty# This quiz does not use certainty-based marking, so a certainty cannot be given.",
      "single#   cert:LOW#         responses.Q1.certainty# This quiz does not use certainty-based marking"})
  void refusedResponses(String question, String spec, String field, String message) {
    InvalidInput e = catchThrowableOfType(InvalidInput.class,
        () -> ResponseCheck.check(QUESTIONS.get(question), response(spec), false));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).contains(message);
  }

  @Test
  void certaintyIsAcceptedWhenTheQuizUsesCertaintyBasedMarking() {
    assertThatCode(() -> ResponseCheck.check(QUESTIONS.get("single"), response("sel:B|cert:HIGH"), true))
        .doesNotThrowAnyException();
    assertThatCode(() -> ResponseCheck.check(QUESTIONS.get("single"), response("cert:MEDIUM"), true))
        .doesNotThrowAnyException();
  }

  @Test
  void textUpTo2000CharactersIsAccepted() {
    Question q = QUESTIONS.get("short");
    assertThatCode(() -> ResponseCheck.check(q, TestQuestions.text("x".repeat(2000)), false))
        .doesNotThrowAnyException();
    // counted in characters as people see them, not UTF-16 units
    assertThatCode(() -> ResponseCheck.check(q, TestQuestions.text("😀".repeat(2000)), false))
        .doesNotThrowAnyException();
  }

  @Test
  void textLongerThan2000CharactersIsRefused() {
    assertThatThrownBy(() -> ResponseCheck.check(QUESTIONS.get("short"),
        TestQuestions.text("x".repeat(2001)), false))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("The answer is 2,001 characters long; the limit is 2,000.")
        .extracting(e -> ((InvalidInput) e).field()).isEqualTo("responses.Q6.text");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "a\u0007b", "a\uD800b", "\uDC00"})
  void textWithControlOrBrokenCharactersIsRefused(String typed) {
    assertThatThrownBy(() -> ResponseCheck.check(QUESTIONS.get("short"), TestQuestions.text(typed), false))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("control character");
  }

  @Test
  void textWithTabsAndNewlinesIsAccepted() {
    assertThatCode(() -> ResponseCheck.check(QUESTIONS.get("short"),
        TestQuestions.text("line one\r\n\tline two"), false)).doesNotThrowAnyException();
  }

  @Test
  void aHugeTamperedIdIsShortenedInTheMessage() {
    String id = "x".repeat(10_000);
    InvalidInput e = catchThrowableOfType(InvalidInput.class,
        () -> ResponseCheck.check(QUESTIONS.get("single"), TestQuestions.selected(id), false));
    assertThat(e.getMessage()).hasSizeLessThan(120).contains("x".repeat(40) + "…");
  }

  @Test
  void aScenarioHasNoResponseOfItsOwn() {
    Question scenario = new Question.Scenario("S1", "Vignette", null, List.of(QUESTIONS.get("single")));
    assertThatThrownBy(() -> ResponseCheck.check(scenario, Response.EMPTY, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Scorer.score(scenario, Response.EMPTY, false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
