package io.cairn.authoring;

import io.cairn.content.model.EvidenceLevel;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Question.Choice;
import io.cairn.quiz.model.Question.Item;
import io.cairn.quiz.model.Question.MatchPrompt;
import io.cairn.quiz.model.Question.Option;
import io.cairn.quiz.model.Question.Scoring;
import io.cairn.quiz.model.Question.ToleranceMode;
import io.cairn.quiz.model.Quiz;
import io.cairn.quiz.model.QuizSettings;
import java.time.Instant;
import java.util.List;

/** Quizzes built in code with every question type and setting, for the authoring tests. */
public final class AuthoringModels {
  public static final List<String> C = List.of("C-1.1");

  private AuthoringModels() {}

  public static Question single(String id) {
    return new Question.SingleChoice(id, "Which **one**?\n\nPick it.", 2, List.of("C-1.1", "C-2.1"), EvidenceLevel.KNOWS,
        "General feedback", List.of(new Option("A", "Right: yes", true, "Well done"), new Option("B", "true", false, null)));
  }

  public static List<Question> everyType() {
    return List.of(
        single("Q1"),
        new Question.MultipleResponse("Q2", "Select all that apply.", 1.5, C, EvidenceLevel.KNOWS_HOW, null,
            List.of(new Option("A", "One", true, "yes"), new Option("B", "Two", true, null),
                new Option("C", "- not a list item", false, "no")), Scoring.ALL_OR_NOTHING),
        new Question.TrueFalse("Q3", "The sky is green.", 1, C, EvidenceLevel.KNOWS, null, false,
            "It is not.", "Right, it is not."),
        new Question.Matching("Q4", "Match them.", 1, C, EvidenceLevel.KNOWS, "fb",
            List.of(new MatchPrompt("1", "Laptop", "T"), new MatchPrompt("2", "Children at home", "P")),
            List.of(new Choice("T", "Technical"), new Choice("P", "Practical"), new Choice("PS", "Psychological"))),
        new Question.Ordering("Q5", "Order these.", 1, C, EvidenceLevel.KNOWS, null,
            List.of(new Item("see-hear", "Check you can see and hear"), new Item("identity", "Confirm identity")),
            Scoring.PARTIAL),
        new Question.ShortText("Q6", "Name the law.", 1, C, EvidenceLevel.KNOWS, null,
            List.of("GDPR", "UK GDPR"), "(?i)uk\\s+gdpr|gdpr", true, "Think of data protection."),
        new Question.Numeric("Q7", "How many minutes?", 1, C, EvidenceLevel.KNOWS, null, 0.05, 0.001,
            ToleranceMode.RELATIVE, "min", true, "Not quite."),
        new Question.Numeric("Q8", "How many?", 1, C, EvidenceLevel.KNOWS, null, 50, 0,
            ToleranceMode.ABSOLUTE, null, false, null),
        new Question.Scenario("S1", "A client says:\n\n> I am leaving.\n\nWhat now?", "About this case.", List.of(
            new Question.SingleChoice("S1-a", "First?", 1, C, EvidenceLevel.KNOWS_HOW, null,
                List.of(new Option("A", "Ask", true, null), new Option("B", "Wait", false, null))),
            new Question.TrueFalse("S1-b", "Call 999?", 1, C, EvidenceLevel.KNOWS, null, true, null, null))));
  }

  public static QuizSettings everySetting() {
    return new QuizSettings(65, 25, 3, QuizSettings.Grading.AVERAGE, true, true, QuizSettings.Layout.ONE_PER_PAGE,
        QuizSettings.FeedbackTiming.AFTER_CLOSE, Instant.parse("2027-06-30T23:59:00Z"),
        new QuizSettings.Review(false, true, false, QuizSettings.CorrectAnswers.AFTER_LAST_ATTEMPT), true,
        List.of(new QuizSettings.Draw("C-1.1", 2)));
  }

  public static Quiz everyTypeQuiz(String id) {
    return new Quiz(id, "Every type: a quiz", "An intro with a [link](https://example.org).\n\nSecond paragraph.", everySetting(),
        everyType());
  }
}
