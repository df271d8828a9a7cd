package io.cairn.quiz.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.cairn.content.model.EvidenceLevel;
import java.util.List;

/** A question of one of the eight types. Scenario holds sub-questions of the other seven. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Question.SingleChoice.class, name = "single_choice"),
    @JsonSubTypes.Type(value = Question.MultipleResponse.class, name = "multiple_response"),
    @JsonSubTypes.Type(value = Question.TrueFalse.class, name = "true_false"),
    @JsonSubTypes.Type(value = Question.Matching.class, name = "matching"),
    @JsonSubTypes.Type(value = Question.Ordering.class, name = "ordering"),
    @JsonSubTypes.Type(value = Question.ShortText.class, name = "short_text"),
    @JsonSubTypes.Type(value = Question.Numeric.class, name = "numeric"),
    @JsonSubTypes.Type(value = Question.Scenario.class, name = "scenario")
})
public sealed interface Question {
  String id();

  String stem();

  double points();

  List<String> competences();

  EvidenceLevel evidenceLevel();

  /** General feedback, shown whatever was answered. */
  String feedback();

  @JsonIgnore
  default QuestionType type() {
    return QuestionType.of(this);
  }

  record Option(String id, String text, boolean correct, String feedback) {}

  record MatchPrompt(String id, String text, String match) {}

  record Choice(String id, String text) {}

  record Item(String id, String text) {}

  enum Scoring implements QuizSettings.Coded { PARTIAL, ALL_OR_NOTHING }

  enum ToleranceMode implements QuizSettings.Coded { ABSOLUTE, RELATIVE }

  record SingleChoice(String id, String stem, double points, List<String> competences,
      EvidenceLevel evidenceLevel, String feedback, List<Option> options) implements Question {}

  record MultipleResponse(String id, String stem, double points, List<String> competences,
      EvidenceLevel evidenceLevel, String feedback, List<Option> options, Scoring scoring)
      implements Question {}

  record TrueFalse(String id, String stem, double points, List<String> competences,
      EvidenceLevel evidenceLevel, String feedback, boolean answer, String trueFeedback,
      String falseFeedback) implements Question {}

  record Matching(String id, String stem, double points, List<String> competences,
      EvidenceLevel evidenceLevel, String feedback, List<MatchPrompt> prompts, List<Choice> choices)
      implements Question {}

  record Ordering(String id, String stem, double points, List<String> competences,
      EvidenceLevel evidenceLevel, String feedback, List<Item> items, Scoring scoring)
      implements Question {}

  record ShortText(String id, String stem, double points, List<String> competences,
      EvidenceLevel evidenceLevel, String feedback, List<String> accept, String pattern,
      boolean caseSensitive, String wrongFeedback) implements Question {}

  record Numeric(String id, String stem, double points, List<String> competences,
      EvidenceLevel evidenceLevel, String feedback, double answer, double tolerance,
      ToleranceMode toleranceMode, String unit, boolean unitRequired, String wrongFeedback)
      implements Question {}

  /**
   * A case vignette with linked sub-questions, each scored on its own. Its points and competences
   * are those of its sub-questions.
   */
  record Scenario(String id, String vignette, String feedback, List<Question> questions)
      implements Question {
    @Override
    public String stem() {
      return vignette;
    }

    @Override
    @JsonIgnore
    public double points() {
      return questions.stream().mapToDouble(Question::points).sum();
    }

    @Override
    @JsonIgnore
    public List<String> competences() {
      return questions.stream().flatMap(q -> q.competences().stream()).distinct().toList();
    }

    @Override
    @JsonIgnore
    public EvidenceLevel evidenceLevel() {
      return EvidenceLevel.KNOWS_HOW;
    }
  }
}
