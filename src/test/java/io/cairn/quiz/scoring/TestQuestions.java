package io.cairn.quiz.scoring;

import io.cairn.content.model.EvidenceLevel;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Question.Scoring;
import io.cairn.quiz.model.Question.ToleranceMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small factories for test questions and responses. Option ids are single words; the correct
 * ones are marked with a trailing '*' ("A*"). Option feedback is "fb A", general feedback "general".
 */
final class TestQuestions {
  static final String GENERAL = "general";

  private TestQuestions() {}

  static List<Question.Option> options(String spec) {
    List<Question.Option> options = new ArrayList<>();
    for (String s : spec.split(" ")) {
      boolean correct = s.endsWith("*");
      String id = correct ? s.substring(0, s.length() - 1) : s;
      options.add(new Question.Option(id, "Option " + id, correct, "fb " + id));
    }
    return options;
  }

  /** {@code single("Q1", "A B* C")}: B is correct. */
  static Question.SingleChoice single(String id, String spec) {
    return new Question.SingleChoice(id, "Stem", 1, List.of("C1"), EvidenceLevel.KNOWS, GENERAL,
        options(spec));
  }

  static Question.MultipleResponse multiple(String id, String spec, Scoring scoring) {
    return new Question.MultipleResponse(id, "Stem", 1, List.of("C1"), EvidenceLevel.KNOWS,
        GENERAL, options(spec), scoring);
  }

  static Question.TrueFalse trueFalse(String id, boolean answer) {
    return new Question.TrueFalse(id, "Stem", 1, List.of("C1"), EvidenceLevel.KNOWS, GENERAL,
        answer, "fb true", "fb false");
  }

  /** {@code matching("Q4", "1=T 2=P 3=T", "T P PS")}: prompt 1 matches T, PS is a distractor. */
  static Question.Matching matching(String id, String pairs, String choices) {
    List<Question.MatchPrompt> prompts = new ArrayList<>();
    for (String pair : pairs.split(" ")) {
      String[] p = pair.split("=");
      prompts.add(new Question.MatchPrompt(p[0], "Prompt " + p[0], p[1]));
    }
    return new Question.Matching(id, "Stem", 1, List.of("C1"), EvidenceLevel.KNOWS, GENERAL,
        prompts, Arrays.stream(choices.split(" ")).map(c -> new Question.Choice(c, c)).toList());
  }

  /** {@code ordering("Q5", "a b c d", PARTIAL)}: items in the correct order. */
  static Question.Ordering ordering(String id, String items, Scoring scoring) {
    return new Question.Ordering(id, "Stem", 1, List.of("C1"), EvidenceLevel.KNOWS, GENERAL,
        Arrays.stream(items.split(" ")).map(i -> new Question.Item(i, i)).toList(), scoring);
  }

  static Question.ShortText shortText(String id, List<String> accept, String pattern,
      boolean caseSensitive) {
    return new Question.ShortText(id, "Stem", 1, List.of("C1"), EvidenceLevel.KNOWS, GENERAL,
        accept, pattern, caseSensitive, "fb wrong");
  }

  static Question.Numeric numeric(String id, double answer, double tolerance, ToleranceMode mode,
      String unit, boolean unitRequired) {
    return new Question.Numeric(id, "Stem", 1, List.of("C1"), EvidenceLevel.KNOWS, GENERAL,
        answer, tolerance, mode, unit, unitRequired, "fb wrong");
  }

  static Question.Numeric numeric(String id, double answer, double tolerance) {
    return numeric(id, answer, tolerance, ToleranceMode.ABSOLUTE, null, false);
  }

  /** A single-choice question worth {@code points}, linked to competences at a level. */
  static Question.SingleChoice linked(String id, double points, EvidenceLevel level,
      String... competences) {
    return new Question.SingleChoice(id, "Stem", points, List.of(competences), level, null,
        options("A* B"));
  }

  /** Space-separated ids; "" for none. */
  static Response selected(String ids) {
    return new Response(ids.isEmpty() ? List.of() : List.of(ids.split(" ")), null, null, null, null);
  }

  static Response pairs(String pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String pair : pairs.isEmpty() ? new String[0] : pairs.split(" ")) {
      String[] p = pair.split("=", -1);
      m.put(p[0], p[1]);
    }
    return new Response(null, m, null, null, null);
  }

  static Response order(String ids) {
    return new Response(null, null, ids.isEmpty() ? List.of() : List.of(ids.split(" ")), null, null);
  }

  static Response text(String text) {
    return new Response(null, null, null, text, null);
  }

  static Response sure(Response r, Certainty c) {
    return new Response(r.selected(), r.matches(), r.order(), r.text(), c);
  }
}
