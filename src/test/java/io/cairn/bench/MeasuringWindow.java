package io.cairn.bench;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.Map;
import jdk.jfr.Recording;

/**
 * The readings taken around one measuring window: PostgreSQL statistics, CPU and allocation
 * counters, and, unless BENCH_PROFILE=0, a JFR recording and the pg_stat_activity sampler.
 * {@link #open} and {@link #close} bracket the window as tightly as they can, so the profile holds
 * the measured load only; {@link #finish} then does the slow parts (the JFR summary, letting
 * PostgreSQL's statistics settle).
 */
final class MeasuringWindow {
  private final Harness harness;
  private final Map<String, Long> dbBefore;
  private final CpuAccounting.Snapshot cpuBefore;
  private final Recording recording;
  private CpuAccounting.Snapshot cpuAfter;
  private Map<String, Long> dbAfter;
  private JsonObject pgProfile;
  private JsonObject jfrProfile;

  private MeasuringWindow(Harness harness) {
    this.harness = harness;
    this.dbBefore = DbCounters.read(harness.server().pool());
    this.cpuBefore = harness.cpu().snapshot();
    this.recording = harness.settings().profile() ? JfrProfile.start() : null;
    if (harness.pgSampler() != null) {
      harness.pgSampler().start(10);
    }
  }

  static MeasuringWindow open(Harness harness) {
    return new MeasuringWindow(harness);
  }

  /** The end of the window: CPU counters, and the profilers stopped. */
  void close() throws InterruptedException {
    cpuAfter = harness.cpu().snapshot();
    if (recording != null) {
      recording.stop();
    }
    if (harness.pgSampler() != null) {
      pgProfile = harness.pgSampler().stop();
    }
  }

  /** After the load has stopped: keeps the recording as {@code <key>.jfr} and reads the settled database statistics. */
  void finish(String key) throws IOException, InterruptedException {
    if (recording != null) {
      jfrProfile = harness.jfr().summarise(recording, harness.settings().out().resolve(key + ".jfr"));
    }
    DbCounters.settle();
    dbAfter = DbCounters.read(harness.server().pool());
  }

  /** Cores used by each process and thread group, and CPU and allocation per unit of work. */
  JsonObject cpu(double units, String unit) {
    return harness.cpu().between(cpuBefore, cpuAfter, units, unit);
  }

  /** Database work per unit: transactions, rows, WAL, scans per table. */
  JsonObject database(double units, String unit) {
    return DbCounters.perUnit(dbBefore, dbAfter, units, unit);
  }

  /** Adds "profile" (JFR) and "postgresProfile" to a scenario's JSON when profiling is on. */
  void putProfiles(JsonObject json) {
    if (jfrProfile != null) {
      json.put("profile", jfrProfile).put("postgresProfile", pgProfile);
    }
  }
}
