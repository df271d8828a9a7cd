package io.cairn.authoring.stats;

import io.cairn.authoring.stats.QuizStatistics.Bin;
import io.cairn.authoring.stats.QuizStatistics.CompetenceFacility;
import io.cairn.authoring.stats.QuizStatistics.Flag;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import io.cairn.quiz.scoring.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Item statistics of a quiz version from its submitted attempts. Pure; the formulas, thresholds
 * and a worked example are in docs/statistics.md.
 */
public final class ItemAnalysis {
  private ItemAnalysis() {}

  public static QuizStatistics compute(Quiz quiz, List<AttemptData> attempts) {
    List<Question> items = quiz.answerableQuestions();
    Map<String, Double> points = new LinkedHashMap<>();
    items.forEach(q -> points.put(q.id(), q.points()));
    double[] totals = new double[attempts.size()];
    for (int a = 0; a < attempts.size(); a++) {
      for (Map.Entry<String, Double> f : attempts.get(a).fractions().entrySet()) {
        totals[a] += points.getOrDefault(f.getKey(), 0.0) * f.getValue();
      }
    }
    List<QuizStatistics.Item> stats = new ArrayList<>();
    for (Question q : items) {
      stats.add(item(q, attempts, totals));
    }
    double[] percents = attempts.stream().mapToDouble(AttemptData::percent).toArray();
    List<double[]> complete = new ArrayList<>();
    for (AttemptData a : attempts) {
      if (items.stream().allMatch(q -> a.fractions().containsKey(q.id()))) {
        complete.add(items.stream().mapToDouble(q -> a.fractions().get(q.id())).toArray());
      }
    }
    return new QuizStatistics(attempts.size(), Psychometrics.mean(percents), distribution(percents),
        Psychometrics.alpha(complete), complete.size(), stats, competences(items, attempts));
  }

  private static QuizStatistics.Item item(Question q, List<AttemptData> attempts, double[] totals) {
    List<Double> x = new ArrayList<>();
    List<Double> rest = new ArrayList<>();
    List<Response> responses = new ArrayList<>();
    for (int a = 0; a < attempts.size(); a++) {
      Double f = attempts.get(a).fractions().get(q.id());
      if (f != null) {
        x.add(f);
        rest.add(totals[a] - q.points() * f);
        responses.add(attempts.get(a).responses().get(q.id()));
      }
    }
    double[] xs = x.stream().mapToDouble(Double::doubleValue).toArray();
    double facility = Psychometrics.mean(xs);
    Double discrimination = Psychometrics.correlation(xs, rest.stream().mapToDouble(Double::doubleValue).toArray());
    return new QuizStatistics.Item(q.id(), q.type().code(), q.stem(), q.points(), xs.length, facility,
        discrimination, xs.length == 0 ? List.of() : flags(facility, discrimination), Distractors.count(q, responses));
  }

  static List<Flag> flags(double facility, Double discrimination) {
    List<Flag> flags = new ArrayList<>();
    if (facility > QuizStatistics.TOO_EASY_ABOVE) {
      flags.add(Flag.TOO_EASY);
    }
    if (facility < QuizStatistics.TOO_HARD_BELOW) {
      flags.add(Flag.TOO_HARD);
    }
    if (discrimination != null && discrimination < 0) {
      flags.add(Flag.NEGATIVE_DISCRIMINATION);
    } else if (discrimination != null && discrimination < QuizStatistics.LOW_DISCRIMINATION_BELOW) {
      flags.add(Flag.LOW_DISCRIMINATION);
    }
    return flags;
  }

  static List<Bin> distribution(double[] percents) {
    int[] counts = new int[10];
    for (double p : percents) {
      counts[(int) Math.max(0, Math.min(9, Math.floor(p / 10)))]++;
    }
    List<Bin> bins = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      bins.add(new Bin(i * 10, i == 9 ? 100 : i * 10 + 10, counts[i]));
    }
    return bins;
  }

  /** Per competence: the mean fraction over every response to the questions linked to it. */
  private static List<CompetenceFacility> competences(List<Question> items, List<AttemptData> attempts) {
    Map<String, double[]> sums = new LinkedHashMap<>(); // sum, count
    for (Question q : items) {
      for (String c : q.competences().stream().distinct().toList()) {
        double[] s = sums.computeIfAbsent(c, k -> new double[2]);
        for (AttemptData a : attempts) {
          Double f = a.fractions().get(q.id());
          if (f != null) {
            s[0] += f;
            s[1]++;
          }
        }
      }
    }
    List<CompetenceFacility> list = new ArrayList<>();
    sums.forEach((c, s) -> list.add(new CompetenceFacility(c, (int) s[1], s[1] == 0 ? 0 : s[0] / s[1])));
    return list;
  }
}
