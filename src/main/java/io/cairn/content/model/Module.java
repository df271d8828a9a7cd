package io.cairn.content.model;

import java.util.List;
import java.util.Optional;

/** A CPD module: metadata and its ordered units. */
public record Module(
    String id,
    String title,
    String summary,
    String audience,
    int cpdMinutes,
    String framework,
    Completion completion,
    List<Unit> units) {

  public Optional<Unit> unit(String unitId) {
    return units.stream().filter(u -> u.id().equals(unitId)).findFirst();
  }

  /**
   * What completing the module takes.
   *
   * @param units the unit ids that must be done; empty means every unit
   * @param quizzesPassed whether each quiz unit must reach its pass mark
   */
  public record Completion(List<String> units, boolean quizzesPassed) {
    public static final Completion DEFAULT = new Completion(List.of(), true);

    public boolean requires(String unitId) {
      return units.isEmpty() || units.contains(unitId);
    }
  }
}
