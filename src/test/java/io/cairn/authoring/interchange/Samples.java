package io.cairn.authoring.interchange;

import io.cairn.content.files.ContentReader;
import io.cairn.content.files.ModuleBundle;
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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One question of every type (with the features each format must carry), and the seed quizzes. */
final class Samples {
  static final List<String> C = List.of("OPT-1.1", "OPT-4.4");
  static final EvidenceLevel K = EvidenceLevel.KNOWS;

  private Samples() {}

  static Map<String, Question> byType() {
    return all().stream().collect(Collectors.toMap(q -> q.type().code() + " " + q.id(), Function.identity(),
        (a, b) -> a, java.util.LinkedHashMap::new));
  }

  static List<Question> all() {
    return List.of(
        new Question.SingleChoice("SC", "Which medium has **no** visual cues? Braces {x}, tilde ~, = and # and a: colon.",
            2, C, K, "General: voice only.\n\nSecond paragraph.", List.of(
                new Option("a", "Video", false, "Video carries *some* cues."),
                new Option("b", "Phone", true, "Right - voice only."),
                new Option("c", "Text \\ backslash", false, null))),
        new Question.MultipleResponse("MR", "Which belong in a breach response?", 1, C, EvidenceLevel.KNOWS_HOW, null,
            List.of(new Option("A", "Contain it", true, "Yes."), new Option("B", "Record it", true, null),
                new Option("C", "Wait for a complaint", false, "No: act now."), new Option("D", "Delete logs", false, null)),
            Scoring.PARTIAL),
        new Question.MultipleResponse("MR3", "Pick the three.", 1, C, K, null,
            List.of(new Option("A", "One", true, null), new Option("B", "Two", true, null),
                new Option("C", "Three", true, null), new Option("D", "Wrong", false, null)), Scoring.PARTIAL),
        new Question.TrueFalse("TF", "A breach may need reporting within 72 hours.", 1, C, K, "See the ICO.", true,
            "Yes, when it risks people's rights.", "It can; check the rules."),
        new Question.TrueFalse("TF2", "Email is end-to-end encrypted by default.", 1, C, K, null, false,
            null, "Right: usually it is not."),
        new Question.Matching("MA", "Match each medium.", 1, C, K, "Media differ.", List.of(
            new MatchPrompt("1", "Phone", "audio"), new MatchPrompt("2", "Email", "text"),
            new MatchPrompt("3", "Voicemail", "audio")),
            List.of(new Choice("audio", "Voice only"), new Choice("text", "Delayed writing"), new Choice("video", "Faces"))),
        new Question.ShortText("ST", "Which UK regulator receives breach reports?", 1, C, K, "It is the ICO.",
            List.of("ICO", "Information Commissioner's Office"), null, false, "Not that one."),
        new Question.Numeric("NU", "Within how many hours must a breach be reported?", 1, C, K, null,
            72, 0.5, ToleranceMode.ABSOLUTE, null, false, null),
        new Question.Numeric("NU0", "How many days in a week?", 1.5, C, K, "Seven.", 7, 0, ToleranceMode.ABSOLUTE,
            null, false, null));
  }

  /** Types and features that GIFT cannot carry (each is reported on export). */
  static List<Question> notForGift() {
    return List.of(
        new Question.Ordering("OR", "Order the start-of-session checks.", 1, C, K, null,
            List.of(new Item("hear", "Can we hear each other"), new Item("where", "Where are you"),
                new Item("backup", "Backup number")), Scoring.PARTIAL),
        new Question.Ordering("OR2", "Order these.", 1, C, K, "Because.",
            List.of(new Item("a", "First"), new Item("b", "Second")), Scoring.ALL_OR_NOTHING),
        new Question.ShortText("STP", "Which article?", 1, C, K, null, List.of(), "art(icle)?\\.? ?6", true, null),
        new Question.Numeric("NUR", "Dose in mg?", 1, C, K, null, 200, 0.05, ToleranceMode.RELATIVE, "mg", true,
            "Check the units."));
  }

  static Question.Scenario scenario() {
    return new Question.Scenario("SCN", "A client's call drops during a disclosure of risk.", "Scenario feedback.",
        List.of(
            new Question.SingleChoice("SCN-1", "What do you do first?", 1, List.of("OPT-6.2"), EvidenceLevel.KNOWS_HOW,
                null, List.of(new Option("a", "Wait", false, null), new Option("b", "Call the backup number", true, null))),
            new Question.TrueFalse("SCN-2", "You note the time of each action.", 1, List.of("OPT-6.2"),
                EvidenceLevel.KNOWS, null, true, null, null)));
  }

  static Quiz quiz(List<Question> questions) {
    return new Quiz("sample-quiz", "Sample quiz", null, QuizSettings.DEFAULTS, questions);
  }

  static List<Quiz> seedQuizzes() {
    return new ContentReader(Path.of("quizzes"), Path.of("webroot")).read().modules().stream()
        .map(ModuleBundle::quizzes).flatMap(List::stream).toList();
  }
}
