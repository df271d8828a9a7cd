package io.cairn.bench;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** wrk as a subprocess with bench/rotate.lua; the result is the line the script prints at the end. */
final class Wrk {
  /** One line of the targets file rotate.lua reads: a path, and the learner's cookie if signed in. */
  record Target(String path, String cookie) {
    static Target anonymous(String path) {
      return new Target(path, null);
    }

    String line() {
      return cookie == null ? path : path + " " + cookie;
    }
  }

  /** What one wrk run measured. */
  record Result(JsonObject json, String output) {
    long requests() {
      return json.getLong("requests");
    }

    double seconds() {
      return json.getLong("durationMicros") / 1e6;
    }

    double perSecond() {
      return requests() / seconds();
    }

    double p50Ms() {
      return json.getLong("p50Micros") / 1e3;
    }

    double p99Ms() {
      return json.getLong("p99Micros") / 1e3;
    }

    long non2xx() {
      JsonObject s = json.getJsonObject("status");
      if (s.getLong("2xx") + s.getLong("3xx") + s.getLong("4xx") + s.getLong("5xx") + s.getLong("other") == 0) {
        return json.getJsonObject("errors").getLong("status"); // statuses not counted: wrk's own count (>= 400)
      }
      return s.getLong("3xx") + s.getLong("4xx") + s.getLong("5xx") + s.getLong("other");
    }

    long socketErrors() {
      JsonObject e = json.getJsonObject("errors");
      return e.getLong("connect") + e.getLong("read") + e.getLong("write") + e.getLong("timeout");
    }

    double bytesPerResponse() {
      return (double) json.getLong("bytes") / Math.max(1, requests());
    }
  }

  private final String binary;
  private final Path script;
  private final int threads;
  private final int connections;
  private volatile Process running;

  Wrk(String binary, Path script, int threads, int connections) {
    this.binary = binary;
    this.script = script;
    this.threads = threads;
    this.connections = connections;
  }

  /**
   * @param countStatus count every response's status in Lua (exact, but wrk then copies each body
   *     into Lua: ~0.1 ms of wrk CPU per 20 KB page); without it wrk counts only statuses >= 400
   */
  Result run(String baseUrl, Path targets, double seconds, boolean countStatus) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(binary, "-t" + threads, "-c" + connections,
        "-d" + Math.round(seconds) + "s", "--timeout", "10s", "--latency", "-s", script.toString(),
        baseUrl, "--", targets.toString()));
    if (!countStatus) {
      cmd.add("nostatus");
    }
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    running = p;
    try {
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(Math.round(seconds) + 60, TimeUnit.SECONDS)) {
        throw new IOException("wrk did not finish");
      }
      String line = out.lines().filter(l -> l.startsWith("BENCH_JSON ")).findFirst()
          .orElseThrow(() -> new IOException("wrk failed (exit " + p.exitValue() + "):\n" + out));
      return new Result(new JsonObject(line.substring("BENCH_JSON ".length())), out);
    } finally {
      running = null;
      p.destroy();
    }
  }

  /** Stops a run in progress (on Ctrl-C). */
  void stop() {
    Process p = running;
    if (p != null) {
      p.destroyForcibly();
    }
  }

  static Path writeTargets(Path file, List<Target> targets) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.write(file, targets.stream().map(Target::line).toList(), StandardCharsets.UTF_8);
  }

  /** "wrk 4.x [epoll]", for results.json; "not found" if it does not run. */
  static String version(String binary) {
    try {
      Process p = new ProcessBuilder(binary, "--version").redirectErrorStream(true).start();
      String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return s.lines().findFirst().orElse("?").replaceAll("\\s+Copyright.*", "");
    } catch (IOException | InterruptedException e) {
      return "not found";
    }
  }
}
