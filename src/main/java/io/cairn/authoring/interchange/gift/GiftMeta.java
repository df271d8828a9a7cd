package io.cairn.authoring.interchange.gift;

import io.cairn.authoring.interchange.ImportProblem;
import io.cairn.authoring.interchange.ImportProblem.Severity;
import io.cairn.content.model.EvidenceLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cairn's comment conventions, which Moodle ignores (see docs/interchange.md). Directly before a
 * question, or inside it:
 *
 * <pre>
 * // competences: OPT-1.1, OPT-2.3
 * // evidence_level: knows_how
 * // points: 2
 * // option_ids: A, B, C          (choice questions; prompt_ids and choice_ids for matching)
 * // scenario: M2-S1              (a sub-question of that scenario; the vignette opens its stem)
 * </pre>
 *
 * Anywhere in the file: {@code // quiz: opt-m1-quiz} and {@code // quiz_title: Module 1 quiz}.
 */
record GiftMeta(List<String> competences, EvidenceLevel level, Double points, List<String> optionIds,
    List<String> promptIds, List<String> choiceIds, String scenario) {
  static final Pattern KEY = Pattern.compile("([a-z_]+)\\s*:\\s*(.*)");

  /** The value of a key in a comment, or null when the comment is not of that key. */
  static String value(GiftBlock.Comment c, String key) {
    Matcher m = KEY.matcher(c.text());
    return m.matches() && m.group(1).equals(key) ? m.group(2).strip() : null;
  }

  static GiftMeta read(List<GiftBlock.Comment> comments, String questionId, List<ImportProblem> problems) {
    List<String> competences = new ArrayList<>();
    EvidenceLevel level = null;
    Double points = null;
    List<String> options = null;
    List<String> prompts = null;
    List<String> choices = null;
    String scenario = null;
    for (GiftBlock.Comment c : comments) {
      Matcher m = KEY.matcher(c.text());
      if (!m.matches()) {
        continue;
      }
      String v = m.group(2).strip();
      switch (m.group(1)) {
        case "competences" -> competences.addAll(list(v));
        case "evidence_level" -> {
          String code = v.toLowerCase(Locale.ROOT);
          if (code.equals("knows") || code.equals("knows_how")) {
            level = EvidenceLevel.fromCode(code).orElseThrow();
          } else {
            problems.add(ImportProblem.atLine(Severity.WARNING, c.line(), questionId,
                "evidence_level \"" + v + "\" is not one a quiz can give (knows or knows_how); the default is used"));
          }
        }
        case "points" -> points = points(v, c.line(), questionId, problems);
        case "option_ids" -> options = list(v);
        case "prompt_ids" -> prompts = list(v);
        case "choice_ids" -> choices = list(v);
        case "scenario" -> scenario = v.isEmpty() ? null : v;
        default -> { }
      }
    }
    return new GiftMeta(List.copyOf(competences.stream().distinct().toList()), level, points, options, prompts,
        choices, scenario);
  }

  private static Double points(String v, int line, String questionId, List<ImportProblem> problems) {
    try {
      double p = Double.parseDouble(v);
      if (p > 0 && Double.isFinite(p)) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(ImportProblem.atLine(Severity.WARNING, line, questionId,
        "points \"" + v + "\" is not a positive number; the question is worth 1 point"));
    return null;
  }

  static List<String> list(String v) {
    return Arrays.stream(v.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Ids from a convention comment when there is one per element and they are valid and distinct. */
  static List<String> ids(List<String> given, int count, java.util.function.IntFunction<String> fallback) {
    if (given != null && given.size() == count && given.stream().distinct().count() == count
        && given.stream().allMatch(id -> io.cairn.authoring.interchange.QuizIds.LOCAL.matcher(id).matches())) {
      return given;
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(fallback.apply(i));
    }
    return ids;
  }
}
