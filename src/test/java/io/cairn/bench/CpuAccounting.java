package io.cairn.bench;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the CPU went during a window: this JVM split by thread group, PostgreSQL (postmaster and
 * backends), wrk (the JVM's child processes) and everything else on the machine, from /proc and the
 * JVM's thread counters. The machine is shared, so the "everything else" share says how much to
 * trust a run.
 */
final class CpuAccounting {
  private static final double TICKS = 100.0; // USER_HZ; getconf CLK_TCK is 100 on Linux
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final List<String> GROUPS =
      List.of(ThreadGroups.SERVER, ThreadGroups.GENERATOR, ThreadGroups.VERTX_OTHER, ThreadGroups.OTHER);

  private final Path postmasterPidFile;
  private final ThreadGroups groups;

  CpuAccounting(Path postmasterPidFile, ThreadGroups groups) {
    this.postmasterPidFile = postmasterPidFile;
    this.groups = groups;
  }

  /** A point-in-time reading of CPU and allocation counters (seconds, bytes). */
  record Snapshot(long nanos, double machineBusy, double machineTotal, double jvm, double jvmChildren,
      double postgres, Map<String, Double> threadCpu, Map<String, Long> threadAlloc) {}

  Snapshot snapshot() {
    long now = System.nanoTime();
    double[] machine = machine();
    double[] self = procStat(ProcessHandle.current().pid());
    double pg = postgres();
    Map<String, Double> cpu = new HashMap<>();
    Map<String, Long> alloc = new HashMap<>();
    for (long id : THREADS.getAllThreadIds()) {
      var info = THREADS.getThreadInfo(id);
      if (info == null) {
        continue;
      }
      String group = groups.of(id, info.getThreadName());
      long t = THREADS.getThreadCpuTime(id);
      if (t > 0) {
        cpu.merge(group, t / 1e9, Double::sum);
      }
      long a = THREADS.getThreadAllocatedBytes(id);
      if (a > 0) {
        alloc.merge(group, a, Long::sum);
      }
    }
    return new Snapshot(now, machine[0], machine[1], self[0] + self[1], self[2] + self[3], pg, cpu, alloc);
  }

  /** CPU used between two snapshots, in cores (CPU seconds per wall second), and per unit of work. */
  JsonObject between(Snapshot a, Snapshot b, double units, String unit) {
    double wall = (b.nanos() - a.nanos()) / 1e9;
    double jvm = b.jvm() - a.jvm();
    Map<String, Double> threads = new LinkedHashMap<>();
    double javaThreads = 0;
    for (String g : GROUPS) {
      double d = b.threadCpu().getOrDefault(g, 0.0) - a.threadCpu().getOrDefault(g, 0.0);
      threads.put(g, d);
      javaThreads += d;
    }
    double pg = b.postgres() - a.postgres();
    double wrk = b.jvmChildren() - a.jvmChildren();
    double busy = b.machineBusy() - a.machineBusy();
    double total = b.machineTotal() - a.machineTotal();
    JsonObject cores = new JsonObject();
    threads.forEach((g, d) -> cores.put("jvm: " + g, Tallies.round(d / wall)));
    cores.put("jvm: GC, JIT and VM", Tallies.round(Math.max(0, jvm - javaThreads) / wall)); // JVM time no Java thread accounts for
    cores.put("postgresql", Tallies.round(pg / wall));
    cores.put("wrk", Tallies.round(wrk / wall));
    cores.put("everything else on the machine", Tallies.round(Math.max(0, busy - jvm - pg - wrk) / wall));
    cores.put("idle", Tallies.round((total - busy) / wall));
    JsonObject perUnit = new JsonObject();
    if (units > 0) {
      perUnit.put("serverEventLoopMicros", Tallies.round(threads.get(ThreadGroups.SERVER) / units * 1e6));
      perUnit.put("jvmTotalMicros", Tallies.round(jvm / units * 1e6));
      perUnit.put("postgresMicros", Tallies.round(pg / units * 1e6));
      long alloc = b.threadAlloc().getOrDefault(ThreadGroups.SERVER, 0L) - a.threadAlloc().getOrDefault(ThreadGroups.SERVER, 0L);
      perUnit.put("serverAllocatedKB", Tallies.round(alloc / units / 1024.0));
    }
    return new JsonObject().put("wallSeconds", Tallies.round(wall)).put("coresUsed", cores)
        .put("per", unit).put("perUnit", perUnit);
  }

  /** Prints a {@link #between} result as two progress lines. */
  static void say(JsonObject cpu) {
    StringBuilder b = new StringBuilder();
    cpu.getJsonObject("coresUsed").forEach(e -> b.append(b.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
        .append(String.format(Locale.ROOT, "%.2f", ((Number) e.getValue()).doubleValue())));
    Benchmark.say("  cores used: %s", b);
    JsonObject per = cpu.getJsonObject("perUnit");
    if (per != null && !per.isEmpty()) {
      Benchmark.say("  per %s: %s", cpu.getString("per"), per.encode());
    }
  }

  /** CPU seconds of the postmaster and its children (the backends); 0 if /proc cannot tell. */
  private double postgres() {
    long postmaster = postmasterPid();
    if (postmaster <= 0) {
      return 0;
    }
    double[] pm = procStat(postmaster);
    double pg = pm[0] + pm[1];
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : (Iterable<Path>) procs::iterator) {
        String name = p.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        double[] s = procStat(Long.parseLong(name));
        if (s[4] == postmaster) {
          pg += s[0] + s[1];
        }
      }
    } catch (IOException ignored) {
      // /proc unreadable: the backends' share stays unknown
    }
    return pg;
  }

  private long postmasterPid() {
    try {
      return Long.parseLong(Files.readAllLines(postmasterPidFile).get(0).trim());
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** utime, stime, cutime, cstime (seconds) and ppid of a process; zeros if it is gone. */
  private static double[] procStat(long pid) {
    try {
      String s = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
      return new double[] {Long.parseLong(f[11]) / TICKS, Long.parseLong(f[12]) / TICKS,
          Long.parseLong(f[13]) / TICKS, Long.parseLong(f[14]) / TICKS, Long.parseLong(f[1])};
    } catch (IOException | RuntimeException e) {
      return new double[5];
    }
  }

  /** Busy and total CPU seconds of the whole machine. */
  private static double[] machine() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      double total = 0;
      for (int i = 1; i <= 8 && i < f.length; i++) {
        total += Long.parseLong(f[i]);
      }
      double idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
      return new double[] {(total - idle) / TICKS, total / TICKS};
    } catch (IOException | RuntimeException e) {
      return new double[2];
    }
  }
}
