package io.cairn.bench;

import io.cairn.bench.AttemptLoad.Job;
import io.cairn.bench.Learners.Group;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole attempts, as learners make them: start, save every answer, submit; BENCH_ATTEMPT_CONCURRENCY
 * learners at once in a closed loop over the three seed quizzes. Counts only attempts that end
 * inside the measuring window.
 */
final class AttemptFlowScenario {
  private final Harness h;
  private final Map<String, List<Buffer>> answers;
  private Correctness.Submitted submitted;

  AttemptFlowScenario(Harness h, Map<String, List<Buffer>> answers) {
    this.h = h;
    this.answers = answers;
  }

  JsonObject run() throws Exception {
    Settings settings = h.settings();
    Group learners = Learners.create(h.server().pool(), h.server().csrf(), "flow", settings.flowLearners());
    h.server().analyze();
    List<Job> jobs = jobs(learners);
    Benchmark.say("Scenario attempt flow: %d simulated learners at once, %.0f s warm-up + %.0f s (up to %d attempts by %d learners)…",
        settings.concurrency(), settings.warmup(), settings.duration(), jobs.size(), settings.flowLearners());

    // the generator runs warm-up and window in one go; this thread opens and closes the window on time
    MeasuringWindow[] window = new MeasuringWindow[1];
    Thread timer = new Thread(() -> {
      try {
        Thread.sleep((long) (settings.warmup() * 1000));
        window[0] = h.openWindow();
        Thread.sleep((long) (settings.duration() * 1000));
        window[0].close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "bench-timer");
    timer.start();
    LoadStats s = h.load().flow(jobs, settings.warmup(), settings.duration());
    timer.join();
    window[0].finish("attemptFlow"); // after the drain, so the database statistics include it

    Correctness correctness = h.correctness();
    correctness.check(!s.ranOutOfJobs, "attempt flow ran out of learners before the window ended; raise BENCH_FLOW_LEARNERS");
    correctness.check(s.failed == 0, "attempt flow: " + s.failed + " attempt(s) failed: " + s.non2xxByStep + " " + s.firstErrors);
    JsonObject json = new JsonObject()
        .put("what", "whole attempts: POST /api/quizzes/{quiz}/attempts, POST /api/attempts/{id}/responses (all answers), "
            + "POST /api/attempts/{id}/submit; " + settings.concurrency() + " learners at once over " + String.join(", ", Scenarios.QUIZZES))
        .put("tool", "Java generator (Vert.x WebClient, closed loop)")
        .put("attempts", s.completedInWindow).put("seconds", Tallies.round(s.windowSeconds))
        .put("attemptsPerSecond", Tallies.round(s.perSecond()))
        .put("requestsPerSecond", Tallies.round(s.requestsInWindow / Math.max(1e-9, s.windowSeconds)))
        .put("wholeAttempt", s.whole.toJson()).put("start", s.start.toJson()).put("save", s.save.toJson())
        .put("submit", s.submit.toJson())
        .put("non2xx", s.non2xx()).put("non2xxByStep", new JsonObject(new HashMap<>(s.non2xxByStep)))
        .put("completedIncludingWarmupAndDrain", s.completed)
        .put("cpu", window[0].cpu(s.completedInWindow, "attempt"))
        .put("database", window[0].database(s.completedInWindow, "attempt (drain included)"));
    window[0].putProfiles(json);
    json.put("submittedIds", s.submittedIds.size());
    submitted = new Correctness.Submitted("attempt flow", learners, s.submittedIds, s.completed);
    Benchmark.say("  %,.0f attempts/s (%,.0f req/s), whole attempt p50 %.1f ms p99 %.1f ms, submit p50 %.1f ms p99 %.1f ms, non-2xx %d",
        s.perSecond(), json.getDouble("requestsPerSecond"), s.whole.percentileMs(50), s.whole.percentileMs(99),
        s.submit.percentileMs(50), s.submit.percentileMs(99), s.non2xx());
    CpuAccounting.say(json.getJsonObject("cpu"));
    return json;
  }

  /** For the database check: which learners, and which attempts the generator saw submitted. */
  Correctness.Submitted submitted() {
    return submitted;
  }

  /**
   * Learner by learner, each taking the three quizzes, three rounds (3 attempts allowed per quiz).
   * A learner's next attempt at a quiz comes only after every other learner's, so one learner never
   * has two attempts at one quiz open at once.
   */
  private List<Job> jobs(Group learners) {
    List<Job> jobs = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < learners.learners().size(); i++) {
        for (String q : Scenarios.QUIZZES) {
          List<Buffer> variants = answers.get(q);
          jobs.add(new Job(learners.learners().get(i), q, variants.get((i + round) % variants.size())));
        }
      }
    }
    return jobs;
  }
}
