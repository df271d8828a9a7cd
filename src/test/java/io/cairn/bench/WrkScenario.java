package io.cairn.bench;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A GET scenario driven by wrk: every target fetched once and checked, a warm-up, then the measured
 * run, and afterwards a check that wrk read the same pages the probe saw.
 */
final class WrkScenario {
  private WrkScenario() {}

  /**
   * @param key the scenario's name in results.json and in the file names under BENCH_OUT
   * @param targets the paths (and cookies) wrk rotates over
   * @param marker text every good page contains
   */
  static JsonObject run(Harness h, String key, String what, int port, List<Wrk.Target> targets, String marker) throws Exception {
    Settings settings = h.settings();
    Correctness correctness = h.correctness();
    String baseUrl = "http://" + BenchServer.HOST + ":" + port;
    Benchmark.say("Scenario %s: %s", key, what);
    PageProbe probe = h.load().probe(port, targets, marker);
    correctness.check(probe.allOk(), key + ": probing every target before the run gave " + probe.statuses()
        + " and " + probe.missingMarker() + " page(s) without \"" + marker + "\"; first body: " + abbreviate(probe.firstBody()));
    Path file = Wrk.writeTargets(settings.out().resolve(key + "-targets.txt"), targets);

    Benchmark.say("  warm-up %.0f s…", settings.warmup());
    Wrk.Result warm = h.wrk().run(baseUrl, file, settings.warmup(), settings.countStatusInWarmup());
    correctness.checkWrk(key + " warm-up", warm);
    DbCounters.settle();

    MeasuringWindow window = h.openWindow();
    Benchmark.say("  measuring %.0f s (wrk -t%d -c%d --latency)…", settings.duration(), settings.wrkThreads(), settings.connections());
    Wrk.Result r = h.wrk().run(baseUrl, file, settings.duration(), settings.countStatusWhileMeasuring());
    window.close();
    window.finish(key);

    correctness.checkWrk(key, r);
    // wrk counts only statuses >= 400 unless Lua sees every response; a redirect or error page
    // would still change the mean size of a response
    double expected = probe.meanBytesWithHeaders();
    double actual = r.bytesPerResponse();
    correctness.check(Math.abs(actual - expected) <= Math.max(16, 0.01 * expected), key + ": wrk read " + Math.round(actual)
        + " bytes per response but a checked page is about " + Math.round(expected) + ": some responses were not the page");
    Files.writeString(settings.out().resolve(key + "-wrk.txt"), r.output());

    JsonObject json = new JsonObject().put("what", what).put("tool", "wrk")
        .put("requests", r.requests()).put("seconds", Tallies.round(r.seconds()))
        .put("perSecond", Tallies.round(r.perSecond())).put("p50Ms", r.p50Ms()).put("p99Ms", r.p99Ms())
        .put("p90Ms", r.json().getLong("p90Micros") / 1e3).put("meanMs", Tallies.round(r.json().getDouble("meanMicros") / 1e3))
        .put("non2xx", r.non2xx()).put("socketErrors", r.socketErrors())
        .put("statusCounting", settings.countStatusWhileMeasuring() ? "every response counted by status in Lua"
            : "wrk counted statuses >= 400; 3xx would show as a changed bytes-per-response and in the database check")
        .put("status", r.json().getJsonObject("status"))
        .put("bytesPerResponse", Math.round(actual)).put("probedBytesPerResponse", Math.round(expected))
        .put("warmup", new JsonObject().put("requests", warm.requests()).put("perSecond", Tallies.round(warm.perSecond()))
            .put("non2xx", warm.non2xx()).put("status", warm.json().getJsonObject("status")))
        .put("cpu", window.cpu(r.requests(), "request"))
        .put("database", window.database(r.requests(), "request"));
    window.putProfiles(json);
    Benchmark.say("  %,.0f req/s, p50 %.2f ms, p99 %.2f ms, non-2xx %d", r.perSecond(), r.p50Ms(), r.p99Ms(), r.non2xx());
    CpuAccounting.say(json.getJsonObject("cpu"));
    return json;
  }

  private static String abbreviate(String s) {
    return s == null ? "(none)" : s.length() > 400 ? s.substring(0, 400) + "…" : s;
  }
}
