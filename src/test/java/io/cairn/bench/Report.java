package io.cairn.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;

/**
 * The end of a run: ratios to the baseline against the aims, results.json, and the table. Ratios
 * measured in one run are what to compare; absolute numbers move with the load on the machine.
 */
final class Report {
  static final double AIM_PAGE_RATIO = 0.80;
  static final double AIM_SUBMIT_RATIO = 0.50;
  static final double AIM_PAGE_RPS = 10_000;
  static final double AIM_ATTEMPTS_PER_SECOND = 500;

  private final Settings settings;
  private final JsonObject results;
  private final Correctness correctness;

  Report(Settings settings, JsonObject results, Correctness correctness) {
    this.settings = settings;
    this.results = results;
    this.correctness = correctness;
  }

  /** Completes and writes results.json, prints the table; any argument is null if that scenario did not run. */
  void write(JsonObject base, JsonObject page, JsonObject flow, JsonObject submit, int submitAttempts) throws IOException {
    JsonObject ratios = new JsonObject();
    JsonObject met = new JsonObject();
    if (base != null) {
      double baseline = base.getDouble("perSecond");
      if (page != null) {
        ratios.put("quizPageToBaseline", Tallies.round(page.getDouble("perSecond") / baseline));
        met.put("quizPageToBaseline", page.getDouble("perSecond") / baseline >= AIM_PAGE_RATIO);
      }
      if (submit != null) {
        ratios.put("submitToBaseline", Tallies.round(submit.getDouble("perSecond") / baseline));
        met.put("submitToBaseline", submit.getDouble("perSecond") / baseline >= AIM_SUBMIT_RATIO);
      }
      if (flow != null) {
        ratios.put("attemptFlowRequestsToBaseline", Tallies.round(flow.getDouble("requestsPerSecond") / baseline));
        ratios.put("attemptsPerSecondToBaseline", Tallies.round(flow.getDouble("attemptsPerSecond") / baseline));
      }
    }
    if (page != null) {
      met.put("quizPageRequestsPerSecond", page.getDouble("perSecond") >= AIM_PAGE_RPS);
    }
    if (flow != null) {
      met.put("attemptsPerSecond", flow.getDouble("attemptsPerSecond") >= AIM_ATTEMPTS_PER_SECOND);
    }
    results.put("ratios", ratios);
    results.put("aims", new JsonObject()
        .put("quizPageToBaseline", AIM_PAGE_RATIO).put("submitToBaseline", AIM_SUBMIT_RATIO)
        .put("quizPageRequestsPerSecond", AIM_PAGE_RPS).put("attemptsPerSecond", AIM_ATTEMPTS_PER_SECOND)
        .put("met", met));
    results.put("settings", settings.toJson(submitAttempts));
    results.put("loadAverageAfter", Files.readString(Path.of("/proc/loadavg")).trim());
    results.put("problems", new JsonArray(new ArrayList<Object>(correctness.problems())));
    results.put("finishedAt", Instant.now().toString());
    Files.writeString(settings.out().resolve("results.json"), results.encodePrettily());
    printTable(base, page, flow, submit, ratios);
    Benchmark.say("Results: %s", settings.out().resolve("results.json"));
    if (!correctness.ok()) {
      Benchmark.say("CORRECTNESS PROBLEMS (these numbers may be measuring errors):");
      correctness.problems().forEach(p -> Benchmark.say("  - %s", p));
    }
  }

  private void printTable(JsonObject base, JsonObject page, JsonObject flow, JsonObject submit, JsonObject ratios) {
    String line = "-".repeat(118);
    JsonObject machine = results.getJsonObject("machine");
    System.out.println();
    System.out.println("Cairn benchmark  " + machine.getInteger("cores") + " cores, load before "
        + machine.getString("loadAverageBefore") + ", " + settings.httpInstances() + " HTTP verticles, PostgreSQL "
        + results.getJsonObject("server").getString("postgres") + ", " + Math.round(settings.duration()) + " s per scenario");
    System.out.println(line);
    System.out.printf(Locale.ROOT, "%-46s %18s %10s %10s %8s  %s%n", "scenario", "throughput", "p50", "p99", "non-2xx", "vs baseline (aim)");
    System.out.println(line);
    if (base != null) {
      row("baseline  GET /fortunes", base, "perSecond", "req/s", base, "1.00");
    }
    if (page != null) {
      row("quiz page GET /attempts/{id}", page, "perSecond", "req/s", page, String.format(Locale.ROOT,
          "%s (>= %.2f)  product aim %,.0f req/s", ratio(ratios, "quizPageToBaseline"), AIM_PAGE_RATIO, AIM_PAGE_RPS));
    }
    if (submit != null) {
      row("submit    POST /api/attempts/{id}/submit", submit, "perSecond", "req/s", submit, String.format(Locale.ROOT,
          "%s (>= %.2f)", ratio(ratios, "submitToBaseline"), AIM_SUBMIT_RATIO));
    }
    if (flow != null) {
      row("attempt   start + save + submit (whole)", flow, "attemptsPerSecond", "att/s", flow.getJsonObject("wholeAttempt"),
          String.format(Locale.ROOT, "%,.0f req/s = %s  product aim %,.0f attempts/s", flow.getDouble("requestsPerSecond"),
              ratio(ratios, "attemptFlowRequestsToBaseline"), AIM_ATTEMPTS_PER_SECOND));
      JsonObject sub = flow.getJsonObject("submit");
      System.out.printf(Locale.ROOT, "%-46s %18s %7.2f ms %7.2f ms%n", "            submit call within the flow", "",
          sub.getDouble("p50Ms"), sub.getDouble("p99Ms"));
    }
    System.out.println(line);
    System.out.println("Correctness: " + (correctness.ok() ? "no non-2xx responses; database matches the generator "
        + "(submitted attempts, score and evidence rows)" : correctness.problems().size() + " problem(s), see below"));
  }

  /** One table row: rate from {@code scenario}, p50/p99 from {@code latency}, non-2xx from {@code scenario}. */
  private static void row(String name, JsonObject scenario, String rateKey, String unit, JsonObject latency, String vsBaseline) {
    System.out.printf(Locale.ROOT, "%-46s %12s %5s %7.2f ms %7.2f ms %8d  %s%n", name,
        String.format(Locale.ROOT, "%,.0f", scenario.getDouble(rateKey)), unit, latency.getDouble("p50Ms"),
        latency.getDouble("p99Ms"), scenario.getLong("non2xx"), vsBaseline);
  }

  private static String ratio(JsonObject ratios, String key) {
    Double r = ratios.getDouble(key);
    return r == null ? "n/a" : String.format(Locale.ROOT, "%.2f", r);
  }
}
