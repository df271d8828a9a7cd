package io.cairn.bench;

import io.cairn.bench.Learners.Learner;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The Java load generator for attempts: a fixed number of simulated learners run at once, each
 * taking the next job as soon as its last one finished (closed loop). It runs on its own Vert.x
 * with one event loop, renamed so that CPU accounting and profiles can tell it from the server's.
 */
final class AttemptLoad implements AutoCloseable {
  static final String THREAD_NAME = "bench-loadgen";

  /** One attempt to make: who, which quiz, and the answers to save. */
  record Job(Learner learner, String quizId, Buffer answers) {}

  /** An attempt started and answered but not submitted, for the submit-only scenario. */
  record Prepared(Learner learner, long attemptId) {}

  private final Vertx vertx;
  private final WebClient client;
  private final LearnerRequests requests;
  private final int concurrency;
  private volatile long threadId = -1;

  AttemptLoad(String host, int port, int concurrency) {
    this.concurrency = concurrency;
    this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1).setInternalBlockingPoolSize(1));
    CompletableFuture<Void> named = new CompletableFuture<>();
    vertx.runOnContext(v -> {
      Thread.currentThread().setName(THREAD_NAME);
      threadId = Thread.currentThread().getId();
      named.complete(null);
    });
    named.join();
    this.client = WebClient.create(vertx,
        new WebClientOptions().setDefaultHost(host).setDefaultPort(port).setKeepAlive(true)
            .setTcpNoDelay(true).setFollowRedirects(false).setUserAgentEnabled(false),
        new PoolOptions().setHttp1MaxSize(concurrency).setMaxWaitQueueSize(-1));
    this.requests = new LearnerRequests(client);
  }

  long threadId() {
    return threadId;
  }

  /**
   * Whole attempts (start, save all answers, submit) for {@code warmup + measure} seconds; only
   * attempts that end inside the measuring window count for throughput and latency. Attempts still
   * running when the window closes are finished (drained) but not counted.
   */
  LoadStats flow(List<Job> jobs, double warmupSeconds, double measureSeconds) {
    LoadStats stats = new LoadStats();
    return runOnGenerator(done -> new Runner(jobs.size(), stats, done) {
      final long windowStart = System.nanoTime() + (long) (warmupSeconds * 1e9);
      final long windowEnd = windowStart + (long) (measureSeconds * 1e9);
      long lastInWindow = windowStart;

      @Override
      boolean more() {
        return System.nanoTime() < windowEnd;
      }

      @Override
      Future<?> run(int index) {
        Job job = jobs.get(index);
        long t0 = System.nanoTime();
        long[] t = new long[3];
        return requests.start(job.learner(), job.quizId()).compose(id -> {
          t[0] = System.nanoTime();
          return requests.save(job.learner(), id, job.answers()).map(id);
        }).compose(id -> {
          t[1] = System.nanoTime();
          return requests.submit(job.learner(), id).map(id);
        }).onSuccess(id -> {
          t[2] = System.nanoTime();
          stats.completed++;
          stats.submittedIds.add(id);
          if (t[2] >= windowStart && t[2] < windowEnd) {
            stats.completedInWindow++;
            stats.requestsInWindow += 3;
            stats.whole.add(t[2] - t0);
            stats.start.add(t[0] - t0);
            stats.save.add(t[1] - t[0]);
            stats.submit.add(t[2] - t[1]);
            lastInWindow = t[2];
          }
        });
      }

      @Override
      void finish() {
        // out of jobs early: the window ends with the last attempt counted, not at the planned end
        long end = stats.ranOutOfJobs ? Math.min(windowEnd, lastInWindow) : windowEnd;
        stats.windowSeconds = Math.max(0, (end - windowStart) / 1e9);
      }
    });
  }

  /** Starts and answers every job's attempt without submitting it. */
  LoadStats prepare(List<Job> jobs) {
    LoadStats stats = new LoadStats();
    return runOnGenerator(done -> new Runner(jobs.size(), stats, done) {
      @Override
      Future<?> run(int index) {
        Job job = jobs.get(index);
        return requests.start(job.learner(), job.quizId())
            .compose(id -> requests.save(job.learner(), id, job.answers()).map(id))
            .onSuccess(id -> stats.prepared.add(new Prepared(job.learner(), id)));
      }
    });
  }

  /** Only the submit call, for attempts prepared beforehand: as fast as the server takes them. */
  LoadStats submitOnly(List<Prepared> attempts) {
    LoadStats stats = new LoadStats();
    return runOnGenerator(done -> new Runner(attempts.size(), stats, done) {
      final long begin = System.nanoTime();
      long last = begin;

      @Override
      Future<?> run(int index) {
        Prepared p = attempts.get(index);
        long t0 = System.nanoTime();
        return requests.submit(p.learner(), p.attemptId()).onSuccess(x -> {
          last = System.nanoTime();
          stats.completed++;
          stats.completedInWindow++;
          stats.requestsInWindow++;
          stats.submittedIds.add(p.attemptId());
          stats.submit.add(last - t0);
          stats.whole.add(last - t0);
        });
      }

      @Override
      void finish() {
        stats.windowSeconds = (last - begin) / 1e9;
      }
    });
  }

  /** GETs each wrk target once, on the generator's client; see {@link PageProbe}. */
  PageProbe probe(int port, List<Wrk.Target> targets, String marker) {
    CompletableFuture<PageProbe> done = new CompletableFuture<>();
    vertx.runOnContext(v -> PageProbe.send(client, port, targets, marker).onComplete(ar -> {
      if (ar.succeeded()) {
        done.complete(ar.result());
      } else {
        done.completeExceptionally(ar.cause());
      }
    }));
    return done.join();
  }

  /** Builds and starts a runner on the generator's event loop, and waits for it to finish. */
  private LoadStats runOnGenerator(Function<CompletableFuture<LoadStats>, Runner> runner) {
    CompletableFuture<LoadStats> done = new CompletableFuture<>();
    vertx.runOnContext(v -> runner.apply(done).begin());
    return done.join();
  }

  /** Keeps {@code concurrency} jobs in flight until the jobs run out or {@link #more} says stop. */
  private abstract class Runner {
    private final int jobs;
    private final LoadStats stats;
    private final CompletableFuture<LoadStats> done;
    private int next;
    private int active;

    Runner(int jobs, LoadStats stats, CompletableFuture<LoadStats> done) {
      this.jobs = jobs;
      this.stats = stats;
      this.done = done;
    }

    abstract Future<?> run(int index);

    boolean more() {
      return true;
    }

    void finish() {}

    void begin() {
      active = concurrency;
      for (int i = 0; i < concurrency; i++) {
        loop();
      }
    }

    private void loop() {
      if (!more() || next >= jobs) {
        if (next >= jobs) {
          stats.ranOutOfJobs = true;
        }
        if (--active == 0) {
          finish();
          done.complete(stats);
        }
        return;
      }
      int index = next++;
      Future<?> f;
      try {
        f = run(index);
      } catch (RuntimeException e) {
        f = Future.failedFuture(e);
      }
      f.onComplete(ar -> {
        if (ar.failed()) {
          stats.fail(ar.cause());
        }
        loop();
      });
    }
  }

  @Override
  public void close() {
    client.close();
    vertx.close().await();
  }
}
