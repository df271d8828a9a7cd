package io.cairn.quiz.web;

import io.cairn.errors.InvalidInput;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.scoring.Certainty;
import io.cairn.quiz.scoring.Response;
import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the answers of a quiz page posted as a plain HTML form (the page works without
 * JavaScript). Field names: {@code q.ID} for choices and text, {@code q.ID.PROMPT} for matching,
 * {@code q.ID.ITEM} (a position) for ordering, {@code c.ID} for certainty; {@code shown} lists the
 * questions the page showed, so that clearing every box saves an empty answer.
 */
final class FormResponses {
  private FormResponses() {}

  /** @param questions the answerable questions of the attempt, by id */
  static Map<String, Response> parse(MultiMap form, Map<String, Question> questions, Map<String, List<String>> optionOrder) {
    Map<String, Response> responses = new LinkedHashMap<>();
    for (String id : form.getAll("shown")) {
      Question q = questions.get(id);
      if (q == null) {
        throw new InvalidInput("shown", "Question \"" + id + "\" is not part of this attempt.");
      }
      responses.put(id, response(form, q, optionOrder.getOrDefault(id, List.of())));
    }
    return responses;
  }

  private static Response response(MultiMap form, Question q, List<String> displayed) {
    String field = "q." + q.id();
    Certainty certainty = certainty(form.get("c." + q.id()), q.id());
    if (q instanceof Question.Matching m) {
      Map<String, String> matches = new HashMap<>();
      for (Question.MatchPrompt p : m.prompts()) {
        String choice = form.get(field + "." + p.id());
        if (choice != null && !choice.isBlank()) {
          matches.put(p.id(), choice);
        }
      }
      return new Response(List.of(), matches, List.of(), null, certainty);
    }
    if (q instanceof Question.Ordering o) {
      return new Response(List.of(), Map.of(), order(form, field, o, displayed), null, certainty);
    }
    if (q instanceof Question.ShortText || q instanceof Question.Numeric) {
      String text = form.get(field);
      return new Response(List.of(), Map.of(), List.of(), text == null || text.isBlank() ? null : text, certainty);
    }
    List<String> selected = new ArrayList<>();
    for (String v : form.getAll(field)) {
      if (!v.isBlank()) {
        selected.add(v);
      }
    }
    return new Response(selected, Map.of(), List.of(), null, certainty);
  }

  /**
   * Items sorted by the position chosen for each; ties keep the order shown. An ordering where no
   * position was chosen is unanswered.
   */
  private static List<String> order(MultiMap form, String field, Question.Ordering o, List<String> displayed) {
    Map<String, Integer> position = new HashMap<>();
    for (Question.Item item : o.items()) {
      String raw = form.get(field + "." + item.id());
      if (raw == null || raw.isBlank()) {
        continue;
      }
      try {
        position.put(item.id(), Integer.parseInt(raw.strip()));
      } catch (NumberFormatException e) {
        throw new InvalidInput(field + "." + item.id(), "A position must be a number from 1 to " + o.items().size() + ".");
      }
    }
    if (position.isEmpty()) {
      return List.of();
    }
    List<String> order = new ArrayList<>(displayed.isEmpty() ? o.items().stream().map(Question.Item::id).toList() : displayed);
    // a stable sort: items given the same position (or none) keep the order they were shown in
    order.sort(Comparator.comparing((String id) -> position.getOrDefault(id, Integer.MAX_VALUE)));
    return order;
  }

  private static Certainty certainty(String raw, String questionId) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return switch (raw) {
      case "low" -> Certainty.LOW;
      case "medium" -> Certainty.MEDIUM;
      case "high" -> Certainty.HIGH;
      default -> throw new InvalidInput("c." + questionId, "Certainty must be low, medium or high.");
    };
  }
}
