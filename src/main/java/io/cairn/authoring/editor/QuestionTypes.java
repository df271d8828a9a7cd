package io.cairn.authoring.editor;

import io.cairn.quiz.model.QuestionType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The question types a tutor can add, with the words the editor uses for them. */
final class QuestionTypes {
  private QuestionTypes() {}

  static String label(String code) {
    return switch (code) {
      case "single_choice" -> "Single choice";
      case "multiple_response" -> "Multiple response";
      case "true_false" -> "True or false";
      case "matching" -> "Matching";
      case "ordering" -> "Ordering";
      case "short_text" -> "Short text";
      case "numeric" -> "Numeric";
      case "scenario" -> "Scenario (a case with several questions)";
      default -> code;
    };
  }

  /** @param inScenario a scenario holds every type but scenario */
  static List<Map<String, Object>> choices(boolean inScenario) {
    return Arrays.stream(QuestionType.values()).filter(t -> !(inScenario && t == QuestionType.SCENARIO))
        .map(t -> Map.<String, Object>of("code", t.code(), "label", label(t.code()))).toList();
  }
}
