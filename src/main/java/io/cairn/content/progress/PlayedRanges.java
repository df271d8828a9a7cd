package io.cairn.content.progress;

import io.cairn.errors.InvalidInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Spans of a film or audio that the player actually played, as the page's script reports them,
 * checked and rounded to whole seconds.
 */
public record PlayedRanges(int durationSeconds, List<int[]> ranges) {
  static final int MAX_RANGES = 200;
  static final int MAX_DURATION = 24 * 3600;

  /** @param raw pairs of start and end in seconds */
  public static PlayedRanges of(double duration, List<double[]> raw) {
    if (!(duration > 0) || duration > MAX_DURATION) {
      throw new InvalidInput("duration", "duration must be a number of seconds between 0 and " + MAX_DURATION);
    }
    if (raw.size() > MAX_RANGES) {
      throw new InvalidInput("ranges", "at most " + MAX_RANGES + " ranges may be sent at once");
    }
    int length = (int) Math.ceil(duration);
    List<int[]> ranges = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      double[] r = raw.get(i);
      if (r.length != 2 || !(r[0] >= 0) || !(r[1] > r[0]) || r[1] > duration + 1) {
        throw new InvalidInput("ranges[" + i + "]", "each range must be [start, end] with 0 <= start < end <= duration");
      }
      int start = (int) Math.floor(r[0]);
      int end = Math.min(length, (int) Math.ceil(r[1]));
      if (end > start) {
        ranges.add(new int[] {start, end});
      }
    }
    return new PlayedRanges(length, List.copyOf(ranges));
  }

  /** A PostgreSQL int4multirange literal such as {@code {[0,12),[20,31)}}. */
  public String literal() {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < ranges.size(); i++) {
      b.append(i == 0 ? "" : ",").append('[').append(ranges.get(i)[0]).append(',').append(ranges.get(i)[1]).append(')');
    }
    return b.append('}').toString();
  }
}
