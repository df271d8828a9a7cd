package io.cairn.quiz.scoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;

/**
 * A learner's answer to one answerable question, as saved with the attempt. Which part is used
 * depends on the question type; the others are empty.
 *
 * @param selected option ids (single choice: one; multiple response: any); true/false: "true" or "false"
 * @param matches matching: prompt id to choice id
 * @param order ordering: item ids in the learner's order
 * @param text short text and numeric: what the learner typed
 * @param certainty certainty-based marking: the learner's stated certainty, or null
 */
public record Response(
    List<String> selected,
    Map<String, String> matches,
    List<String> order,
    String text,
    Certainty certainty) {

  public static final Response EMPTY = new Response(List.of(), Map.of(), List.of(), null, null);

  public Response {
    selected = selected == null ? List.of() : List.copyOf(selected);
    matches = matches == null ? Map.of() : Map.copyOf(matches);
    order = order == null ? List.of() : List.copyOf(order);
  }

  @JsonIgnore
  public boolean isEmpty() {
    return selected.isEmpty() && matches.isEmpty() && order.isEmpty() && (text == null || text.isBlank());
  }
}
