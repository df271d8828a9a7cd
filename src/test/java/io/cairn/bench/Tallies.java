package io.cairn.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Comparator;
import java.util.Map;

/** Number formatting shared by everything that writes results.json. */
final class Tallies {
  private Tallies() {}

  /** Three decimals: enough for ms and cores, short enough to read in the JSON. */
  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /** The {@code n} largest counts as [{label: key, samples, percent of total}], largest first. */
  static JsonArray top(Map<String, Long> counts, long total, int n, String label) {
    JsonArray out = new JsonArray();
    counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(n)
        .forEach(e -> out.add(new JsonObject().put(label, e.getKey()).put("samples", e.getValue())
            .put("percent", total == 0 ? 0 : round(100.0 * e.getValue() / total))));
    return out;
  }
}
