package io.cairn.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccessTokensTest {
  static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");

  @Test
  void aTokenIsUsedUntilAMinuteBeforeItExpires() {
    AccessTokens.Token t = AccessTokens.parse(200, "{\"access_token\":\"abc\",\"token_type\":\"Bearer\",\"expires_in\":3600}", NOW);
    assertThat(t.value()).isEqualTo("abc");
    assertThat(t.usableUntil()).isEqualTo(NOW.plusSeconds(3540));
    assertThat(AccessTokens.parse(200, "{\"access_token\":\"x\",\"expires_in\":60}", NOW).usableUntil()).isEqualTo(NOW.plusSeconds(30));
    assertThat(AccessTokens.parse(200, "{\"access_token\":\"x\"}", NOW).usableUntil()).isEqualTo(NOW.plusSeconds(240));
  }

  @Test
  void aRefusalOrAnAnswerWithoutTokenFailsWithWhatThePlatformSaid() {
    assertThatThrownBy(() -> AccessTokens.parse(400, "{\"error\":\"invalid_client\"}", NOW))
        .isInstanceOf(PlatformCallFailed.class).hasMessageContaining("400").hasMessageContaining("invalid_client");
    assertThatThrownBy(() -> AccessTokens.parse(200, "{\"token_type\":\"Bearer\"}", NOW))
        .hasMessageContaining("no access_token");
    assertThatThrownBy(() -> AccessTokens.parse(200, "<html>", NOW)).hasMessageContaining("not JSON");
  }

  @Test
  void theClientAssertionNamesTheClientAndTheAuthorizationServer() {
    PlatformClient plain = new PlatformClient(1, "client-9", "https://lms.example/token", null);
    JWTClaimsSet c = ClientAssertion.claims(plain, NOW);
    assertThat(c.getIssuer()).isEqualTo("client-9");
    assertThat(c.getSubject()).isEqualTo("client-9");
    assertThat(c.getAudience()).containsExactly("https://lms.example/token");
    assertThat(c.getJWTID()).isNotBlank().isNotEqualTo(ClientAssertion.claims(plain, NOW).getJWTID());
    assertThat(c.getExpirationTime().toInstant()).isEqualTo(NOW.plusSeconds(300));
    PlatformClient canvas = new PlatformClient(2, "10000000000001", "https://sso.canvaslms.com/login/oauth2/token",
        "https://canvas.instructure.com/login/oauth2/token");
    assertThat(ClientAssertion.claims(canvas, NOW).getAudience()).containsExactly("https://canvas.instructure.com/login/oauth2/token");
  }
}
