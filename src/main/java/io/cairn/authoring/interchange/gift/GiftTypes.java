package io.cairn.authoring.interchange.gift;

import io.cairn.authoring.interchange.QuizIds;
import io.cairn.authoring.interchange.gift.GiftQuestionParser.Head;
import io.cairn.quiz.model.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The answer types of GIFT, each to its Cairn question type, reporting what does not map exactly. */
final class GiftTypes {
  static final double WEIGHT_SLACK = 0.01; // percent: Moodle writes 33.33333 for a third

  private final GiftQuestionParser p;
  private final Head h;
  private final GiftMeta meta;

  GiftTypes(GiftQuestionParser parser, Head head, GiftMeta meta) {
    this.p = parser;
    this.h = head;
    this.meta = meta;
  }

  /** {T}, {TRUE}, {F}, {FALSE}, each with optional #feedback if wrong#feedback if right. */
  Question trueFalse(String body, int at) {
    List<String> parts = GiftEscapes.split(body, '#');
    String word = parts.get(0).strip().toUpperCase(Locale.ROOT);
    if (!List.of("T", "TRUE", "F", "FALSE").contains(word)) {
      p.error(at, "\"" + GiftAnswer.cut(parts.get(0).strip()) + "\" is not an answer: write T, TRUE, F or FALSE, "
          + "or start each answer with = (right) or ~ (wrong); not imported");
      return null;
    }
    if (parts.size() > 3) {
      p.warn(at, "a true/false question takes two feedbacks (#if wrong#if right); the rest is left out");
    }
    boolean answer = word.startsWith("T");
    String wrong = parts.size() > 1 ? GiftQuestionParser.blankToNull(p.text(parts.get(1), at)) : null;
    String right = parts.size() > 2 ? GiftQuestionParser.blankToNull(p.text(parts.get(2), at)) : null;
    return new Question.TrueFalse(h.id(), h.stem(), h.points(), h.competences(), h.level(), h.feedback(), answer,
        answer ? right : wrong, answer ? wrong : right);
  }

  /** = marks the right answer of a single choice; with no =, weights make a multiple response. */
  Question choice(List<GiftAnswer> answers) {
    boolean single = answers.stream().anyMatch(a -> a.marker() == '=');
    List<String> ids = GiftMeta.ids(meta.optionIds(), answers.size(), QuizIds::letter);
    List<Question.Option> options = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      GiftAnswer a = answers.get(i);
      boolean correct = single ? a.marker() == '=' : a.weight() != null && a.weight() > 0;
      options.add(new Question.Option(ids.get(i), p.text(a.text(), a.offset()), correct,
          GiftQuestionParser.blankToNull(a.feedback() == null ? null : p.text(a.feedback(), a.offset()))));
      if (single && a.marker() == '~' && a.weight() != null && a.weight() != 0) {
        p.warn(a.offset(), "the weight " + pct(a.weight()) + " on \"" + GiftAnswer.cut(a.text())
            + "\" is not kept: a Cairn single-choice question scores 1 for the right option and 0 otherwise");
      }
    }
    long right = options.stream().filter(Question.Option::correct).count();
    if (single && right != 1) {
      p.error(answers.get(0).offset(), right + " answers are marked = but a single-choice question has exactly one "
          + "right answer (for several, use ~%50% weights and no =); not imported");
      return null;
    }
    if (!single && right == 0) {
      p.error(answers.get(0).offset(), "no answer is marked right (= or a positive ~%weight%); not imported");
      return null;
    }
    if (options.size() < 2) {
      p.error(answers.get(0).offset(), "a choice question needs at least two answers; not imported");
      return null;
    }
    if (single) {
      return new Question.SingleChoice(h.id(), h.stem(), h.points(), h.competences(), h.level(), h.feedback(), options);
    }
    checkWeights(answers, (int) right);
    return new Question.MultipleResponse(h.id(), h.stem(), h.points(), h.competences(), h.level(), h.feedback(),
        options, Question.Scoring.PARTIAL);
  }

  /** Cairn's partial rule: each right option +1/k, each wrong option −1/w. Other weights are reported. */
  private void checkWeights(List<GiftAnswer> answers, int k) {
    int w = answers.size() - k;
    List<String> off = new ArrayList<>();
    for (GiftAnswer a : answers) {
      double weight = a.weight() == null ? 0 : a.weight();
      double expected = weight > 0 ? 100.0 / k : -100.0 / w;
      if (Math.abs(weight - expected) > WEIGHT_SLACK) {
        off.add("\"" + GiftAnswer.cut(a.text()) + "\" " + pct(weight) + " (Cairn: " + pct(expected) + ")");
      }
    }
    if (!off.isEmpty()) {
      p.warn(answers.get(0).offset(), "partial-credit weights do not map exactly to Cairn's rule (each right option "
          + "+1/" + k + ", each wrong option −1/" + w + ", total kept between 0 and 1): " + String.join("; ", off)
          + ". The options with a positive weight are the right ones; scores will differ from Moodle's");
    }
  }

  /** =prompt -> choice; a pair with no prompt adds a distractor choice. */
  Question matching(List<GiftAnswer> answers) {
    Map<String, Integer> choiceIndex = new LinkedHashMap<>();
    List<String[]> pairs = new ArrayList<>();
    for (GiftAnswer a : answers) {
      int arrow = a.text().indexOf("->");
      if (arrow < 0) {
        p.error(a.offset(), "\"" + GiftAnswer.cut(a.text()) + "\" has no -> : every answer of a matching question "
            + "is =prompt -> choice; not imported");
        return null;
      }
      if (a.weight() != null || a.feedback() != null) {
        p.warn(a.offset(), "weights and feedback on matching pairs are not kept (Moodle ignores them too)");
      }
      String prompt = p.text(a.text().substring(0, arrow), a.offset());
      String choice = p.text(a.text().substring(arrow + 2), a.offset());
      if (choice.isBlank()) {
        p.error(a.offset(), "a pair with nothing after -> ; not imported");
        return null;
      }
      choiceIndex.putIfAbsent(choice, choiceIndex.size());
      if (!prompt.isBlank()) {
        pairs.add(new String[] {prompt, choice});
      }
    }
    if (pairs.isEmpty()) {
      p.error(answers.get(0).offset(), "a matching question needs at least one prompt; not imported");
      return null;
    }
    List<String> texts = new ArrayList<>(choiceIndex.keySet());
    List<String> choiceIds = GiftMeta.ids(meta.choiceIds(), texts.size(), i -> String.valueOf((char) ('a' + i % 26))
        + (i >= 26 ? String.valueOf(i) : ""));
    List<String> promptIds = GiftMeta.ids(meta.promptIds(), pairs.size(), i -> String.valueOf(i + 1));
    List<Question.Choice> choices = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      choices.add(new Question.Choice(choiceIds.get(i), texts.get(i)));
    }
    List<Question.MatchPrompt> prompts = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      prompts.add(new Question.MatchPrompt(promptIds.get(i), pairs.get(i)[0], choiceIds.get(choiceIndex.get(pairs.get(i)[1]))));
    }
    return new Question.Matching(h.id(), h.stem(), h.points(), h.competences(), h.level(), h.feedback(), prompts, choices);
  }

  /** {=a =b}: accepted answers; =%0%*#feedback gives the wrong-answer feedback; * elsewhere is a wildcard. */
  Question shortText(List<GiftAnswer> answers) {
    List<String> accept = new ArrayList<>();
    List<String> wildcards = new ArrayList<>();
    String wrongFeedback = null;
    for (GiftAnswer a : answers) {
      String text = p.text(a.text(), a.offset());
      double weight = a.weight() == null ? 100 : a.weight();
      if (text.equals("*") && weight <= 0) {
        wrongFeedback = a.feedback() == null ? null : GiftQuestionParser.blankToNull(p.text(a.feedback(), a.offset()));
      } else if (Math.abs(weight - 100) > WEIGHT_SLACK) {
        p.warn(a.offset(), "the answer \"" + GiftAnswer.cut(text) + "\" with weight " + pct(weight) + " is left out: "
            + "a Cairn short answer is right or wrong");
      } else if (text.equals("*")) {
        p.error(a.offset(), "a right answer of * accepts anything; not imported");
        return null;
      } else {
        if (a.feedback() != null && !a.feedback().isBlank()) {
          p.warn(a.offset(), "feedback for the right answer \"" + GiftAnswer.cut(text) + "\" is not kept: Cairn shows "
              + "the general feedback (####) for right short answers");
        }
        (text.contains("*") ? wildcards : accept).add(text);
      }
    }
    String pattern = null;
    if (!wildcards.isEmpty()) {
      pattern = String.join("|", wildcards.stream().map(GiftTypes::wildcard).toList());
      p.warn(answers.get(0).offset(), "Moodle's * wildcard in " + wildcards + " became the pattern " + pattern);
    }
    if (accept.isEmpty() && pattern == null) {
      p.error(answers.get(0).offset(), "no right answer; not imported");
      return null;
    }
    return new Question.ShortText(h.id(), h.stem(), h.points(), h.competences(), h.level(), h.feedback(),
        List.copyOf(accept), pattern, false, wrongFeedback);
  }

  Question numeric(String body, int at) {
    return new GiftNumeric(p, h).read(body, at);
  }

  private static String wildcard(String answer) {
    return String.join(".*", java.util.Arrays.stream(answer.split("\\*", -1))
        .map(part -> part.isEmpty() ? "" : Pattern.quote(part)).toList());
  }

  static String pct(double weight) {
    return "%" + java.math.BigDecimal.valueOf(weight).setScale(5, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString() + "%";
  }
}
