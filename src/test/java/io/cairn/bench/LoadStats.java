package io.cairn.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one run of the Java load generator measured. Changed only on the generator's event loop. */
final class LoadStats {
  final Latencies whole = new Latencies();
  final Latencies start = new Latencies();
  final Latencies save = new Latencies();
  final Latencies submit = new Latencies();
  long completed;          // every attempt finished (warm-up, window and drain)
  long completedInWindow;  // the ones counted for throughput
  long requestsInWindow;   // HTTP requests of those attempts
  long failed;
  final Map<String, Long> non2xxByStep = new LinkedHashMap<>();
  final List<String> firstErrors = new ArrayList<>();
  double windowSeconds;
  boolean ranOutOfJobs;
  final List<Long> submittedIds = new ArrayList<>();
  final List<AttemptLoad.Prepared> prepared = new ArrayList<>();

  /** Counts a failed job under the step that failed ("start", "save", "submit" or "transport"). */
  void fail(Throwable err) {
    failed++;
    String step = err instanceof LearnerRequests.StepFailed f ? f.step() : "transport";
    non2xxByStep.merge(step, 1L, Long::sum);
    if (firstErrors.size() < 5) {
      firstErrors.add(String.valueOf(err.getMessage()));
    }
  }

  double perSecond() {
    return windowSeconds <= 0 ? 0 : completedInWindow / windowSeconds;
  }

  long non2xx() {
    return non2xxByStep.values().stream().mapToLong(Long::longValue).sum();
  }
}
