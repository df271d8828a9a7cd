package io.cairn.bench;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cairn's throughput benchmark, in one run: starts the real server (embedded PostgreSQL in a temp
 * data directory, seed content) and a fortunes-style baseline beside it, makes signed-in learners
 * with SQL, and measures
 * <ol>
 *   <li>the baseline GET /fortunes (wrk),
 *   <li>the quiz question page GET /attempts/{id}, rotating over learners with open attempts (wrk),
 *   <li>whole attempts: start, save all answers, submit (Java generator, closed loop),
 *   <li>submit alone, on attempts started and answered beforehand (Java generator).
 * </ol>
 * Every response is checked and the database is checked afterwards. Prints a table and writes
 * target/bench/results.json. Run it with bench/run; settings are BENCH_* environment variables
 * (see bench/README.md). Exit status: 0 clean, 2 measured but a correctness check failed, 1 failed.
 */
public final class Benchmark {
  private Benchmark() {}

  public static void main(String[] args) {
    Settings settings = Settings.fromEnv(System.getenv());
    Harness harness = new Harness(settings);
    Thread hook = new Thread(harness::close, "bench-shutdown"); // Ctrl-C stops PostgreSQL and wrk too
    Runtime.getRuntime().addShutdownHook(hook);
    int code;
    try {
      code = run(settings, harness);
    } catch (Throwable t) {
      t.printStackTrace();
      code = 1;
    } finally {
      harness.close();
    }
    Runtime.getRuntime().removeShutdownHook(hook);
    System.exit(code);
  }

  private static int run(Settings settings, Harness h) throws Exception {
    Files.createDirectories(settings.out());
    JsonObject results = new JsonObject().put("startedAt", Instant.now().toString()).put("machine", machine(settings));
    h.start();
    results.put("server", h.server().describe());
    QuizPageScenario quizPage = QuizPageScenario.prepare(h);
    JsonObject scenarios = new JsonObject();
    results.put("scenarios", scenarios);

    JsonObject baseline = settings.wants("baseline") ? BaselineScenario.run(h) : null;
    putIfRan(scenarios, "baseline", baseline);
    JsonObject page = settings.wants("quizPage") ? quizPage.run(h) : null;
    putIfRan(scenarios, "quizPage", page);

    Map<String, List<Buffer>> answers = Scenarios.answerVariants(h.server());
    AttemptFlowScenario flow = new AttemptFlowScenario(h, answers);
    JsonObject flowResult = settings.wants("attemptFlow") ? flow.run() : null;
    putIfRan(scenarios, "attemptFlow", flowResult);
    SubmitOnlyScenario submit = new SubmitOnlyScenario(h, answers);
    JsonObject submitResult = settings.wants("submitOnly")
        ? submit.run(flowResult == null ? null : flowResult.getDouble("attemptsPerSecond")) : null;
    putIfRan(scenarios, "submitOnly", submitResult);

    results.put("verification",
        h.correctness().verifyDatabase(h.server(), quizPage.learners(), flow.submitted(), submit.submitted()));
    if (settings.profile()) {
      results.put("diagnostics", Diagnostics.collect(h.server().pool()));
    }
    new Report(settings, results, h.correctness()).write(baseline, page, flowResult, submitResult, submit.attempts());
    return h.correctness().ok() ? 0 : 2;
  }

  /** The "machine" block: the numbers only mean something next to the load the machine already had. */
  private static JsonObject machine(Settings settings) throws Exception {
    return new JsonObject().put("cores", Runtime.getRuntime().availableProcessors())
        .put("loadAverageBefore", Files.readString(Path.of("/proc/loadavg")).trim())
        .put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"))
        .put("wrk", Wrk.version(settings.wrk()));
  }

  private static void putIfRan(JsonObject scenarios, String key, JsonObject result) {
    if (result != null) {
      scenarios.put(key, result);
    }
  }

  /** Progress lines, prefixed so they stand apart from the server's log. */
  static void say(String format, Object... args) {
    System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
  }
}
