package io.cairn.bench;

import io.vertx.core.json.JsonObject;
import java.util.Arrays;

/** Latency samples in nanoseconds, kept whole (no histogram) so percentiles are exact. */
final class Latencies {
  private long[] values = new long[4096];
  private int size;

  void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  int count() {
    return size;
  }

  /** Nearest-rank percentile in milliseconds; NaN when there are no samples. */
  double percentileMs(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
  }

  double meanMs() {
    if (size == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (int i = 0; i < size; i++) {
      sum += values[i];
    }
    return sum / size / 1e6;
  }

  /** count, p50/p90/p99 and mean in ms, as results.json shows each step of an attempt. */
  JsonObject toJson() {
    return new JsonObject().put("count", count()).put("p50Ms", Tallies.round(percentileMs(50)))
        .put("p90Ms", Tallies.round(percentileMs(90))).put("p99Ms", Tallies.round(percentileMs(99)))
        .put("meanMs", Tallies.round(meanMs()));
  }
}
