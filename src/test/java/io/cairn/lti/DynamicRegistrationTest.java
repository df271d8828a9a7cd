package io.cairn.lti;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.testing.Browser;
import io.cairn.testing.Sql;
import io.cairn.testing.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** LTI Dynamic Registration 1.0 end to end with the simulator, then an admin's review. */
class DynamicRegistrationTest {
  static LtiTestEnvironment env;

  @BeforeAll
  static void start() {
    env = LtiTestEnvironment.start();
  }

  @AfterAll
  static void stop() {
    env.close();
  }

  /** The path of a fresh one-time URL, made as the admin makes it. */
  private String registrationPath() {
    Browser admin = env.browser();
    admin.signIn(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
    assertThat(admin.page("/admin/lti").select("form[action=/admin/lti/registration-urls] button").text())
        .isEqualTo("Create a registration URL");
    HttpResponse<Buffer> made = admin.post("/admin/lti/registration-urls", Map.of());
    assertThat(made.statusCode()).as(made.bodyAsString()).isEqualTo(200);
    String url = Jsoup.parse(made.bodyAsString()).selectFirst("#registration-url").val();
    assertThat(url).startsWith(env.toolBase + "/lti/register/");
    return url.substring(env.toolBase.length());
  }

  private HttpResponse<Buffer> register(String path) {
    return env.cookieless().get(path + "?openid_configuration="
        + PlatformSimulator.enc(env.platform.openidConfigurationUrl()) + "&registration_token=" + PlatformSimulator.REGISTRATION_TOKEN);
  }

  private HttpResponse<Buffer> register() {
    return register(registrationPath());
  }

  @Test
  void registersWithThePlatformAndWaitsForAnAdminToEnableIt() {
    int before = env.platform.registrationRequests.size();
    HttpResponse<Buffer> r = register();
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    Document page = Jsoup.parse(r.bodyAsString());
    assertThat(page.select("h1").text()).isEqualTo("Cairn is registered");
    assertThat(page.select("script[src=/js/lti-close.js]")).hasSize(1);
    assertThat(page.selectFirst("#lti-close").attr("data-close")).isEqualTo("true");
    assertThat(r.getHeader("Content-Security-Policy")).contains("frame-ancestors " + env.platform.issuer());

    assertThat(env.platform.configurationAuthorizations).contains("Bearer " + PlatformSimulator.REGISTRATION_TOKEN);
    assertThat(env.platform.registrationAuthorizations.get(before)).isEqualTo("Bearer " + PlatformSimulator.REGISTRATION_TOKEN);
    JsonObject sent = env.platform.registrationRequests.get(before);
    String tool = env.toolBase;
    assertThat(sent.getString("application_type")).isEqualTo("web");
    assertThat(sent.getJsonArray("response_types").getList()).containsExactly("id_token");
    assertThat(sent.getJsonArray("grant_types").getList()).containsExactlyInAnyOrder("implicit", "client_credentials");
    assertThat(sent.getString("initiate_login_uri")).isEqualTo(tool + "/lti/login");
    assertThat(sent.getJsonArray("redirect_uris").getList()).containsExactly(tool + "/lti/launch");
    assertThat(sent.getString("jwks_uri")).isEqualTo(tool + "/lti/jwks");
    assertThat(sent.getString("token_endpoint_auth_method")).isEqualTo("private_key_jwt");
    assertThat(sent.getString("scope").split(" ")).contains(
        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem", "https://purl.imsglobal.org/spec/lti-ags/scope/score",
        "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
        "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
    JsonObject lti = sent.getJsonObject("https://purl.imsglobal.org/spec/lti-tool-configuration");
    assertThat(lti.getString("domain")).isEqualTo(tool.replace("http://", ""));
    assertThat(lti.getString("target_link_uri")).isEqualTo(tool + "/");
    assertThat(lti.getJsonArray("claims").getList()).contains("iss", "sub", "name", "email");
    assertThat(lti.getJsonArray("messages").stream().map(m -> ((JsonObject) m).getString("type")))
        .containsExactlyInAnyOrder("LtiResourceLinkRequest", "LtiDeepLinkingRequest");

    String clientId = "dyn-client-" + (before + 1);
    assertThat(Sql.single(env.server, "SELECT status || ' ' || source FROM lti_registration WHERE client_id = '" + clientId + "'"))
        .isEqualTo("pending dynamic");
    assertThat(Sql.single(env.server, "SELECT d.deployment_id FROM lti_deployment d JOIN lti_registration r"
        + " ON r.id = d.registration_id WHERE r.client_id = '" + clientId + "'")).isEqualTo("dyn-deployment-" + (before + 1));
    long id = env.count("SELECT id FROM lti_registration WHERE client_id = '" + clientId + "'");

    Map<String, String> login = env.loginParams("dyn-user");
    login.put("client_id", clientId);
    HttpResponse<Buffer> pending = env.cookieless().get("/lti/login?" + LtiTestEnvironment.query(login));
    assertThat(pending.statusCode()).isEqualTo(400);
    assertThat(pending.bodyAsString()).contains("is pending");

    Browser admin = env.browser();
    admin.signIn(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
    Document overview = admin.page("/admin/lti");
    String name = (String) Sql.single(env.server, "SELECT name FROM lti_registration WHERE id = " + id);
    assertThat(overview.select("table").first().text()).contains("used").contains("by " + name);
    assertThat(overview.html()).doesNotContain("/lti/register/");
    assertThat(overview.select("tbody").text()).contains(clientId).contains("pending");
    HttpResponse<Buffer> enabled = admin.post("/admin/lti/registrations/" + id + "/status", Map.of("status", "enabled"));
    assertThat(enabled.statusCode()).isEqualTo(303);
    assertThat(env.cookieless().get("/lti/login?" + LtiTestEnvironment.query(login)).statusCode()).isEqualTo(302);
  }

  @Test
  void refusesAConfigurationWhoseIssuerIsNotItsOrigin() {
    long before = env.count("SELECT count(*) FROM lti_registration");
    env.platform.configOverrides.put("issuer", "https://someone-else.example");
    try {
      HttpResponse<Buffer> r = register();
      assertThat(r.statusCode()).isEqualTo(400);
      Document page = Jsoup.parse(r.bodyAsString());
      assertThat(page.select("h1").text()).isEqualTo("Cairn could not register with this platform");
      assertThat(page.select("main").text()).contains("https://someone-else.example").contains("issuer");
    } finally {
      env.platform.configOverrides.clear();
    }
    assertThat(env.count("SELECT count(*) FROM lti_registration")).isEqualTo(before);
  }

  @Test
  void refusesToRegisterWithoutAOneTimeUrl() {
    long before = env.count("SELECT count(*) FROM lti_registration");
    int configsFetched = env.platform.configurationAuthorizations.size();
    for (String path : new String[] {"/lti/register", "/lti/register/made-up-token"}) {
      HttpResponse<Buffer> r = register(path);
      assertThat(r.statusCode()).as(path).isEqualTo(403);
      assertThat(r.bodyAsString()).contains("registration URL");
    }
    assertThat(env.platform.configurationAuthorizations).hasSize(configsFetched);
    assertThat(env.count("SELECT count(*) FROM lti_registration")).isEqualTo(before);
  }

  @Test
  void aRegistrationUrlServesOnePlatformOnce() {
    String path = registrationPath();
    assertThat(register(path).statusCode()).isEqualTo(200);
    long after = env.count("SELECT count(*) FROM lti_registration");
    HttpResponse<Buffer> again = register(path);
    assertThat(again.statusCode()).isEqualTo(403);
    assertThat(again.bodyAsString()).contains("used already");
    assertThat(env.count("SELECT count(*) FROM lti_registration")).isEqualTo(after);
  }

  @Test
  void aFailedRegistrationLeavesItsUrlUsable() {
    String path = registrationPath();
    env.platform.configOverrides.put("issuer", "https://someone-else.example");
    try {
      assertThat(register(path).statusCode()).isEqualTo(400);
    } finally {
      env.platform.configOverrides.clear();
    }
    assertThat(register(path).statusCode()).isEqualTo(200);
  }

  @Test
  void anExpiredRegistrationUrlIsRefused() {
    String path = registrationPath();
    Sql.execute(env.server, "UPDATE lti_registration_invite SET expires_at = now() - interval '1 minute'");
    assertThat(register(path).statusCode()).isEqualTo(403);
  }

  @Test
  void explainsAMissingConfigurationUrl() {
    HttpResponse<Buffer> r = env.cookieless().get(registrationPath());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.bodyAsString()).contains("openid_configuration");
  }

  @Test
  void saysWhenThePlatformCannotBeReached() {
    HttpResponse<Buffer> r = env.cookieless().get(registrationPath() + "?openid_configuration="
        + PlatformSimulator.enc(env.platform.issuer() + "/no-such-configuration"));
    assertThat(r.statusCode()).isEqualTo(502);
    assertThat(r.bodyAsString()).contains("status 404");
  }
}
