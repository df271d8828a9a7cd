package io.cairn.lti.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LaunchTokensTest {
  static final byte[] SECRET = "a-server-secret-of-thirty-two-characters".getBytes(StandardCharsets.UTF_8);
  static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
  final LaunchTokens tokens = new LaunchTokens(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));
  final byte[] hash = new byte[32];

  @Test
  void aMintedTokenVerifies() {
    String t = tokens.mint(hash, NOW.plusSeconds(3600), 7);
    assertThat(t).matches("v1\\.[A-Za-z0-9_-]+\\.\\d+\\.7\\.[A-Za-z0-9_-]+");
    var d = tokens.verify(t).orElseThrow();
    assertThat(d.registrationId()).isEqualTo(7);
    assertThat(d.sessionHash()).isEqualTo(hash);
  }

  @Test
  void expiredForgedOrForeignTokensDoNot() {
    assertThat(tokens.verify(tokens.mint(hash, NOW.minusSeconds(1), 7))).isEmpty();
    String t = tokens.mint(hash, NOW.plusSeconds(3600), 7);
    assertThat(tokens.verify(t.replace(".7.", ".8."))).isEmpty();
    assertThat(tokens.verify(t.replace(String.valueOf(NOW.plusSeconds(3600).getEpochSecond()),
        String.valueOf(NOW.plusSeconds(99_999).getEpochSecond())))).isEmpty();
    LaunchTokens other = new LaunchTokens("another-secret-another-secret-another".getBytes(StandardCharsets.UTF_8),
        Clock.fixed(NOW, ZoneOffset.UTC));
    assertThat(other.verify(t)).isEmpty();
    assertThat(tokens.verify("v1.x.y")).isEmpty();
    assertThat(tokens.verify("garbage")).isEmpty();
  }
}
