package io.cairn.content.progress;

import java.time.OffsetDateTime;

/**
 * One learner's progress in one unit.
 *
 * @param doneAt null until the unit is done
 * @param playedSeconds seconds of a film or audio played (replays count once)
 * @param durationSeconds the medium's length as the player reported it; null before any play
 */
public record UnitProgress(String unitId, OffsetDateTime doneAt, Integer playedSeconds, Integer durationSeconds) {

  public boolean done() {
    return doneAt != null;
  }

  /** Percent of the medium played, 0–100; null when nothing has been played. */
  public Integer playedPercent() {
    if (playedSeconds == null || durationSeconds == null || durationSeconds == 0) {
      return null;
    }
    return Math.min(100, (int) Math.round(playedSeconds * 100.0 / durationSeconds));
  }
}
