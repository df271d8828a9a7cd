package io.cairn.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  @Test
  void delaysDoubleFromThirtySecondsToTheCap() {
    assertThat(RetryPolicy.delay(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(RetryPolicy.delay(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(RetryPolicy.delay(3)).isEqualTo(Duration.ofSeconds(120));
    assertThat(RetryPolicy.delay(6)).isEqualTo(Duration.ofSeconds(960));
    assertThat(RetryPolicy.delay(7)).isEqualTo(Duration.ofMinutes(30));
    assertThat(RetryPolicy.delay(500)).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aScoreIsKeptForThreeDaysOfFailures() {
    Instant created = Instant.parse("2026-11-01T00:00:00Z");
    assertThat(RetryPolicy.decide(40, created, created.plus(Duration.ofHours(24)), false)).isEqualTo(RetryPolicy.Decision.RETRY);
    assertThat(RetryPolicy.decide(100, created, created.plus(Duration.ofHours(71)), false)).isEqualTo(RetryPolicy.Decision.RETRY);
    assertThat(RetryPolicy.decide(160, created, created.plus(Duration.ofHours(72)), false)).isEqualTo(RetryPolicy.Decision.GIVE_UP);
  }

  @Test
  void refusalsAreGivenUpAfterAFewTriesButOutagesAndExpiredTokensAreNot() {
    Instant now = Instant.parse("2026-11-01T00:00:00Z");
    assertThat(RetryPolicy.refusal(400)).isTrue();
    assertThat(RetryPolicy.refusal(404)).isTrue();
    assertThat(RetryPolicy.refusal(401)).isFalse();
    assertThat(RetryPolicy.refusal(429)).isFalse();
    assertThat(RetryPolicy.refusal(503)).isFalse();
    assertThat(RetryPolicy.decide(4, now, now, true)).isEqualTo(RetryPolicy.Decision.RETRY);
    assertThat(RetryPolicy.decide(5, now, now, true)).isEqualTo(RetryPolicy.Decision.GIVE_UP);
  }
}
