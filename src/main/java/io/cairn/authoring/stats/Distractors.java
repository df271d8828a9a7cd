package io.cairn.authoring.stats;

import io.cairn.authoring.stats.QuizStatistics.OptionCount;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.scoring.Response;
import io.cairn.quiz.scoring.Scorer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Distractor analysis: how often each option was chosen. Choice and true/false questions count
 * each option; matching counts each choice per prompt; ordering counts the item put first; short
 * text and numeric list the ten most frequent answers (short text normalised as Cairn compares
 * it). Shares are of the attempts asked the question; "(no answer)" counts the rest.
 */
final class Distractors {
  static final int TOP_ANSWERS = 10;
  static final String NO_ANSWER = "(no answer)";

  private Distractors() {}

  /** @param responses one per attempt asked the question; null when it was not answered */
  static List<OptionCount> count(Question q, List<Response> responses) {
    int n = responses.size();
    List<OptionCount> out = new ArrayList<>();
    long none = responses.stream().filter(r -> r == null || r.isEmpty()).count();
    if (q instanceof Question.SingleChoice sc) {
      sc.options().forEach(o -> out.add(option("", o.id(), o.text(), o.correct(), selected(responses, o.id()), n)));
    } else if (q instanceof Question.MultipleResponse mr) {
      mr.options().forEach(o -> out.add(option("", o.id(), o.text(), o.correct(), selected(responses, o.id()), n)));
    } else if (q instanceof Question.TrueFalse tf) {
      out.add(option("", "true", "True", tf.answer(), selected(responses, "true"), n));
      out.add(option("", "false", "False", !tf.answer(), selected(responses, "false"), n));
    } else if (q instanceof Question.Matching m) {
      for (Question.MatchPrompt p : m.prompts()) {
        for (Question.Choice c : m.choices()) {
          int count = (int) responses.stream().filter(r -> r != null && c.id().equals(r.matches().get(p.id()))).count();
          out.add(option(p.text(), c.id(), c.text(), c.id().equals(p.match()), count, n));
        }
      }
    } else if (q instanceof Question.Ordering o) {
      for (Question.Item i : o.items()) {
        int count = (int) responses.stream().filter(r -> r != null && !r.order().isEmpty()
            && r.order().get(0).equals(i.id())).count();
        out.add(option("first", i.id(), i.text(), i.id().equals(o.items().get(0).id()), count, n));
      }
    } else {
      out.addAll(answers(q, responses, n));
    }
    out.add(option("", "", NO_ANSWER, false, (int) none, n));
    return out;
  }

  private static List<OptionCount> answers(Question q, List<Response> responses, int n) {
    boolean caseSensitive = q instanceof Question.ShortText st && st.caseSensitive();
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, Boolean> right = new LinkedHashMap<>();
    for (Response r : responses) {
      if (r == null || r.text() == null || r.text().isBlank()) {
        continue;
      }
      String key = q instanceof Question.ShortText ? normalise(r.text(), caseSensitive) : r.text().strip();
      counts.computeIfAbsent(key, k -> new int[1])[0]++;
      right.putIfAbsent(key, Scorer.score(q, r, false).fraction() >= 1);
    }
    return counts.entrySet().stream()
        .sorted((a, b) -> b.getValue()[0] != a.getValue()[0] ? b.getValue()[0] - a.getValue()[0] : a.getKey().compareTo(b.getKey()))
        .limit(TOP_ANSWERS)
        .map(e -> option("", e.getKey(), e.getKey(), right.get(e.getKey()), e.getValue()[0], n))
        .toList();
  }

  /** As Cairn compares short answers: NFKC, white space folded, case folded unless case-sensitive. */
  static String normalise(String text, boolean caseSensitive) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    return caseSensitive ? s : s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  private static int selected(List<Response> responses, String id) {
    return (int) responses.stream().filter(r -> r != null && r.selected().contains(id)).count();
  }

  private static OptionCount option(String group, String id, String label, boolean key, int count, int n) {
    return new OptionCount(group, id, label, key, count, n == 0 ? 0 : (double) count / n);
  }
}
