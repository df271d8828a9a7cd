package io.cairn.bench;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Everything one run starts, in one place so that it is all stopped in one place and in order, at
 * the end or on Ctrl-C: wrk, the PostgreSQL sampler, the load generator, then the servers and
 * PostgreSQL, and the temp data directory.
 */
final class Harness implements AutoCloseable {
  private final Settings settings;
  private final Correctness correctness = new Correctness();
  private final AtomicBoolean closed = new AtomicBoolean();
  private BenchServer server;
  private AttemptLoad load;
  private Wrk wrk;
  private CpuAccounting cpu;
  private JfrProfile jfr;
  private PgSampler pgSampler;

  Harness(Settings settings) {
    this.settings = settings;
  }

  void start() throws Exception {
    server = new BenchServer(settings);
    server.start();
    load = new AttemptLoad(BenchServer.HOST, server.port(), settings.concurrency());
    wrk = new Wrk(settings.wrk(), Path.of("bench/rotate.lua").toAbsolutePath(), settings.wrkThreads(), settings.connections());
    ThreadGroups groups = new ThreadGroups(load.threadId());
    cpu = new CpuAccounting(server.postmasterPidFile(), groups);
    jfr = new JfrProfile(groups);
    pgSampler = settings.profile() ? new PgSampler(server.cairn().database()) : null;
  }

  /** Starts measuring: see {@link MeasuringWindow}. */
  MeasuringWindow openWindow() {
    return MeasuringWindow.open(this);
  }

  Settings settings() {
    return settings;
  }

  Correctness correctness() {
    return correctness;
  }

  BenchServer server() {
    return server;
  }

  AttemptLoad load() {
    return load;
  }

  Wrk wrk() {
    return wrk;
  }

  CpuAccounting cpu() {
    return cpu;
  }

  JfrProfile jfr() {
    return jfr;
  }

  /** Null when BENCH_PROFILE=0. */
  PgSampler pgSampler() {
    return pgSampler;
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (wrk != null) {
      wrk.stop();
    }
    if (pgSampler != null) {
      pgSampler.close();
    }
    try {
      if (load != null) {
        load.close();
      }
    } catch (RuntimeException e) {
      System.err.println("[bench] closing the load generator: " + e);
    }
    if (server != null) {
      server.close();
    }
  }
}
