package io.cairn.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.cairn.lti.launch.LtiClaims;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An LTI 1.3 platform inside the test suite: a Vert.x server on a free port of 127.0.0.1 with a
 * JWKS, an OIDC authentication endpoint that answers like a platform (an auto-posting form of
 * id_token and state to the tool's redirect URI), a token endpoint, the openid configuration and
 * registration endpoints of Dynamic Registration, the AGS and NRPS services ({@link SimulatorServices}),
 * and a course page that frames the tool beside a
 * postMessage storage frame. It signs with throwaway RSA keys.
 */
public final class PlatformSimulator implements AutoCloseable {
  public static final String CLIENT_ID = "sim-client-1";
  public static final String DEPLOYMENT = "sim-deployment-1";
  public static final String REGISTRATION_TOKEN = "sim-registration-token";
  public static final String STORAGE_FRAME = "lti_storage_frame";

  private final Vertx vertx;
  private HttpServer server;
  private volatile RSAKey signingKey;
  private final List<RSAKey> published = new CopyOnWriteArrayList<>();
  public final AtomicInteger jwksFetches = new AtomicInteger();
  public final List<JsonObject> registrationRequests = new CopyOnWriteArrayList<>();
  public final List<String> registrationAuthorizations = new CopyOnWriteArrayList<>();
  public final List<String> configurationAuthorizations = new CopyOnWriteArrayList<>();
  /** login_hint → LTI roles, for the browser journey's auth endpoint. */
  public final Map<String, List<String>> roles = new ConcurrentHashMap<>();
  /** Overrides for the openid configuration (e.g. another issuer). */
  public final Map<String, Object> configOverrides = new ConcurrentHashMap<>();
  public volatile String toolBase;
  /** The token, AGS and NRPS endpoints, with what they received and an outage switch. */
  public final SimulatorServices services = new SimulatorServices(this);

  private PlatformSimulator(Vertx vertx) {
    this.vertx = vertx;
  }

  public static PlatformSimulator start(Vertx vertx) {
    PlatformSimulator sim = new PlatformSimulator(vertx);
    sim.rotate();
    Router r = Router.router(vertx);
    r.route().handler(BodyHandler.create(false));
    r.get("/jwks").handler(sim::jwks);
    r.get("/.well-known/openid-configuration").handler(sim::openidConfiguration);
    r.post("/register").handler(sim::register);
    r.route("/auth").handler(sim::auth);
    sim.services.mount(r); // token endpoint, AGS line items and scores, NRPS memberships
    r.get("/course").handler(sim::course);
    // a third-party cookie probe: framed from 127.0.0.1, this server is also http://localhost:PORT, another site
    r.get("/probe/set").handler(ctx -> ctx.response().putHeader("Set-Cookie", "probe=1; Path=/; SameSite=None; Secure")
        .putHeader("Content-Type", "text/html").end("<p>set</p>"));
    r.get("/probe/read").handler(ctx -> ctx.response().putHeader("Content-Type", "text/html")
        .end("<p id=cookie>" + SimulatorPages.escape(String.valueOf(ctx.request().getHeader("Cookie"))) + "</p>"));
    r.get("/probe").handler(ctx -> ctx.response().putHeader("Content-Type", "text/html").end(
        "<!doctype html><title>probe</title><iframe name=probe src=\"http://localhost:" + sim.port() + "/probe/set\"></iframe>"));
    r.get("/storage").handler(ctx -> ctx.response().putHeader("Content-Type", "text/html").end(SimulatorPages.STORAGE));
    sim.server = vertx.createHttpServer().requestHandler(r).listen(0, "127.0.0.1").await();
    return sim;
  }

  public int port() {
    return server.actualPort();
  }

  public String issuer() {
    return "http://127.0.0.1:" + port();
  }

  public String authUrl() {
    return issuer() + "/auth";
  }

  public String tokenUrl() {
    return issuer() + "/token";
  }

  public String jwksUrl() {
    return issuer() + "/jwks";
  }

  public String openidConfigurationUrl() {
    return issuer() + "/.well-known/openid-configuration";
  }

  public RSAKey signingKey() {
    return signingKey;
  }

  /** A new signing key; the old ones stay published. */
  public RSAKey rotate() {
    try {
      signingKey = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID("sim-" + (published.size() + 1)).generate();
      published.add(signingKey);
      return signingKey;
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A key that signs but that the JWKS does not publish. */
  public static RSAKey unpublishedKey(String kid) {
    try {
      return new RSAKeyGenerator(2048).keyID(kid).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  public String sign(JWTClaimsSet claims) {
    return sign(claims, signingKey, JWSAlgorithm.RS256);
  }

  public static String sign(JWTClaimsSet claims, RSAKey key, JWSAlgorithm alg) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A valid resource-link launch for this platform: change one thing to test a rule. */
  public JWTClaimsSet.Builder launch(String sub, String nonce, String targetLinkUri, String... ltiRoles) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(issuer()).subject(sub).audience(CLIENT_ID)
        .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(60)))
        .claim("nonce", nonce).claim("name", "Person " + sub).claim("email", sub + "@platform.test")
        .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.RESOURCE_LINK_REQUEST)
        .claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION)
        .claim(LtiClaims.DEPLOYMENT_ID, DEPLOYMENT)
        .claim(LtiClaims.TARGET_LINK_URI, targetLinkUri)
        .claim(LtiClaims.RESOURCE_LINK, Map.of("id", "rl-1", "title", "Safe practice"))
        .claim(LtiClaims.ROLES, List.of(ltiRoles))
        .claim(LtiClaims.CONTEXT, Map.of("id", "course-1", "title", "Online therapy CPD", "label", "OT-CPD",
            "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")))
        .claim(LtiClaims.AGS_ENDPOINT, Map.of("scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"),
            "lineitem", issuer() + "/lineitems/1/lineitem?type_id=1", "lineitems", issuer() + "/lineitems?type_id=1"))
        .claim(LtiClaims.NRPS, Map.of("context_memberships_url", issuer() + "/memberships/course-1",
            "service_versions", List.of("2.0")));
  }

  private void jwks(RoutingContext ctx) {
    jwksFetches.incrementAndGet();
    List<JWK> keys = new ArrayList<>(published.stream().map(k -> (JWK) k.toPublicJWK()).toList());
    ctx.response().putHeader("Content-Type", "application/json").end(new JWKSet(keys).toString(true));
  }

  private void openidConfiguration(RoutingContext ctx) {
    configurationAuthorizations.add(String.valueOf(ctx.request().getHeader("Authorization")));
    JsonObject config = new JsonObject()
        .put("issuer", issuer())
        .put("authorization_endpoint", authUrl())
        .put("token_endpoint", tokenUrl())
        .put("jwks_uri", jwksUrl())
        .put("registration_endpoint", issuer() + "/register")
        .put("token_endpoint_auth_methods_supported", new JsonArray().add("private_key_jwt"))
        .put("id_token_signing_alg_values_supported", new JsonArray().add("RS256"))
        .put("scopes_supported", new JsonArray().add("openid"))
        .put("response_types_supported", new JsonArray().add("id_token"))
        .put("subject_types_supported", new JsonArray().add("public"))
        .put("claims_supported", new JsonArray().add("sub").add("iss").add("name").add("email"))
        .put("https://purl.imsglobal.org/spec/lti-platform-configuration", new JsonObject()
            .put("product_family_code", "simulator").put("version", "1.0")
            .put("messages_supported", new JsonArray().add(new JsonObject().put("type", "LtiResourceLinkRequest"))
                .add(new JsonObject().put("type", "LtiDeepLinkingRequest"))));
    configOverrides.forEach(config::put);
    ctx.json(config);
  }

  private void register(RoutingContext ctx) {
    registrationAuthorizations.add(String.valueOf(ctx.request().getHeader("Authorization")));
    JsonObject body = ctx.body().asJsonObject();
    registrationRequests.add(body);
    ctx.response().setStatusCode(200);
    ctx.json(body.copy().put("client_id", "dyn-client-" + registrationRequests.size())
        .put("https://purl.imsglobal.org/spec/lti-tool-configuration",
            body.getJsonObject("https://purl.imsglobal.org/spec/lti-tool-configuration").copy()
                .put("deployment_id", "dyn-deployment-" + registrationRequests.size())));
  }

  /** Like a platform's OIDC authorization endpoint: answers with a form that posts the id_token. */
  private void auth(RoutingContext ctx) {
    String hint = ctx.request().getParam("login_hint");
    String redirect = ctx.request().getParam("redirect_uri");
    String target = toolBase + "/modules/opt-m1-safe-practice";
    JWTClaimsSet claims = launch(hint, ctx.request().getParam("nonce"), target,
        roles.getOrDefault(hint, List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"))
            .toArray(String[]::new)).build();
    ctx.response().putHeader("Content-Type", "text/html")
        .end(SimulatorPages.autoPost(redirect, sign(claims), ctx.request().getParam("state")));
  }

  private void course(RoutingContext ctx) {
    String hint = ctx.request().getParam("login_hint");
    String login = toolBase + "/lti/login?iss=" + enc(issuer()) + "&login_hint=" + enc(hint)
        + "&target_link_uri=" + enc(toolBase + "/modules/opt-m1-safe-practice") + "&client_id=" + enc(CLIENT_ID)
        + "&lti_message_hint=" + enc("{\"launch\":\"rl-1\"}") + "&lti_deployment_id=" + enc(DEPLOYMENT)
        + "&lti_storage_target=" + STORAGE_FRAME;
    ctx.response().putHeader("Content-Type", "text/html").end(SimulatorPages.course(login));
  }

  static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.close().await();
  }
}
