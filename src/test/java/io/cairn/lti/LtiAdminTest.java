package io.cairn.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import io.cairn.testing.Browser;
import io.cairn.testing.Sql;
import io.cairn.testing.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /admin/lti: registering a platform by hand, enabling and disabling, the tool's keys and their rotation. */
class LtiAdminTest {
  static TestServer server;
  static Browser admin;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    admin = new Browser(server.cairn().vertx(), server.baseUrl());
    admin.signIn(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Map<String, String> moodle(String clientId) {
    Map<String, String> form = new HashMap<>();
    form.put("name", "Moodle of Riverside");
    form.put("issuer", "https://moodle.riverside.example");
    form.put("client_id", clientId);
    form.put("auth_login_url", "https://moodle.riverside.example/mod/lti/auth.php");
    form.put("token_url", "https://moodle.riverside.example/mod/lti/token.php");
    form.put("keyset_url", "https://moodle.riverside.example/mod/lti/certs.php");
    form.put("deployment_ids", "3\n4");
    form.put("frame_origins", "");
    return form;
  }

  @Test
  void aStartedServerHasOneActiveKeyPublished() throws Exception {
    HttpResponse<Buffer> r = admin.client().getAbs(server.baseUrl() + "/lti/jwks").send().await();
    assertThat(r.getHeader("Content-Type")).startsWith("application/json");
    JWKSet set = JWKSet.parse(r.bodyAsString());
    assertThat(set.getKeys()).isNotEmpty();
    RSAKey key = set.getKeys().get(0).toRSAKey();
    assertThat(key.isPrivate()).isFalse();
    assertThat(key.size()).isEqualTo(2048);
    assertThat(key.getKeyID()).isNotBlank();
    assertThat(Sql.count(server, "SELECT count(*) FROM lti_key WHERE retired_at IS NULL")).isEqualTo(1);
    // the private key is stored encrypted, never as a PEM or JWK
    assertThat(Sql.single(server, "SELECT position('PRIVATE' in encode(private_key, 'escape')) FROM lti_key LIMIT 1"))
        .isEqualTo(0);
  }

  @Test
  void rotationMakesANewActiveKeyAndKeepsTheOldOnePublished() throws Exception {
    List<String> before = JWKSet.parse(admin.client().getAbs(server.baseUrl() + "/lti/jwks").send().await().bodyAsString())
        .getKeys().stream().map(k -> k.getKeyID()).toList();
    admin.get("/admin/lti");
    HttpResponse<Buffer> rotated = admin.post("/admin/lti/keys/rotate", Map.of());
    assertThat(rotated.statusCode()).isEqualTo(303);
    assertThat(rotated.getHeader("Location")).isEqualTo("/admin/lti?done=rotated");
    List<String> after = JWKSet.parse(admin.client().getAbs(server.baseUrl() + "/lti/jwks").send().await().bodyAsString())
        .getKeys().stream().map(k -> k.getKeyID()).toList();
    assertThat(after).containsAll(before).hasSize(before.size() + 1);
    String active = (String) Sql.single(server, "SELECT kid FROM lti_key WHERE retired_at IS NULL");
    assertThat(before).doesNotContain(active);
    assertThat(admin.page("/admin/lti?done=rotated").select("main").text()).contains("A new key signs from now on")
        .contains(active).contains("still published");

    Sql.execute(server, "UPDATE lti_key SET retired_at = now() - interval '25 hours', created_at = now() - interval '30 days'"
        + " WHERE retired_at IS NOT NULL");
    List<String> later = JWKSet.parse(admin.client().getAbs(server.baseUrl() + "/lti/jwks").send().await().bodyAsString())
        .getKeys().stream().map(k -> k.getKeyID()).toList();
    assertThat(later).containsExactly(active);
  }

  @Test
  void anEmptyRegistrationFormNamesEveryField() {
    admin.get("/admin/lti/registrations/new");
    HttpResponse<Buffer> r = admin.post("/admin/lti/registrations", Map.of());
    assertThat(r.statusCode()).isEqualTo(400);
    Document page = Jsoup.parse(r.bodyAsString());
    assertThat(page.select("#form-errors li")).hasSize(7);
    assertThat(page.select("#issuer-error").text()).contains("issuer");
    assertThat(page.select("#deployment_ids-error").text()).contains("deployment id");
    assertThat(page.select("#issuer").attr("aria-invalid")).isEqualTo("true");
  }

  @Test
  void badAddressesAreExplained() {
    admin.get("/admin/lti/registrations/new");
    Map<String, String> form = moodle("bad-1");
    form.put("issuer", "moodle.riverside.example");
    form.put("keyset_url", "ftp://moodle.riverside.example/certs");
    form.put("frame_origins", "https://moodle.riverside.example/course/view.php");
    HttpResponse<Buffer> r = admin.post("/admin/lti/registrations", form);
    assertThat(r.statusCode()).isEqualTo(400);
    Document page = Jsoup.parse(r.bodyAsString());
    assertThat(page.select("#issuer-error").text()).contains("is not a full web address");
    assertThat(page.select("#keyset_url-error").text()).contains("is not a full web address");
    assertThat(page.select("#frame_origins-error").text()).contains("is not an origin");
    assertThat(page.select("#client_id").attr("value")).isEqualTo("bad-1");
    assertThat(Sql.count(server, "SELECT count(*) FROM lti_registration WHERE client_id = 'bad-1'")).isZero();
  }

  @Test
  void aPlatformRegisteredByHandIsEnabledEditableAndUnique() {
    admin.get("/admin/lti/registrations/new");
    HttpResponse<Buffer> created = admin.post("/admin/lti/registrations", moodle("hand-1"));
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(303);
    long id = Sql.count(server, "SELECT id FROM lti_registration WHERE client_id = 'hand-1'");
    assertThat(Sql.single(server, "SELECT status FROM lti_registration WHERE id = " + id)).isEqualTo("enabled");
    assertThat(Sql.single(server, "SELECT array_to_string(frame_origins, ' ') FROM lti_registration WHERE id = " + id))
        .isEqualTo("https://moodle.riverside.example");
    assertThat(Sql.count(server, "SELECT count(*) FROM lti_deployment WHERE registration_id = " + id)).isEqualTo(2);

    admin.get("/admin/lti/registrations/new");
    HttpResponse<Buffer> again = admin.post("/admin/lti/registrations", moodle("hand-1"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.bodyAsString()).contains("already exists");

    Document edit = admin.page("/admin/lti/registrations/" + id);
    assertThat(edit.select("#deployment_ids").text()).contains("3").contains("4");
    Map<String, String> changed = moodle("hand-1");
    changed.put("deployment_ids", "4\n5");
    changed.put("frame_origins", "https://moodle.riverside.example\nhttps://learn.riverside.example");
    assertThat(admin.post("/admin/lti/registrations/" + id, changed).statusCode()).isEqualTo(303);
    assertThat(Sql.single(server, "SELECT string_agg(deployment_id, ',' ORDER BY deployment_id) FROM lti_deployment"
        + " WHERE registration_id = " + id)).isEqualTo("4,5");

    admin.get("/admin/lti");
    assertThat(admin.post("/admin/lti/registrations/" + id + "/status", Map.of("status", "disabled")).statusCode())
        .isEqualTo(303);
    assertThat(Sql.single(server, "SELECT status FROM lti_registration WHERE id = " + id)).isEqualTo("disabled");
    assertThat(admin.page("/admin/lti").select("tbody").text()).contains("Moodle of Riverside").contains("disabled");
  }

  @Test
  void onlyAdminsReachTheLtiPages() {
    Browser learner = new Browser(server.cairn().vertx(), server.baseUrl());
    learner.signUp("Lea Rner", "lea@example.org", "a sturdy passphrase 123");
    assertThat(learner.get("/admin/lti").statusCode()).isEqualTo(403);
    assertThat(learner.page("/").select("a[href=/admin/lti]")).isEmpty();
    assertThat(admin.page("/").select("a[href=/admin/lti]")).hasSize(1);
  }
}
