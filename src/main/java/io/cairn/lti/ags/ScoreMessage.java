package io.cairn.lti.ags;

import io.cairn.evidence.Disclaimer;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One AGS 2.0 score (media type {@value #MEDIA_TYPE}): the learner's percent out of 100, a
 * completed and fully graded activity, the submit time with its offset, and a comment carrying
 * the statement that a pass is evidence of knowledge, not of competence.
 */
public record ScoreMessage(String userId, BigDecimal scoreGiven, BigDecimal scoreMaximum, Instant timestamp) {
  public static final String MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";
  public static final String COMPLETED = "Completed";
  public static final String FULLY_GRADED = "FullyGraded";
  static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");

  public JsonObject toJson() {
    return new JsonObject()
        .put("userId", userId)
        .put("scoreGiven", number(scoreGiven))
        .put("scoreMaximum", number(scoreMaximum))
        .put("activityProgress", COMPLETED)
        .put("gradingProgress", FULLY_GRADED)
        .put("timestamp", timestamp(timestamp))
        .put("comment", Disclaimer.STATEMENT);
  }

  /** ISO 8601 with milliseconds and an explicit offset, e.g. 2026-11-03T10:15:30.123+00:00. */
  public static String timestamp(Instant t) {
    return TIMESTAMP.format(t.atOffset(ZoneOffset.UTC));
  }

  /** A whole number stays whole (85, not 85.00); otherwise the decimal as it is (85.5). */
  static Number number(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() <= 0) {
      return s.longValueExact();
    }
    return s.doubleValue();
  }
}
