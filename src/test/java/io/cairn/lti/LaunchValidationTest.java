package io.cairn.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.cairn.lti.LtiTestEnvironment.Login;
import io.cairn.lti.launch.LtiClaims;
import io.cairn.testing.Browser;
import io.cairn.testing.Sql;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One negative test per launch validation rule, named after it. Each asserts the 401 page names the
 * rule and claim (what was expected, what came) and that the launch provisioned nothing.
 */
class LaunchValidationTest {
  static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
  static LtiTestEnvironment env;
  long usersBefore;
  long launchesBefore;
  long accountsBefore;

  @BeforeAll
  static void start() {
    env = LtiTestEnvironment.start();
  }

  @AfterAll
  static void stop() {
    env.close();
  }

  @BeforeEach
  void countRows() {
    usersBefore = env.count("SELECT count(*) FROM lti_user");
    launchesBefore = env.count("SELECT count(*) FROM lti_launch");
    accountsBefore = env.count("SELECT count(*) FROM account");
  }

  @AfterEach
  void nothingProvisioned() {
    assertThat(env.count("SELECT count(*) FROM lti_user")).as("lti_user rows").isEqualTo(usersBefore);
    assertThat(env.count("SELECT count(*) FROM lti_launch")).as("lti_launch rows").isEqualTo(launchesBefore);
    assertThat(env.count("SELECT count(*) FROM account")).as("account rows").isEqualTo(accountsBefore);
  }

  /** A launch signed by the platform with one change to its claims. */
  private HttpResponse<Buffer> launchWith(UnaryOperator<JWTClaimsSet.Builder> change) {
    Browser b = env.browser();
    Login login = env.login(b, "sub-" + System.nanoTime());
    JWTClaimsSet claims = change.apply(env.platform.launch("who", login.nonce(), env.toolBase + "/", LEARNER)).build();
    return env.launch(b, env.platform.sign(claims), login.state());
  }

  private static Document rejected(HttpResponse<Buffer> r, String rule, String claim) {
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(401);
    Document page = Jsoup.parse(r.bodyAsString());
    assertThat(page.select("h1").text()).isEqualTo("This launch was not accepted");
    assertThat(page.select("dl.facts").text()).contains(rule).contains(claim);
    assertThat(page.html()).doesNotContain("Exception").doesNotContain("at io.cairn");
    assertThat(page.select("main").text()).contains("Reference:");
    return page;
  }

  private static String facts(Document page) {
    return page.select("dl.facts").text();
  }

  @Test
  void rejectsMissingState() {
    Browser b = env.browser();
    Login login = env.login(b, "no-state");
    String token = env.platform.sign(env.platform.launch("who", login.nonce(), env.toolBase + "/", LEARNER).build());
    rejected(env.launch(b, token, null), "STATE", "state");
  }

  @Test
  void rejectsUnknownState() {
    Browser b = env.browser();
    Login login = env.login(b, "bad-state");
    String token = env.platform.sign(env.platform.launch("who", login.nonce(), env.toolBase + "/", LEARNER).build());
    assertThat(facts(rejected(env.launch(b, token, "made-up-state"), "STATE", "state"))).contains("a state Cairn does not know");
  }

  @Test
  void rejectsStateMismatch() {
    CookielessClient c = env.cookieless();
    Login login = LtiTestEnvironment.fromRedirect(c.get("/lti/login?" + LtiTestEnvironment.query(env.loginParams("mm"))));
    MultiMap form = MultiMap.caseInsensitiveMultiMap();
    form.add("id_token", env.platform.sign(env.platform.launch("who", login.nonce(), env.toolBase + "/", LEARNER).build()));
    form.add("state", login.state());
    String cookie = "cairn_lti_state_" + login.state().substring(0, 12) + "=" + "another-state-value";
    HttpResponse<Buffer> r = c.post("/lti/launch", form, Map.of("Cookie", cookie));
    assertThat(facts(rejected(r, "STATE", "state"))).contains("a cookie holding another state");
  }

  @Test
  void rejectsStateMismatchFromPlatformStorage() {
    CookielessClient c = env.cookieless();
    Map<String, String> p = env.loginParams("mm-storage");
    p.put("lti_storage_target", "lti_storage_frame");
    var box = Jsoup.parse(c.get("/lti/login?" + LtiTestEnvironment.query(p)).bodyAsString()).selectFirst("#lti-storage");
    MultiMap form = MultiMap.caseInsensitiveMultiMap();
    form.add("id_token", env.platform.sign(env.platform.launch("who", box.attr("data-nonce"), env.toolBase + "/", LEARNER).build()));
    form.add("state", box.attr("data-state"));
    String launchId = Jsoup.parse(c.post("/lti/launch", form).bodyAsString()).selectFirst("input[name=launch_id]").attr("value");
    MultiMap confirm = MultiMap.caseInsensitiveMultiMap();
    confirm.add("launch_id", launchId);
    confirm.add("state", "state-of-another-login");
    confirm.add("nonce", box.attr("data-nonce"));
    assertThat(facts(rejected(c.post("/lti/launch/confirm", confirm), "STATE", "state"))).contains("another login");
  }

  @Test
  void rejectsMissingIdToken() {
    Browser b = env.browser();
    Login login = env.login(b, "no-token");
    rejected(env.launch(b, null, login.state()), "ID_TOKEN", "id_token");
  }

  @Test
  void showsThePlatformsErrorResponse() {
    MultiMap form = MultiMap.caseInsensitiveMultiMap();
    form.add("error", "login_required");
    form.add("error_description", "<b>No session</b>");
    HttpResponse<Buffer> r = env.cookieless().post("/lti/launch", form);
    Document page = rejected(r, "ID_TOKEN", "id_token");
    assertThat(facts(page)).contains("login_required").contains("<b>No session</b>");
    assertThat(r.bodyAsString()).doesNotContain("<b>No session</b>");
  }

  @Test
  void rejectsAlgNone() {
    Browser b = env.browser();
    Login login = env.login(b, "none");
    String token = new PlainJWT(env.platform.launch("who", login.nonce(), env.toolBase + "/", LEARNER).build()).serialize();
    assertThat(facts(rejected(env.launch(b, token, login.state()), "ALGORITHM", "alg"))).contains("none");
  }

  @Test
  void rejectsHs256() throws JOSEException {
    Browser b = env.browser();
    Login login = env.login(b, "hs");
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("sim-1").build(),
        env.platform.launch("who", login.nonce(), env.toolBase + "/", LEARNER).build());
    jwt.sign(new MACSigner("a-shared-secret-of-at-least-32-bytes!!".getBytes()));
    assertThat(facts(rejected(env.launch(b, jwt.serialize(), login.state()), "ALGORITHM", "alg"))).contains("HS256");
  }

  @Test
  void rejectsMissingKid() throws JOSEException {
    Browser b = env.browser();
    Login login = env.login(b, "nokid");
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).build(),
        env.platform.launch("who", login.nonce(), env.toolBase + "/", LEARNER).build());
    jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(env.platform.signingKey()));
    rejected(env.launch(b, jwt.serialize(), login.state()), "KEY_ID", "kid");
  }

  @Test
  void rejectsUnknownKid() {
    Browser b = env.browser();
    Login login = env.login(b, "unknown-kid");
    RSAKey stranger = PlatformSimulator.unpublishedKey("kid-nobody-published");
    String token = PlatformSimulator.sign(env.platform.launch("who", login.nonce(), env.toolBase + "/", LEARNER).build(),
        stranger, JWSAlgorithm.RS256);
    assertThat(facts(rejected(env.launch(b, token, login.state()), "KEY_ID", "kid"))).contains("kid-nobody-published");
  }

  @Test
  void rejectsBadSignature() {
    Browser b = env.browser();
    Login login = env.login(b, "forged");
    RSAKey forger = PlatformSimulator.unpublishedKey(env.platform.signingKey().getKeyID());
    String token = PlatformSimulator.sign(env.platform.launch("who", login.nonce(), env.toolBase + "/", LEARNER).build(),
        forger, JWSAlgorithm.RS256);
    rejected(env.launch(b, token, login.state()), "SIGNATURE", "signature");
  }

  @Test
  void rejectsTamperedPayload() {
    Browser b = env.browser();
    Login login = env.login(b, "tamper");
    String token = env.platform.sign(env.platform.launch("who", login.nonce(), env.toolBase + "/", LEARNER).build());
    String[] parts = token.split("\\.");
    String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("\"who\"", "\"admin\"");
    String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
        + "." + parts[2];
    rejected(env.launch(b, forged, login.state()), "SIGNATURE", "signature");
  }

  @Test
  void rejectsUnknownIssuer() {
    assertThat(facts(rejected(launchWith(c -> c.issuer("https://other-platform.example")), "ISSUER", "iss")))
        .contains("https://other-platform.example").contains(env.platform.issuer());
  }

  @Test
  void rejectsAudienceWithoutClientId() {
    assertThat(facts(rejected(launchWith(c -> c.audience(List.of("someone-else"))), "AUDIENCE", "aud")))
        .contains(PlatformSimulator.CLIENT_ID).contains("someone-else");
  }

  @Test
  void rejectsMissingAzpWithSeveralAudiences() {
    rejected(launchWith(c -> c.audience(List.of(PlatformSimulator.CLIENT_ID, "another-client"))), "AUTHORIZED_PARTY", "azp");
  }

  @Test
  void rejectsAzpOfAnotherClient() {
    rejected(launchWith(c -> c.audience(List.of(PlatformSimulator.CLIENT_ID, "another-client")).claim("azp", "another-client")),
        "AUTHORIZED_PARTY", "azp");
  }

  @Test
  void rejectsExpiredToken() {
    Instant past = Instant.now().minusSeconds(300);
    assertThat(facts(rejected(launchWith(c -> c.issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(60)))),
        "EXPIRY", "exp"))).contains("clock skew");
  }

  @Test
  void rejectsMissingExp() {
    rejected(launchWith(c -> c.expirationTime(null)), "EXPIRY", "exp");
  }

  @Test
  void rejectsIatInTheFuture() {
    Instant future = Instant.now().plusSeconds(600);
    rejected(launchWith(c -> c.issueTime(Date.from(future)).expirationTime(Date.from(future.plusSeconds(60)))),
        "ISSUED_AT", "iat");
  }

  @Test
  void rejectsMissingNonce() {
    rejected(launchWith(c -> c.claim("nonce", null)), "NONCE", "nonce");
  }

  @Test
  void rejectsUnknownNonce() {
    assertThat(facts(rejected(launchWith(c -> c.claim("nonce", "never-issued")), "NONCE", "nonce"))).contains("never issued");
  }

  @Test
  void rejectsNonceOfAnotherLogin() {
    Login other = env.login(env.browser(), "other-login");
    assertThat(facts(rejected(launchWith(c -> c.claim("nonce", other.nonce())), "NONCE", "nonce"))).contains("another login");
  }

  @Test
  void rejectsReplayedNonce() {
    Browser b = env.browser();
    Login login = env.login(b, "replay");
    String token = env.platform.sign(env.platform.launch("replayer", login.nonce(), env.toolBase + "/", LEARNER).build());
    HttpResponse<Buffer> first = env.launch(b, token, login.state());
    assertThat(first.statusCode()).isEqualTo(303);
    countRows(); // the first launch provisioned; the replay must add nothing
    assertThat(facts(rejected(env.launch(b, token, login.state()), "NONCE", "nonce"))).contains("already used");
  }

  @Test
  void rejectsUnknownDeployment() {
    assertThat(facts(rejected(launchWith(c -> c.claim(LtiClaims.DEPLOYMENT_ID, "deployment-nobody-registered")),
        "DEPLOYMENT", LtiClaims.DEPLOYMENT_ID))).contains("deployment-nobody-registered").contains(PlatformSimulator.DEPLOYMENT);
  }

  @Test
  void rejectsWrongMessageType() {
    HttpResponse<Buffer> r = launchWith(c -> c.claim(LtiClaims.MESSAGE_TYPE, "<script>alert(1)</script>"));
    assertThat(facts(rejected(r, "MESSAGE_TYPE", LtiClaims.MESSAGE_TYPE))).contains("<script>alert(1)</script>");
    assertThat(r.bodyAsString()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
  }

  @Test
  void rejectsWrongVersion() {
    assertThat(facts(rejected(launchWith(c -> c.claim(LtiClaims.VERSION, "1.1.0")), "VERSION", LtiClaims.VERSION)))
        .contains("1.1.0").contains("1.3.0");
  }

  @Test
  void rejectsMissingResourceLinkId() {
    rejected(launchWith(c -> c.claim(LtiClaims.RESOURCE_LINK, Map.of("title", "no id"))), "REQUIRED_CLAIM",
        LtiClaims.RESOURCE_LINK + " → id");
  }

  @Test
  void rejectsMissingRoles() {
    rejected(launchWith(c -> c.claim(LtiClaims.ROLES, null)), "REQUIRED_CLAIM", LtiClaims.ROLES);
  }

  @Test
  void rejectsMissingSub() {
    rejected(launchWith(c -> c.subject(null)), "REQUIRED_CLAIM", "sub");
  }

  @Test
  void rejectsMissingTargetLinkUri() {
    rejected(launchWith(c -> c.claim(LtiClaims.TARGET_LINK_URI, null)), "REQUIRED_CLAIM", LtiClaims.TARGET_LINK_URI);
  }

  @Test
  void rejectsDeepLinkingWithoutReturnUrl() {
    rejected(launchWith(c -> c.claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_REQUEST)), "REQUIRED_CLAIM",
        "deep_link_return_url");
  }

  @Test
  void rejectsLaunchOfADisabledRegistration() {
    Browser b = env.browser();
    Login login = env.login(b, "disabled");
    Sql.execute(env.server, "UPDATE lti_registration SET status = 'disabled' WHERE id = " + env.registrationId);
    try {
      String token = env.platform.sign(env.platform.launch("who", login.nonce(), env.toolBase + "/", LEARNER).build());
      rejected(env.launch(b, token, login.state()), "REGISTRATION", "registration");
    } finally {
      Sql.execute(env.server, "UPDATE lti_registration SET status = 'enabled' WHERE id = " + env.registrationId);
    }
  }
}
