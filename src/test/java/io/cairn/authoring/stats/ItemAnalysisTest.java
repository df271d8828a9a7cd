package io.cairn.authoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cairn.authoring.stats.QuizStatistics.Flag;
import io.cairn.content.model.EvidenceLevel;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Question.Option;
import io.cairn.quiz.model.Quiz;
import io.cairn.quiz.model.QuizSettings;
import io.cairn.quiz.scoring.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Item statistics against a hand-computed example: 5 learners × 4 one-point items.
 *
 * <pre>
 *            I1   I2   I3   I4   total T   percent
 *   L1        1    1    0    1     3        75
 *   L2        1    1   0.5   0    2.5      62.5
 *   L3        1    1    0    0     2        50
 *   L4        1    0    0   0.5   1.5      37.5
 *   L5        1    0    0    0     1        25
 *
 * Facility = mean fraction: I1 5/5 = 1.0, I2 3/5 = 0.6, I3 0.5/5 = 0.1, I4 1.5/5 = 0.3.
 *
 * Discrimination = r(item, T − item) (Pearson, "corrected item-total correlation"):
 *   I1: the item does not vary (Sxx = 0), so r is undefined.
 *   I2: rest = 2, 1.5, 1, 1.5, 1 (mean 1.4); item deviations .4 .4 .4 −.6 −.6; rest deviations
 *       .6 .1 −.4 .1 −.4. Sxy = .24 + .04 − .16 − .06 + .24 = 0.30; Sxx = 1.2; Syy = .36 + .01 + .16
 *       + .01 + .16 = 0.70. r = 0.30 / √(1.2 × 0.70) = 0.30 / 0.9165 = 0.3273.
 *   I3: rest = 3, 2, 2, 1.5, 1 (mean 1.9); item dev −.1 .4 −.1 −.1 −.1; rest dev 1.1 .1 .1 −.4 −.9.
 *       Sxy = −.11 + .04 − .01 + .04 + .09 = 0.05; Sxx = 0.2; Syy = 1.21 + .01 + .01 + .16 + .81 = 2.2.
 *       r = 0.05 / √0.44 = 0.05 / 0.6633 = 0.0754.
 *   I4: rest = 2, 2.5, 2, 1, 1 (mean 1.7); item dev .7 −.3 −.3 .2 −.3; rest dev .3 .8 .3 −.7 −.7.
 *       Sxy = .21 − .24 − .09 − .14 + .21 = −0.05; Sxx = 0.8; Syy = .09 + .64 + .09 + .49 + .49 = 1.8.
 *       r = −0.05 / √1.44 = −0.05 / 1.2 = −0.0417.
 *
 * Flags: I1 too easy (1.0 > 0.9); I2 none; I3 too hard (0.1 < 0.2) and low discrimination
 * (0 ≤ 0.075 < 0.2); I4 negatively discriminating (−0.042 < 0).
 *
 * Cronbach's alpha on item fractions, sample variances (n − 1 = 4):
 *   var(I1) = 0, var(I2) = 1.2/4 = 0.3, var(I3) = 0.2/4 = 0.05, var(I4) = 0.8/4 = 0.2; sum 0.55.
 *   T = 3, 2.5, 2, 1.5, 1 (mean 2): var(T) = (1 + .25 + 0 + .25 + 1)/4 = 0.625.
 *   alpha = 4/3 × (1 − 0.55/0.625) = 4/3 × 0.12 = 0.16.
 *
 * Score distribution (bands of 10%): 25 → [20,30), 37.5 → [30,40), 50 → [50,60), 62.5 → [60,70),
 * 75 → [70,80): one each. Mean percent = 250/5 = 50.
 *
 * Facility per competence (I1: A; I2: A and B; I3: B; I4: C), over every response to its questions:
 *   A = (5 + 3) / 10 = 0.8; B = (3 + 0.5) / 10 = 0.35; C = 1.5 / 5 = 0.3.
 * </pre>
 */
class ItemAnalysisTest {
  static final double[][] FRACTIONS = {{1, 1, 0, 1}, {1, 1, 0.5, 0}, {1, 1, 0, 0}, {1, 0, 0, 0.5}, {1, 0, 0, 0}};
  static final List<List<String>> COMPETENCES = List.of(List.of("A"), List.of("A", "B"), List.of("B"), List.of("C"));

  static Question choice(String id, List<String> competences) {
    return new Question.MultipleResponse(id, "Stem " + id, 1, competences, EvidenceLevel.KNOWS, null,
        List.of(new Option("x", "X", true, null), new Option("y", "Y", true, null), new Option("z", "Z", false, null)),
        Question.Scoring.PARTIAL);
  }

  static Quiz quiz() {
    List<Question> qs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      qs.add(choice("I" + (i + 1), COMPETENCES.get(i)));
    }
    return new Quiz("q", "Q", null, QuizSettings.DEFAULTS, qs);
  }

  static List<AttemptData> attempts() {
    List<AttemptData> list = new ArrayList<>();
    for (int l = 0; l < FRACTIONS.length; l++) {
      Map<String, Double> f = new HashMap<>();
      double total = 0;
      for (int i = 0; i < 4; i++) {
        f.put("I" + (i + 1), FRACTIONS[l][i]);
        total += FRACTIONS[l][i];
      }
      list.add(new AttemptData(l + 1, (long) l + 1, "L" + (l + 1), 1, 1, 1, Instant.EPOCH, total / 4 * 100, total >= 2.8,
          f, Map.of()));
    }
    return list;
  }

  @Test
  void theHandComputedExample() {
    QuizStatistics s = ItemAnalysis.compute(quiz(), attempts());
    assertThat(s.attempts()).isEqualTo(5);
    assertThat(s.meanPercent()).isCloseTo(50, within(1e-9));
    assertThat(s.items()).extracting(QuizStatistics.Item::facility).containsExactly(1.0, 0.6, 0.1, 0.3);
    assertThat(s.items().get(0).discrimination()).isNull();
    assertThat(s.items().get(1).discrimination()).isCloseTo(0.3273, within(1e-4));
    assertThat(s.items().get(2).discrimination()).isCloseTo(0.0754, within(1e-4));
    assertThat(s.items().get(3).discrimination()).isCloseTo(-0.0417, within(1e-4));
    assertThat(s.items()).extracting(QuizStatistics.Item::flags).containsExactly(List.of(Flag.TOO_EASY), List.of(),
        List.of(Flag.TOO_HARD, Flag.LOW_DISCRIMINATION), List.of(Flag.NEGATIVE_DISCRIMINATION));
    assertThat(s.alpha()).isCloseTo(0.16, within(1e-9));
    assertThat(s.alphaAttempts()).isEqualTo(5);
    assertThat(s.distribution()).extracting(QuizStatistics.Bin::count).containsExactly(0, 0, 1, 1, 0, 1, 1, 1, 0, 0);
    assertThat(s.competences()).extracting(QuizStatistics.CompetenceFacility::competence).containsExactly("A", "B", "C");
    assertThat(s.competences()).extracting(QuizStatistics.CompetenceFacility::facility)
        .containsExactly(0.8, 0.35, 0.3);
    assertThat(s.competences()).extracting(QuizStatistics.CompetenceFacility::responses).containsExactly(10, 10, 5);
  }

  @Test
  void aQuestionNotAskedOfEveryAttemptUsesOnlyTheAttemptsThatAskedItAndAlphaOnlyCompleteOnes() {
    List<AttemptData> list = new ArrayList<>(attempts());
    Map<String, Double> partial = Map.of("I1", 1.0, "I2", 1.0);
    list.add(new AttemptData(9, 9L, "L9", 1, 1, 1, Instant.EPOCH, 100, true, partial, Map.of()));
    QuizStatistics s = ItemAnalysis.compute(quiz(), list);
    assertThat(s.items()).extracting(QuizStatistics.Item::asked).containsExactly(6, 6, 5, 5);
    assertThat(s.items().get(2).facility()).isEqualTo(0.1);
    assertThat(s.alphaAttempts()).isEqualTo(5);
    assertThat(s.alpha()).isCloseTo(0.16, within(1e-9));
  }

  @Test
  void noAttemptsGiveEmptyStatisticsRatherThanErrors() {
    QuizStatistics s = ItemAnalysis.compute(quiz(), List.of());
    assertThat(s.attempts()).isZero();
    assertThat(s.alpha()).isNull();
    assertThat(s.items()).allSatisfy(i -> {
      assertThat(i.asked()).isZero();
      assertThat(i.flags()).isEmpty();
    });
  }

  @Test
  void distractorsCountEachOptionPerPromptFirstItemAndNormalisedAnswers() {
    Question.Matching m = new Question.Matching("M", "Match", 1, List.of("A"), EvidenceLevel.KNOWS, null,
        List.of(new Question.MatchPrompt("1", "Phone", "a"), new Question.MatchPrompt("2", "Email", "t")),
        List.of(new Question.Choice("a", "Audio"), new Question.Choice("t", "Text")));
    List<Response> rs = new ArrayList<>();
    rs.add(new Response(null, Map.of("1", "a", "2", "a"), null, null, null));
    rs.add(new Response(null, Map.of("1", "a", "2", "t"), null, null, null));
    rs.add(null);
    List<QuizStatistics.OptionCount> counts = Distractors.count(m, rs);
    assertThat(counts).extracting(c -> c.group() + ":" + c.id() + "=" + c.count() + (c.key() ? "*" : ""))
        .containsExactly("Phone:a=2*", "Phone:t=0", "Email:a=1", "Email:t=1*", ":=1");

    Question.Ordering o = new Question.Ordering("O", "Order", 1, List.of("A"), EvidenceLevel.KNOWS, null,
        List.of(new Question.Item("p", "P"), new Question.Item("q", "Q")), Question.Scoring.PARTIAL);
    assertThat(Distractors.count(o, List.of(new Response(null, null, List.of("q", "p"), null, null))))
        .extracting(c -> c.id() + "=" + c.count()).containsExactly("p=0", "q=1", "=0");

    Question.ShortText st = new Question.ShortText("S", "Who?", 1, List.of("A"), EvidenceLevel.KNOWS, null,
        List.of("ICO"), null, false, null);
    List<Response> typed = List.of(text("ico"), text("  ICO "), text("ＩＣＯ"), text("Ofcom"));
    assertThat(Distractors.count(st, typed)).extracting(c -> c.label() + "=" + c.count() + (c.key() ? "*" : ""))
        .containsExactly("ico=3*", "ofcom=1", "(no answer)=0");

    Question.SingleChoice sc = new Question.SingleChoice("C", "Pick", 1, List.of("A"), EvidenceLevel.KNOWS, null,
        List.of(new Option("a", "A", false, null), new Option("b", "B", true, null)));
    assertThat(Distractors.count(sc, List.of(sel("b"), sel("b"), sel("a"), Response.EMPTY)))
        .extracting(c -> c.id() + "=" + c.count() + "/" + Math.round(c.share() * 100))
        .containsExactly("a=1/25", "b=2/50", "=1/25");
  }

  static Response text(String t) {
    return new Response(null, null, null, t, null);
  }

  static Response sel(String id) {
    return new Response(List.of(id), null, null, null, null);
  }
}
