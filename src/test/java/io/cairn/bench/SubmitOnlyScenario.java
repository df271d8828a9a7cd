package io.cairn.bench;

import io.cairn.bench.AttemptLoad.Job;
import io.cairn.bench.Learners.Group;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Submit alone, POST /api/attempts/{id}/submit: scoring and the transaction that writes the result,
 * score and evidence rows. Attempts are started and fully answered beforehand, so the window holds
 * submits only; there are enough of them for about 10 s at the rate the attempt flow reached.
 */
final class SubmitOnlyScenario {
  private final Harness h;
  private final Map<String, List<Buffer>> answers;
  private Correctness.Submitted submitted;
  private int attempts;

  SubmitOnlyScenario(Harness h, Map<String, List<Buffer>> answers) {
    this.h = h;
    this.answers = answers;
  }

  /** @param flowAttemptsPerSecond the attempt flow's rate, to size the run; null if it did not run */
  JsonObject run(Double flowAttemptsPerSecond) throws Exception {
    Settings settings = h.settings();
    Correctness correctness = h.correctness();
    Group learners = Learners.create(h.server().pool(), h.server().csrf(), "submit",
        (size(flowAttemptsPerSecond) + Scenarios.QUIZZES.size() - 1) / Scenarios.QUIZZES.size());
    List<Job> jobs = new ArrayList<>();
    for (String q : Scenarios.QUIZZES) {
      for (int i = 0; i < learners.learners().size(); i++) {
        List<Buffer> variants = answers.get(q);
        jobs.add(new Job(learners.learners().get(i), q, variants.get(i % variants.size())));
      }
    }
    attempts = jobs.size();
    Benchmark.say("Scenario submit only: preparing %d open attempts with every answer saved…", jobs.size());
    LoadStats prep = h.load().prepare(jobs);
    if (prep.failed > 0) {
      throw new IllegalStateException("preparing attempts for submit-only failed " + prep.failed + " time(s): " + prep.firstErrors);
    }
    h.server().analyze();

    Benchmark.say("  submitting %d attempts, %d at once…", prep.prepared.size(), settings.concurrency());
    DbCounters.settle();
    MeasuringWindow window = h.openWindow();
    LoadStats s = h.load().submitOnly(prep.prepared);
    window.close();
    window.finish("submitOnly");

    correctness.check(s.failed == 0, "submit only: " + s.failed + " submit(s) failed: " + s.firstErrors);
    correctness.check(s.windowSeconds >= 3, "submit only lasted " + Tallies.round(s.windowSeconds)
        + " s: too short to trust; set BENCH_SUBMIT_ATTEMPTS higher");
    submitted = new Correctness.Submitted("submit only", learners, s.submittedIds, s.completedInWindow);
    JsonObject json = new JsonObject()
        .put("what", "POST /api/attempts/{id}/submit alone (scoring, result, scores and evidence in one transaction, "
            + "result JSON), on " + prep.prepared.size() + " attempts answered beforehand; " + settings.concurrency() + " at once")
        .put("tool", "Java generator (Vert.x WebClient, closed loop)")
        .put("requests", s.completedInWindow).put("seconds", Tallies.round(s.windowSeconds))
        .put("perSecond", Tallies.round(s.perSecond()))
        .put("p50Ms", Tallies.round(s.submit.percentileMs(50))).put("p99Ms", Tallies.round(s.submit.percentileMs(99)))
        .put("meanMs", Tallies.round(s.submit.meanMs()))
        .put("non2xx", s.non2xx())
        .put("cpu", window.cpu(s.completedInWindow, "submit"))
        .put("database", window.database(s.completedInWindow, "submit"));
    window.putProfiles(json);
    Benchmark.say("  %,.0f submits/s, p50 %.1f ms, p99 %.1f ms, non-2xx %d", s.perSecond(), s.submit.percentileMs(50),
        s.submit.percentileMs(99), s.non2xx());
    CpuAccounting.say(json.getJsonObject("cpu"));
    return json;
  }

  /** For the database check. */
  Correctness.Submitted submitted() {
    return submitted;
  }

  /** How many attempts were prepared (a multiple of the number of quizzes). */
  int attempts() {
    return attempts;
  }

  /**
   * BENCH_SUBMIT_ATTEMPTS, or enough for about 2/3 of BENCH_DURATION (at least 5 s) at twice the
   * attempt-flow rate (submit alone is faster than a whole attempt), between 600 and 30,000.
   */
  private int size(Double flowAttemptsPerSecond) {
    if (h.settings().submitAttempts() > 0) {
      return h.settings().submitAttempts();
    }
    double rate = flowAttemptsPerSecond == null ? 300 : flowAttemptsPerSecond;
    double duration = h.settings().duration();
    return (int) Math.max(600, Math.min(30_000, Math.round(rate * 2 * Math.max(5, duration * 0.67) / 3) * 3));
  }
}
