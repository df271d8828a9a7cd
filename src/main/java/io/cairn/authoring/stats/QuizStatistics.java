package io.cairn.authoring.stats;

import java.util.List;

/**
 * Item statistics of one quiz version over its submitted attempts. The formulas are in
 * docs/statistics.md.
 *
 * @param distribution ten bins of percent: [0,10), [10,20), … [90,100]
 * @param alpha Cronbach's alpha on item fractions, or null when it cannot be computed
 * @param alphaAttempts the attempts alpha is computed over (those asked every question)
 */
public record QuizStatistics(int attempts, double meanPercent, List<Bin> distribution, Double alpha,
    int alphaAttempts, List<Item> items, List<CompetenceFacility> competences) {

  public record Bin(int from, int to, int count) {}

  /**
   * @param asked attempts that were asked this question
   * @param facility mean fraction over those attempts (unanswered counts 0)
   * @param discrimination corrected item–total correlation, or null when it cannot be computed
   */
  public record Item(String questionId, String type, String stem, double points, int asked, double facility,
      Double discrimination, List<Flag> flags, List<OptionCount> options) {}

  /**
   * How often one option (or answer) was chosen.
   *
   * @param group for matching, the prompt; otherwise empty
   * @param key whether it is (part of) the right answer
   */
  public record OptionCount(String group, String id, String label, boolean key, int count, double share) {}

  public record CompetenceFacility(String competence, int responses, double facility) {}

  /** Thresholds: see docs/statistics.md. */
  public enum Flag {
    TOO_EASY("too easy: facility above 0.9"),
    TOO_HARD("too hard: facility below 0.2"),
    NEGATIVE_DISCRIMINATION("negatively discriminating: discrimination below 0"),
    LOW_DISCRIMINATION("low discrimination: between 0 and 0.2");

    private final String label;

    Flag(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public String code() {
      return name().toLowerCase();
    }
  }

  public static final double TOO_EASY_ABOVE = 0.9;
  public static final double TOO_HARD_BELOW = 0.2;
  public static final double LOW_DISCRIMINATION_BELOW = 0.2;
}
