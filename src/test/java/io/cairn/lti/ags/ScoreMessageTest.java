package io.cairn.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.evidence.Disclaimer;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScoreMessageTest {
  @Test
  void aScoreIsCompletedFullyGradedWithTheStatementAndAnOffsetTimestamp() {
    JsonObject json = new ScoreMessage("sub-1", new BigDecimal("85.50"), new BigDecimal("100.00"),
        Instant.parse("2026-11-03T10:15:30.123456Z")).toJson();
    assertThat(json.encode()).startsWith("{\"userId\":\"sub-1\",\"scoreGiven\":85.5,\"scoreMaximum\":100,"
        + "\"activityProgress\":\"Completed\",\"gradingProgress\":\"FullyGraded\","
        + "\"timestamp\":\"2026-11-03T10:15:30.123+00:00\",\"comment\":");
    assertThat(json.getString("comment")).isEqualTo(Disclaimer.STATEMENT);
    assertThat(json.fieldNames()).hasSize(7);
  }

  @Test
  void wholeAndZeroScoresAreWholeNumbers() {
    assertThat(ScoreMessage.number(new BigDecimal("70.00"))).isEqualTo(70L);
    assertThat(ScoreMessage.number(new BigDecimal("0.00"))).isEqualTo(0L);
    assertThat(ScoreMessage.number(new BigDecimal("33.33"))).isEqualTo(33.33);
  }
}
