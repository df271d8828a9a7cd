package io.cairn.quiz.scoring;

import io.cairn.errors.InvalidInput;
import io.cairn.quiz.model.Question;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses a response that no honest use of the quiz page could produce, before it is saved. An
 * empty response (unanswered) is always accepted. The rules and messages are listed in
 * docs/scoring.md, "How responses are validated".
 */
public final class ResponseCheck {
  /** The longest text answer accepted, in Unicode code points. */
  public static final int MAX_TEXT_LENGTH = 2_000;

  private ResponseCheck() {}

  /**
   * @param q an answerable question (not a scenario)
   * @param r the response to check; null counts as empty
   * @param certaintyBasedMarking whether the quiz uses certainty-based marking
   * @throws InvalidInput naming {@code responses.<question id>.<part>} and what is wrong
   * @throws IllegalArgumentException if {@code q} is a scenario
   */
  public static void check(Question q, Response r, boolean certaintyBasedMarking) {
    Objects.requireNonNull(q, "question");
    if (q instanceof Question.Scenario) {
      throw new IllegalArgumentException("a scenario has no response of its own: " + q.id());
    }
    if (r == null) {
      return;
    }
    String field = "responses." + q.id() + ".";
    if (r.certainty() != null && !certaintyBasedMarking) {
      throw new InvalidInput(field + "certainty",
          "This quiz does not use certainty-based marking, so a certainty cannot be given.");
    }
    String type = q.type().code();
    boolean choice = q instanceof Question.SingleChoice || q instanceof Question.MultipleResponse
        || q instanceof Question.TrueFalse;
    boolean typed = q instanceof Question.ShortText || q instanceof Question.Numeric;
    refuseUnused(!choice && !r.selected().isEmpty(), field + "selected", "Selected options", type);
    refuseUnused(!(q instanceof Question.Matching) && !r.matches().isEmpty(), field + "matches",
        "Matches", type);
    refuseUnused(!(q instanceof Question.Ordering) && !r.order().isEmpty(), field + "order",
        "An order", type);
    refuseUnused(!typed && r.text() != null && !r.text().isBlank(), field + "text", "Text", type);

    if (q instanceof Question.SingleChoice sc) {
      checkOptions(field + "selected", r.selected(), sc.options(), true);
    } else if (q instanceof Question.MultipleResponse mr) {
      checkOptions(field + "selected", r.selected(), mr.options(), false);
    } else if (q instanceof Question.TrueFalse) {
      checkTrueFalse(field + "selected", r.selected());
    } else if (q instanceof Question.Matching m) {
      checkMatches(field + "matches", r.matches(), m);
    } else if (q instanceof Question.Ordering o) {
      checkOrder(field + "order", r.order(), o.items().stream().map(Question.Item::id).toList());
    } else if (typed && r.text() != null && !r.text().isBlank()) {
      checkText(field + "text", r.text());
      if (q instanceof Question.Numeric n && NumericText.parse(r.text(), n.unit()).isEmpty()) {
        throw new InvalidInput(field + "text", quote(r.text().strip()) + " is not a number we can"
            + " read. Write digits with an optional minus sign, decimal point and exponent, such as"
            + " 72, -3, 72.5 or 7.25e1, with no thousands separators"
            + (blank(n.unit()) ? "; this question takes no unit." : "; any unit must be the one"
            + " the question asks for."));
      }
    }
  }

  private static void refuseUnused(boolean sent, String field, String part, String type) {
    if (sent) {
      String article = "aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ";
      throw new InvalidInput(field, part + " cannot be sent for " + article + type + " question.");
    }
  }

  private static void checkOptions(String field, List<String> selected, List<Question.Option> options,
      boolean single) {
    Set<String> ids = options.stream().map(Question.Option::id).collect(Collectors.toSet());
    noDuplicates(field, selected, "Option");
    for (String id : selected) {
      if (!ids.contains(id)) {
        throw new InvalidInput(field, "Option " + quote(id) + " is not one of this question's options.");
      }
    }
    if (single && selected.size() > 1) {
      throw new InvalidInput(field, "Choose one option only; " + selected.size() + " were sent.");
    }
  }

  private static void checkTrueFalse(String field, List<String> selected) {
    for (String v : selected) {
      if (!v.equals("true") && !v.equals("false")) {
        throw new InvalidInput(field, quote(v) + " is not an answer to a true/false question;"
            + " send \"true\" or \"false\".");
      }
    }
    if (selected.size() > 1) {
      throw new InvalidInput(field, "Send one answer, \"true\" or \"false\"; " + selected.size()
          + " were sent.");
    }
  }

  private static void checkMatches(String field, Map<String, String> matches, Question.Matching m) {
    Set<String> prompts = m.prompts().stream().map(Question.MatchPrompt::id).collect(Collectors.toSet());
    Set<String> choices = m.choices().stream().map(Question.Choice::id).collect(Collectors.toSet());
    // sorted so that the first problem reported does not depend on the map's iteration order
    for (String prompt : matches.keySet().stream().sorted().toList()) {
      String choice = matches.get(prompt);
      if (!prompts.contains(prompt)) {
        throw new InvalidInput(field, "Prompt " + quote(prompt) + " is not one of this question's prompts.");
      }
      if (!choices.contains(choice)) {
        throw new InvalidInput(field, "Choice " + quote(choice) + " (for prompt " + quote(prompt)
            + ") is not one of this question's choices.");
      }
    }
  }

  private static void checkOrder(String field, List<String> order, List<String> items) {
    if (order.isEmpty()) {
      return;
    }
    noDuplicates(field, order, "Item");
    Set<String> known = new HashSet<>(items);
    for (String id : order) {
      if (!known.contains(id)) {
        throw new InvalidInput(field, "Item " + quote(id) + " is not one of this question's items.");
      }
    }
    List<String> missing = new ArrayList<>(items);
    missing.removeAll(order);
    if (!missing.isEmpty()) {
      throw new InvalidInput(field, "The order leaves out " + missing.stream().map(ResponseCheck::quote)
          .collect(Collectors.joining(", ")) + "; put every item in order.");
    }
  }

  private static void checkText(String field, String text) {
    int length = text.codePointCount(0, text.length());
    if (length > MAX_TEXT_LENGTH) {
      throw new InvalidInput(field, String.format(Locale.UK, "The answer is %,d characters long; the limit is %,d.",
          length, MAX_TEXT_LENGTH));
    }
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean control = Character.isISOControl(cp) && cp != '\t' && cp != '\n' && cp != '\r';
      boolean loneSurrogate = cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
      if (control || loneSurrogate) {
        throw new InvalidInput(field, "The answer contains a control character or a broken"
            + " character; type it again as plain text.");
      }
      i += Character.charCount(cp);
    }
  }

  private static void noDuplicates(String field, List<String> ids, String what) {
    Set<String> seen = new LinkedHashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        throw new InvalidInput(field, what + " " + quote(id) + " is sent more than once.");
      }
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Quotes a value for a message, shortened so that a huge tampered value stays out of logs. */
  static String quote(String s) {
    boolean longer = s.codePointCount(0, s.length()) > 40;
    return "\"" + (longer ? s.substring(0, s.offsetByCodePoints(0, 40)) + "…" : s) + "\"";
  }
}
