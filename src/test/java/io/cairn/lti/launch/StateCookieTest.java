package io.cairn.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The state cookie's attributes: third-party-safe over https, usable for local development over http. */
class StateCookieTest {
  static final String STATE = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde";

  @Test
  void overHttpsItIsSameSiteNoneSecureAndPartitioned() {
    String c = LoginRoutes.stateCookie(STATE, true);
    assertThat(c).startsWith("cairn_lti_state_AbCdEfGhIjKl=" + STATE).contains("Path=/lti/").contains("Secure")
        .contains("HTTPOnly").contains("SameSite=None").endsWith("; Partitioned");
  }

  @Test
  void overHttpItIsLaxAndNotSecure() {
    String c = LoginRoutes.stateCookie(STATE, false);
    assertThat(c).contains("SameSite=Lax").doesNotContain("Secure").doesNotContain("Partitioned");
  }

  @Test
  void theBindingDecision() {
    assertThat(StateBinding.decide(STATE, STATE, null)).isEqualTo(StateBinding.Outcome.BOUND);
    assertThat(StateBinding.decide("other", STATE, "frame")).isEqualTo(StateBinding.Outcome.MISMATCH);
    assertThat(StateBinding.decide(null, STATE, "frame")).isEqualTo(StateBinding.Outcome.ASK_PLATFORM_STORAGE);
    assertThat(StateBinding.decide(null, STATE, null)).isEqualTo(StateBinding.Outcome.UNBOUND);
  }
}
