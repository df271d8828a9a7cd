package io.cairn.lti;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.testing.Browser;
import io.cairn.testing.Sql;
import io.cairn.testing.TestServer;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Cairn whose public URL is http://localhost:PORT (so that a browser on 127.0.0.1 pages sees it
 * as another site) and a platform simulator on 127.0.0.1, registered and enabled.
 */
public final class LtiTestEnvironment implements AutoCloseable {
  public final TestServer server;
  public final PlatformSimulator platform;
  public final String toolBase;
  public final long registrationId;

  private LtiTestEnvironment(TestServer server, PlatformSimulator platform, String toolBase, long registrationId) {
    this.server = server;
    this.platform = platform;
    this.toolBase = toolBase;
    this.registrationId = registrationId;
  }

  public static LtiTestEnvironment start() {
    int port = freePort();
    String base = "http://localhost:" + port;
    TestServer server = TestServer.start(Map.of("CAIRN_HTTP_PORT", String.valueOf(port), "CAIRN_PUBLIC_URL", base));
    PlatformSimulator platform = PlatformSimulator.start(server.cairn().vertx());
    platform.toolBase = base;
    String iss = platform.issuer();
    Sql.execute(server, "WITH r AS (INSERT INTO lti_registration (name, issuer, client_id, auth_login_url, token_url,"
        + " keyset_url, frame_origins, status, source) VALUES ('Simulator', '" + iss + "', '" + PlatformSimulator.CLIENT_ID
        + "', '" + platform.authUrl() + "', '" + platform.tokenUrl() + "', '" + platform.jwksUrl() + "', ARRAY['" + iss
        + "'], 'enabled', 'manual') RETURNING id) INSERT INTO lti_deployment (registration_id, deployment_id)"
        + " SELECT id, '" + PlatformSimulator.DEPLOYMENT + "' FROM r");
    long id = Sql.count(server, "SELECT id FROM lti_registration WHERE client_id = '" + PlatformSimulator.CLIENT_ID + "'");
    return new LtiTestEnvironment(server, platform, base, id);
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public Browser browser() {
    return new Browser(server.cairn().vertx(), server.baseUrl());
  }

  public CookielessClient cookieless() {
    return new CookielessClient(server.cairn().vertx(), server.baseUrl());
  }

  /** The login initiation's answer, with the authentication request's parameters. */
  public record Login(String state, String nonce, Map<String, String> params, HttpResponse<Buffer> response) {}

  public Map<String, String> loginParams(String loginHint) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("iss", platform.issuer());
    p.put("login_hint", loginHint);
    p.put("target_link_uri", toolBase + "/modules/opt-m1-safe-practice");
    p.put("client_id", PlatformSimulator.CLIENT_ID);
    p.put("lti_message_hint", "{\"cmid\":7,\"launchid\":\"ltilaunch_x&y=z\"}");
    p.put("lti_deployment_id", PlatformSimulator.DEPLOYMENT);
    return p;
  }

  /** GET /lti/login as the platform's page would open it; expects the redirect to the platform. */
  public Login login(Browser b, String loginHint) {
    HttpResponse<Buffer> r = b.get("/lti/login?" + query(loginParams(loginHint)));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(302);
    return fromRedirect(r);
  }

  public static Login fromRedirect(HttpResponse<Buffer> r) {
    Map<String, String> q = queryOf(r.getHeader("Location"));
    return new Login(q.get("state"), q.get("nonce"), q, r);
  }

  public HttpResponse<Buffer> launch(Browser b, String idToken, String state) {
    MultiMap form = MultiMap.caseInsensitiveMultiMap();
    if (idToken != null) {
      form.add("id_token", idToken);
    }
    if (state != null) {
      form.add("state", state);
    }
    return b.postRaw("/lti/launch", form);
  }

  /** Login and launch in one: a valid resource link launch with these claims changed. */
  public HttpResponse<Buffer> launchAs(Browser b, String sub, java.util.function.UnaryOperator<
      com.nimbusds.jwt.JWTClaimsSet.Builder> change, String... roles) {
    Login login = login(b, sub);
    var claims = change.apply(platform.launch(sub, login.nonce(), toolBase + "/modules/opt-m1-safe-practice", roles));
    return launch(b, platform.sign(claims.build()), login.state());
  }

  public static String query(Map<String, String> params) {
    StringBuilder sb = new StringBuilder();
    params.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(k).append('=')
        .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return sb.toString();
  }

  public static Map<String, String> queryOf(String url) {
    Map<String, String> out = new LinkedHashMap<>();
    String raw = URI.create(url).getRawQuery();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  public long count(String sql) {
    return Sql.count(server, sql);
  }

  @Override
  public void close() {
    try {
      platform.close();
    } finally {
      server.close();
    }
  }
}
