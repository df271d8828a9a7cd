package io.cairn.bench;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import jdk.jfr.Recording;
import jdk.jfr.RecordingState;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording of one measuring window, kept as a .jfr file and summarised for results.json:
 * the server event loops' CPU samples by library, span and top frame, and their allocation by
 * library, nearest Cairn frame and class.
 */
final class JfrProfile {
  private final ThreadGroups groups;

  JfrProfile(ThreadGroups groups) {
    this.groups = groups;
  }

  /** CPU samples every 10 ms, throttled allocation samples, and GC pauses. */
  static Recording start() {
    Recording r = new Recording();
    r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
    r.enable("jdk.ObjectAllocationSample").with("throttle", "1000/s");
    r.enable("jdk.GarbageCollection");
    r.setToDisk(true);
    r.start();
    return r;
  }

  /** Stops the recording if it still runs, keeps it as {@code file}, and summarises the server's samples. */
  JsonObject summarise(Recording recording, Path file) throws IOException {
    if (recording.getState() == RecordingState.RUNNING) {
      recording.stop();
    }
    Files.createDirectories(file.getParent());
    recording.dump(file);
    recording.close();
    Map<String, Long> byGroup = new HashMap<>();
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> byLibrary = new HashMap<>();
    Map<String, Long> spans = new LinkedHashMap<>();
    Map<String, Long> allocByLibrary = new HashMap<>();
    Map<String, Long> allocByCairn = new HashMap<>();
    Map<String, Long> allocByClass = new HashMap<>();
    long allocTotal = 0;
    Set<Long> firstAllocation = new HashSet<>();
    long server = 0;
    long gcCount = 0;
    double gcMillis = 0;
    List<RecordedEvent> events = new ArrayList<>(RecordingFile.readAllEvents(file));
    events.sort(Comparator.comparing(RecordedEvent::getStartTime)); // so "a thread's first allocation sample" is its first
    for (RecordedEvent e : events) {
      String type = e.getEventType().getName();
      if (type.equals("jdk.GarbageCollection")) {
        gcCount++;
        gcMillis += e.getDuration().toNanos() / 1e6;
        continue;
      }
      boolean cpu = type.equals("jdk.ExecutionSample");
      boolean alloc = type.equals("jdk.ObjectAllocationSample");
      if (!cpu && !alloc) {
        continue;
      }
      var thread = e.getThread(cpu ? "sampledThread" : "eventThread");
      String name = thread == null ? "?" : thread.getJavaName();
      long id = thread == null ? -1 : thread.getJavaThreadId();
      String group = groups.of(id, name == null ? "?" : name);
      if (cpu) {
        byGroup.merge(group, 1L, Long::sum);
      }
      List<String> frames = frames(e.getStackTrace());
      if (!group.equals(ThreadGroups.SERVER) || frames.isEmpty()) {
        continue;
      }
      String lib = frames.stream().map(FrameLabels::library).filter(Objects::nonNull).findFirst()
          .orElse("JDK only (no library frame)");
      if (alloc) {
        if (firstAllocation.add(id)) {
          continue; // a thread's first sample carries everything it allocated before the recording began
        }
        long weight = e.getLong("weight");
        allocTotal += weight;
        allocByLibrary.merge(lib, weight, Long::sum);
        allocByCairn.merge(frames.stream().filter(f -> f.startsWith("io.cairn.")).findFirst()
            .orElse("(no io.cairn frame)"), weight, Long::sum);
        var cls = e.getClass("objectClass");
        allocByClass.merge(cls == null ? "?" : cls.getName(), weight, Long::sum);
        continue;
      }
      server++;
      self.merge(frames.get(0), 1L, Long::sum);
      byLibrary.merge(lib, 1L, Long::sum);
      for (Map.Entry<String, Predicate<String>> span : FrameLabels.SPANS.entrySet()) {
        if (frames.stream().anyMatch(span.getValue())) {
          spans.merge(span.getKey(), 1L, Long::sum);
        }
      }
    }
    return new JsonObject()
        .put("jfrFile", file.toString())
        .put("samplesByThreadGroup", new JsonObject(new HashMap<>(byGroup)))
        .put("serverEventLoopSamples", server)
        .put("gc", new JsonObject().put("collections", gcCount).put("pauseMillisTotal", Tallies.round(gcMillis)))
        .put("cpuByLibrary", Tallies.top(byLibrary, server, 20, "frame"))
        .put("cpuInclusive", Tallies.top(spans, server, FrameLabels.SPANS.size(), "frame"))
        .put("topSelfFrames", Tallies.top(self, server, 20, "frame"))
        .put("allocationByLibrary", Tallies.top(allocByLibrary, allocTotal, 12, "frame"))
        .put("allocationByNearestCairnFrame", Tallies.top(allocByCairn, allocTotal, 12, "frame"))
        .put("allocationByClass", Tallies.top(allocByClass, allocTotal, 12, "frame"));
  }

  /** "package.Class.method" of each frame, innermost first. */
  private static List<String> frames(RecordedStackTrace st) {
    List<String> frames = new ArrayList<>();
    if (st != null) {
      for (RecordedFrame f : st.getFrames()) {
        if (f.getMethod() != null) {
          frames.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
        }
      }
    }
    return frames;
  }
}
