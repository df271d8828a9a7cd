package io.cairn.authoring.interchange.gift;

import io.cairn.authoring.interchange.ImportProblem;
import io.cairn.authoring.interchange.ImportProblem.Severity;
import io.cairn.authoring.interchange.QuestionCopy;
import io.cairn.authoring.interchange.QuizIds;
import io.cairn.quiz.model.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts scenarios back together: consecutive questions carrying the same {@code // scenario: id}
 * comment become the sub-questions of that scenario, and the paragraphs their stems share at the
 * start (Cairn's GIFT export writes the vignette there) become its vignette.
 */
final class GiftScenarios {
  /** A question read from the file, with what grouping needs. */
  record Parsed(Question question, String scenario, int line) {}

  private GiftScenarios() {}

  static List<Question> group(List<Parsed> parsed, QuizIds ids, List<ImportProblem> problems) {
    List<Question> out = new ArrayList<>();
    for (int i = 0; i < parsed.size(); ) {
      Parsed first = parsed.get(i);
      if (first.scenario() == null) {
        out.add(first.question());
        i++;
        continue;
      }
      int j = i;
      while (j < parsed.size() && first.scenario().equals(parsed.get(j).scenario())) {
        j++;
      }
      out.addAll(scenario(parsed.subList(i, j), ids, problems));
      i = j;
    }
    return out;
  }

  private static List<Question> scenario(List<Parsed> group, QuizIds ids, List<ImportProblem> problems) {
    Parsed first = group.get(0);
    List<Question> subs = group.stream().map(Parsed::question).toList();
    String vignette = sharedOpening(subs.stream().map(Question::stem).toList());
    if (vignette == null) {
      problems.add(ImportProblem.atLine(Severity.WARNING, first.line(), first.question().id(), "the questions marked "
          + "scenario " + first.scenario() + " do not open with the same paragraph (the vignette); they are imported "
          + "as separate questions"));
      return subs;
    }
    String id = ids.claim(first.scenario());
    if (id == null) {
      id = ids.fresh("S");
      problems.add(ImportProblem.atLine(Severity.WARNING, first.line(), id, "the scenario id \"" + first.scenario()
          + "\" is not a usable id (or is taken); the scenario is " + id));
    }
    List<Question> trimmed = new ArrayList<>();
    for (Question q : subs) {
      trimmed.add(QuestionCopy.withStem(q, q.stem().substring(vignette.length()).strip()));
    }
    return List.of(new Question.Scenario(id, vignette.strip(), null, trimmed));
  }

  /**
   * The longest run of whole paragraphs that every stem starts with, leaving each stem some text
   * of its own; with one stem, its first paragraph. Null when there is none.
   */
  static String sharedOpening(List<String> stems) {
    String first = stems.get(0);
    String best = null;
    for (int at = first.indexOf("\n\n"); at > 0; at = first.indexOf("\n\n", at + 2)) {
      String prefix = first.substring(0, at);
      boolean shared = stems.stream().allMatch(s -> s.startsWith(prefix + "\n\n")
          && !s.substring(prefix.length()).isBlank());
      if (!shared) {
        break;
      }
      best = prefix;
      if (stems.size() == 1) {
        break;
      }
    }
    return best;
  }
}
