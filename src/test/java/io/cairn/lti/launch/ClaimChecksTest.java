package io.cairn.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import io.cairn.lti.registration.Registration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The claim rules as plain Java: what passes at the edges, and that each failure names its rule. */
class ClaimChecksTest {
  static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
  static final Registration REG = new Registration(1, "Moodle", "https://moodle.example", "client-1",
      "https://moodle.example/auth", "https://moodle.example/token", "https://moodle.example/certs",
      List.of("https://moodle.example"), Registration.Status.ENABLED, "manual", List.of("3"), OffsetDateTime.now());

  static JWTClaimsSet.Builder valid() {
    return new JWTClaimsSet.Builder().issuer("https://moodle.example").subject("7").audience("client-1")
        .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(60))).claim("nonce", "n")
        .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.RESOURCE_LINK_REQUEST).claim(LtiClaims.VERSION, "1.3.0")
        .claim(LtiClaims.DEPLOYMENT_ID, "3").claim(LtiClaims.TARGET_LINK_URI, "https://cairn.example/")
        .claim(LtiClaims.RESOURCE_LINK, Map.of("id", "rl")).claim(LtiClaims.ROLES, List.of("Learner"));
  }

  static LaunchRule ruleOf(JWTClaimsSet.Builder b, NonceStatus nonce) {
    try {
      ClaimChecks.check(b.build(), REG, NOW, nonce);
      return null;
    } catch (LaunchRejected e) {
      return e.rule();
    }
  }

  @Test
  void aValidLaunchPassesWithAudAsAStringOrAnArray() {
    assertThat(ClaimChecks.check(valid().build(), REG, NOW, NonceStatus.FRESH).resourceLinkId()).isEqualTo("rl");
    assertThat(ruleOf(valid().audience(List.of("client-1", "other")).claim("azp", "client-1"), NonceStatus.FRESH)).isNull();
  }

  @Test
  void clockSkewOfAMinuteIsTolerated() {
    assertThat(ruleOf(valid().expirationTime(Date.from(NOW.minusSeconds(59))), NonceStatus.FRESH)).isNull();
    assertThat(ruleOf(valid().expirationTime(Date.from(NOW.minusSeconds(60))), NonceStatus.FRESH)).isEqualTo(LaunchRule.EXPIRY);
    assertThat(ruleOf(valid().issueTime(Date.from(NOW.plusSeconds(60))), NonceStatus.FRESH)).isNull();
    assertThat(ruleOf(valid().issueTime(Date.from(NOW.plusSeconds(61))), NonceStatus.FRESH)).isEqualTo(LaunchRule.ISSUED_AT);
  }

  @Test
  void everyNonceStatusButFreshIsRejected() {
    for (NonceStatus s : NonceStatus.values()) {
      assertThat(ruleOf(valid(), s)).as(s.name()).isEqualTo(s == NonceStatus.FRESH ? null : LaunchRule.NONCE);
    }
  }

  @Test
  void eachRuleNamesItself() {
    assertThat(ruleOf(valid().issuer("https://x"), NonceStatus.FRESH)).isEqualTo(LaunchRule.ISSUER);
    assertThat(ruleOf(valid().audience("x"), NonceStatus.FRESH)).isEqualTo(LaunchRule.AUDIENCE);
    assertThat(ruleOf(valid().audience(List.of("client-1", "x")), NonceStatus.FRESH)).isEqualTo(LaunchRule.AUTHORIZED_PARTY);
    assertThat(ruleOf(valid().claim(LtiClaims.DEPLOYMENT_ID, "4"), NonceStatus.FRESH)).isEqualTo(LaunchRule.DEPLOYMENT);
    assertThat(ruleOf(valid().claim(LtiClaims.MESSAGE_TYPE, "LtiSubmissionReviewRequest"), NonceStatus.FRESH))
        .isEqualTo(LaunchRule.MESSAGE_TYPE);
    assertThat(ruleOf(valid().claim(LtiClaims.VERSION, "1.3"), NonceStatus.FRESH)).isEqualTo(LaunchRule.VERSION);
    assertThat(ruleOf(valid().claim(LtiClaims.CONTEXT, Map.of("title", "no id")), NonceStatus.FRESH))
        .isEqualTo(LaunchRule.REQUIRED_CLAIM);
    assertThatThrownBy(() -> TokenSignature.parse("not.a.jwt")).isInstanceOf(LaunchRejected.class);
  }
}
