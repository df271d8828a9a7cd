package io.cairn.bench;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The BENCH_* environment variables, read once; bench/README.md lists them. */
record Settings(
    double duration,
    double warmup,
    int wrkThreads,
    int connections,
    int pageLearners,
    int concurrency,
    int flowLearners,
    int httpInstances,
    String dbPoolSize,
    int submitAttempts,
    boolean profile,
    Path out,
    String wrk,
    String wrkStatus,
    List<String> scenarios) {

  static Settings fromEnv(Map<String, String> env) {
    return new Settings(
        number(env, "BENCH_DURATION", 20),
        number(env, "BENCH_WARMUP", 30),
        (int) number(env, "BENCH_WRK_THREADS", 2),
        (int) number(env, "BENCH_CONNECTIONS", 64),
        (int) number(env, "BENCH_QUIZ_LEARNERS", 256),
        (int) number(env, "BENCH_ATTEMPT_CONCURRENCY", 64),
        (int) number(env, "BENCH_FLOW_LEARNERS", 3000),
        (int) number(env, "BENCH_HTTP_INSTANCES", 2),
        env.get("BENCH_DB_POOL_SIZE"),
        (int) number(env, "BENCH_SUBMIT_ATTEMPTS", 0), // 0: sized from the attempt-flow rate
        !"0".equals(env.getOrDefault("BENCH_PROFILE", "1")),
        Path.of(env.getOrDefault("BENCH_OUT", "target/bench")).toAbsolutePath(),
        env.getOrDefault("BENCH_WRK", "wrk"),
        env.getOrDefault("BENCH_WRK_STATUS", "warmup"),
        List.of(env.getOrDefault("BENCH_SCENARIOS", "baseline,quizPage,attemptFlow,submitOnly").split("\\s*,\\s*")));
  }

  boolean wants(String scenario) {
    return scenarios.contains(scenario);
  }

  /**
   * Whether wrk counts every status in Lua (BENCH_WRK_STATUS): it costs wrk ~0.1 ms of CPU per 21 KB
   * page, on the cores the server uses, so by default only the warm-up pays for it.
   */
  boolean countStatusInWarmup() {
    return !wrkStatus.equals("none");
  }

  boolean countStatusWhileMeasuring() {
    return wrkStatus.equals("all");
  }

  /** The "settings" block of results.json, with the number of submit-only attempts actually used. */
  JsonObject toJson(int submitAttemptsUsed) {
    return new JsonObject().put("scenarios", String.join(",", scenarios)).put("durationSeconds", duration)
        .put("warmupSeconds", warmup).put("wrkThreads", wrkThreads).put("wrkConnections", connections)
        .put("quizPageLearners", pageLearners).put("attemptConcurrency", concurrency).put("flowLearners", flowLearners)
        .put("submitAttempts", submitAttemptsUsed).put("profile", profile).put("wrkStatusCounting", wrkStatus);
  }

  private static double number(Map<String, String> env, String name, double fallback) {
    String v = env.get(name);
    return v == null || v.isBlank() ? fallback : Double.parseDouble(v.trim());
  }
}
