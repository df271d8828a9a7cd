package io.cairn.lti.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistrationInputTest {
  static Map<String, String> canvas() {
    Map<String, String> f = new HashMap<>();
    f.put("name", "Canvas");
    f.put("issuer", "https://canvas.instructure.com");
    f.put("client_id", "10000000000001");
    f.put("auth_login_url", "https://sso.canvaslms.com/api/lti/authorize_redirect");
    f.put("token_url", "https://sso.canvaslms.com/login/oauth2/token");
    f.put("keyset_url", "https://sso.canvaslms.com/api/lti/security/jwks");
    f.put("deployment_ids", "1:abc, 2:def\n");
    return f;
  }

  @Test
  void acceptsAPlatformAndDerivesFrameOrigins() {
    RegistrationInput in = RegistrationInput.parse(canvas()::get, false);
    assertThat(in.deploymentIds()).containsExactly("1:abc", "2:def");
    assertThat(in.frameOrigins()).containsExactly("https://canvas.instructure.com", "https://sso.canvaslms.com");
  }

  @Test
  void httpOnlyInDevMode() {
    Map<String, String> f = canvas();
    f.put("token_url", "http://127.0.0.1:8000/mod/lti/token.php");
    var problems = catchThrowableOfType(RegistrationInput.Problems.class, () -> RegistrationInput.parse(f::get, false));
    assertThat(problems.byField()).containsOnlyKeys("token_url");
    assertThat(problems.byField().get("token_url")).contains("https://");
    assertThat(RegistrationInput.parse(f::get, true).tokenUrl()).startsWith("http://");
  }

  @Test
  void framesOriginsMustBeOrigins() {
    Map<String, String> f = canvas();
    f.put("frame_origins", "https://school.instructure.com https://school.instructure.com/courses/1");
    var problems = catchThrowableOfType(RegistrationInput.Problems.class, () -> RegistrationInput.parse(f::get, false));
    assertThat(problems.byField()).containsOnlyKeys("frame_origins");
  }
}
