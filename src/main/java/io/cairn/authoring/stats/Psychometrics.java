package io.cairn.authoring.stats;

import java.util.List;

/** The arithmetic of item statistics: means, sample variances, Pearson correlation, Cronbach's alpha. */
public final class Psychometrics {
  private Psychometrics() {}

  public static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return x.length == 0 ? 0 : sum / x.length;
  }

  /** Sample variance (divisor n − 1); 0 for fewer than two values. */
  public static double variance(double[] x) {
    if (x.length < 2) {
      return 0;
    }
    double m = mean(x);
    double ss = 0;
    for (double v : x) {
      ss += (v - m) * (v - m);
    }
    return ss / (x.length - 1);
  }

  /** Pearson's r, or null when either variable does not vary (or there are fewer than two pairs). */
  public static Double correlation(double[] x, double[] y) {
    if (x.length < 2 || x.length != y.length) {
      return null;
    }
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx < 1e-12 || syy < 1e-12) {
      return null;
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /**
   * Cronbach's alpha: k/(k−1) × (1 − Σ var(item) / var(total)), over rows of k item scores.
   * Null for fewer than two items or rows, or when the totals do not vary.
   */
  public static Double alpha(List<double[]> rows) {
    if (rows.size() < 2 || rows.get(0).length < 2) {
      return null;
    }
    int k = rows.get(0).length;
    double[] totals = new double[rows.size()];
    double itemVariances = 0;
    for (int i = 0; i < k; i++) {
      double[] item = new double[rows.size()];
      for (int r = 0; r < rows.size(); r++) {
        item[r] = rows.get(r)[i];
        totals[r] += item[r];
      }
      itemVariances += variance(item);
    }
    double total = variance(totals);
    if (total < 1e-12) {
      return null;
    }
    return (double) k / (k - 1) * (1 - itemVariances / total);
  }
}
