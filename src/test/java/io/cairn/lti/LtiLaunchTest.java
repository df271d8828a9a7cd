package io.cairn.lti;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.lti.LtiTestEnvironment.Login;
import io.cairn.lti.launch.LtiClaims;
import io.cairn.testing.Browser;
import io.cairn.testing.Sql;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** OIDC login initiation and resource-link launches end to end, against the platform simulator. */
class LtiLaunchTest {
  static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
  static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
  static LtiTestEnvironment env;

  @BeforeAll
  static void start() {
    env = LtiTestEnvironment.start();
  }

  @AfterAll
  static void stop() {
    env.close();
  }

  @Test
  void loginByGetRedirectsToThePlatformWithExactParameters() {
    Browser b = env.browser();
    Map<String, String> sent = env.loginParams("hint-get");
    HttpResponse<Buffer> r = b.get("/lti/login?" + LtiTestEnvironment.query(sent));
    assertThat(r.statusCode()).isEqualTo(302);
    String location = r.getHeader("Location");
    assertThat(location).startsWith(env.platform.authUrl() + "?");
    Map<String, String> q = LtiTestEnvironment.queryOf(location);
    assertThat(q).containsEntry("scope", "openid").containsEntry("response_type", "id_token")
        .containsEntry("response_mode", "form_post").containsEntry("prompt", "none")
        .containsEntry("client_id", PlatformSimulator.CLIENT_ID)
        .containsEntry("redirect_uri", env.toolBase + "/lti/launch")
        .containsEntry("login_hint", "hint-get")
        .containsEntry("lti_message_hint", sent.get("lti_message_hint"));
    assertThat(q.get("state")).hasSizeGreaterThanOrEqualTo(40);
    assertThat(q.get("nonce")).hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(q.get("state"));
    String cookie = r.headers().getAll("Set-Cookie").stream().filter(c -> c.startsWith("cairn_lti_state_")).findFirst()
        .orElseThrow();
    assertThat(cookie).contains("=" + q.get("state")).contains("Path=/lti/").contains("HTTPOnly")
        .contains("SameSite=Lax").doesNotContain("Secure").doesNotContain("Partitioned");
    assertThat(env.count("SELECT count(*) FROM lti_login WHERE state = '" + q.get("state") + "' AND nonce = '"
        + q.get("nonce") + "' AND used_at IS NULL")).isEqualTo(1);
  }

  @Test
  void loginByFormPostNeedsNoCsrfTokenAndRedirectsTheSame() {
    CookielessClient c = env.cookieless();
    MultiMap form = MultiMap.caseInsensitiveMultiMap();
    env.loginParams("hint-post").forEach(form::add);
    HttpResponse<Buffer> r = c.post("/lti/login", form);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(302);
    Map<String, String> q = LtiTestEnvironment.queryOf(r.getHeader("Location"));
    assertThat(q).containsEntry("login_hint", "hint-post")
        .containsEntry("lti_message_hint", env.loginParams("x").get("lti_message_hint"))
        .containsEntry("redirect_uri", env.toolBase + "/lti/launch");
  }

  @Test
  void loginFromAnUnknownIssuerSaysWhatToRegister() {
    Map<String, String> p = env.loginParams("hint");
    p.put("iss", "https://unknown.example");
    HttpResponse<Buffer> r = env.cookieless().get("/lti/login?" + LtiTestEnvironment.query(p));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(r.bodyAsString()).select("main").text()).contains("no registration for issuer https://unknown.example")
        .contains("/admin/lti");
  }

  @Test
  void loginForATargetOnAnotherSiteIsRefused() {
    Map<String, String> p = env.loginParams("hint");
    p.put("target_link_uri", "https://evil.example/phish");
    HttpResponse<Buffer> r = env.cookieless().get("/lti/login?" + LtiTestEnvironment.query(p));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.bodyAsString()).contains("target_link_uri").contains("is not on this tool");
  }

  @Test
  void learnerLaunchProvisionsAndOpensTheLinkedModuleInTheFrame() {
    Browser b = env.browser();
    HttpResponse<Buffer> r = env.launchAs(b, "learner-1", c -> c.claim("given_name", "Lee"), LEARNER);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(303);
    String location = r.getHeader("Location");
    assertThat(location).startsWith("/modules/opt-m1-safe-practice?lt=v1.");
    assertThat(r.getHeader("Content-Security-Policy")).contains("frame-ancestors " + env.platform.issuer());

    HttpResponse<Buffer> page = env.cookieless().get(location);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.getHeader("Content-Security-Policy")).endsWith("frame-ancestors " + env.platform.issuer());
    Document doc = Jsoup.parse(page.bodyAsString());
    assertThat(doc.select(".who").text()).contains("Person learner-1");
    assertThat(doc.select("h1").text()).isNotBlank();

    long account = env.count("SELECT account_id FROM lti_user WHERE sub = 'learner-1'");
    assertThat(Sql.single(env.server, "SELECT array_to_string(roles, ',') FROM account WHERE id = " + account)).isEqualTo("learner");
    assertThat(Sql.single(env.server, "SELECT email FROM account WHERE id = " + account)).isEqualTo("learner-1@platform.test");
    assertThat(Sql.single(env.server, "SELECT title FROM lti_context WHERE context_id = 'course-1'")).isEqualTo("Online therapy CPD");
    assertThat(Sql.single(env.server, "SELECT module_id FROM lti_resource_link WHERE resource_link_id = 'rl-1'"))
        .isEqualTo("opt-m1-safe-practice");
    assertThat(Sql.single(env.server, "SELECT ags->>'lineitem' FROM lti_resource_link WHERE resource_link_id = 'rl-1'"))
        .isEqualTo(env.platform.issuer() + "/lineitems/1/lineitem?type_id=1");
    assertThat(Sql.single(env.server, "SELECT nrps->>'context_memberships_url' FROM lti_context WHERE context_id = 'course-1'"))
        .isEqualTo(env.platform.issuer() + "/memberships/course-1");
    assertThat(Sql.single(env.server, "SELECT array_to_string(lti_roles, ',') FROM lti_membership WHERE account_id = " + account))
        .isEqualTo(LEARNER);
    assertThat(Sql.single(env.server, "SELECT claims->>'given_name' FROM lti_launch WHERE account_id = " + account))
        .isEqualTo("Lee");
    assertThat(env.count("SELECT count(*) FROM session WHERE account_id = " + account)).isEqualTo(1);
  }

  @Test
  void instructorLaunchWithACustomQuizBecomesATutorOnTheQuizPage() {
    Browser b = env.browser();
    HttpResponse<Buffer> r = env.launchAs(b, "teacher-1", c -> c.claim(LtiClaims.CUSTOM, Map.of("cairn_quiz", "opt-m2-quiz"))
        .claim(LtiClaims.RESOURCE_LINK, Map.of("id", "rl-quiz-2")), INSTRUCTOR,
        "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty");
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(303);
    assertThat(r.getHeader("Location")).matches("/modules/opt-m2-risk-at-a-distance/units/[^?]+\\?lt=v1\\..+");
    long account = env.count("SELECT account_id FROM lti_user WHERE sub = 'teacher-1'");
    assertThat(Sql.single(env.server, "SELECT array_to_string(roles, ',') FROM account WHERE id = " + account)).isEqualTo("tutor");
    assertThat(Sql.single(env.server, "SELECT quiz_id FROM lti_resource_link WHERE resource_link_id = 'rl-quiz-2'"))
        .isEqualTo("opt-m2-quiz");
    assertThat(Sql.single(env.server, "SELECT custom->>'cairn_quiz' FROM lti_resource_link WHERE resource_link_id = 'rl-quiz-2'"))
        .isEqualTo("opt-m2-quiz");
    Document page = env.cookieless().page(r.getHeader("Location"));
    assertThat(page.select(".who").text()).contains("Person teacher-1");
    assertThat(page.select("a[href=/tutor/accommodations]").attr("href")).isEmpty(); // rewritten: it carries the token
    assertThat(page.select("a[href^=/tutor/accommodations?lt=v1.]")).hasSize(1);
  }

  @Test
  void aMentorIsLinkedToTheKnownLearnersThePlatformNames() {
    env.launchAs(env.browser(), "mentee-1", c -> c, LEARNER);
    HttpResponse<Buffer> r = env.launchAs(env.browser(), "mentor-1", c -> c.claim(LtiClaims.ROLE_SCOPE_MENTOR,
        List.of("mentee-1", "not-yet-seen")), "http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor");
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(303);
    long mentor = env.count("SELECT account_id FROM lti_user WHERE sub = 'mentor-1'");
    long mentee = env.count("SELECT account_id FROM lti_user WHERE sub = 'mentee-1'");
    assertThat(Sql.single(env.server, "SELECT array_to_string(roles, ',') FROM account WHERE id = " + mentor)).isEqualTo("supervisor");
    assertThat(env.count("SELECT count(*) FROM supervision WHERE supervisor_id = " + mentor + " AND learner_id = " + mentee
        + " AND source = 'lti' AND accepted_at IS NOT NULL AND ended_at IS NULL")).isEqualTo(1);
    assertThat(env.count("SELECT count(*) FROM supervision WHERE supervisor_id = " + mentor)).isEqualTo(1);
  }

  @Test
  void aSecondLaunchFindsTheSamePersonAndAddsRoles() {
    env.launchAs(env.browser(), "twice-1", c -> c, LEARNER);
    env.launchAs(env.browser(), "twice-1", c -> c.claim("name", "Renamed Person"), "Administrator");
    assertThat(env.count("SELECT count(*) FROM lti_user WHERE sub = 'twice-1'")).isEqualTo(1);
    long account = env.count("SELECT account_id FROM lti_user WHERE sub = 'twice-1'");
    assertThat(Sql.single(env.server, "SELECT array_to_string(roles, ',') FROM account WHERE id = " + account))
        .isEqualTo("admin,learner");
    assertThat(Sql.single(env.server, "SELECT display_name FROM account WHERE id = " + account)).isEqualTo("Renamed Person");
    assertThat(env.count("SELECT count(*) FROM lti_launch WHERE account_id = " + account)).isEqualTo(2);
  }

  @Test
  void deepLinkingLaunchesReachThePicker() {
    Browser b = env.browser();
    HttpResponse<Buffer> r = env.launchAs(b, "designer-1", c -> c.claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_REQUEST)
        .claim(LtiClaims.RESOURCE_LINK, null)
        .claim(LtiClaims.DEEP_LINKING_SETTINGS, Map.of("deep_link_return_url", env.platform.issuer() + "/dl-return",
            "accept_types", List.of("ltiResourceLink"), "accept_presentation_document_targets", List.of("iframe"),
            "data", "opaque-data")), INSTRUCTOR);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(303);
    assertThat(r.getHeader("Location")).matches("/lti/deep-linking/\\d+\\?lt=v1\\..+");
    HttpResponse<Buffer> page = env.cookieless().get(r.getHeader("Location"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(page.bodyAsString()).select("form.picker input[name=item]")).isNotEmpty();
    assertThat(Sql.single(env.server, "SELECT claims->'" + LtiClaims.DEEP_LINKING_SETTINGS + "'->>'data' FROM lti_launch"
        + " WHERE message_type = 'LtiDeepLinkingRequest'")).isEqualTo("opaque-data");
  }

  @Test
  void theLaunchSessionLetsACookielessClientTakeAQuizThroughForms() {
    Browser b = env.browser();
    HttpResponse<Buffer> r = env.launchAs(b, "quiz-taker", c -> c.claim(LtiClaims.CUSTOM, Map.of("cairn_quiz", "opt-m1-quiz"))
        .claim(LtiClaims.RESOURCE_LINK, Map.of("id", "rl-quiz-1")), LEARNER);
    CookielessClient c = env.cookieless();
    Document unit = c.page(r.getHeader("Location"));
    var start = unit.selectFirst("form[action^=/quizzes/opt-m1-quiz/attempts]");
    assertThat(start).as(unit.html()).isNotNull();
    assertThat(start.attr("action")).contains("?lt=v1.");
    HttpResponse<Buffer> started = c.submit(start, null, null, Map.of());
    assertThat(started.statusCode()).as(started.bodyAsString()).isEqualTo(303);
    String attempt = started.getHeader("Location");
    assertThat(attempt).matches("/attempts/\\d+\\?lt=v1\\..+");

    Document quiz = c.page(attempt);
    var form = quiz.selectFirst("#quiz-form");
    assertThat(form.attr("action")).contains("lt=v1.");
    assertThat(quiz.selectFirst("#quiz-form").attr("data-autosave-url")).contains("lt=v1.");
    HttpResponse<Buffer> saved = c.submit(form, "go", "summary", Map.of("shown", "M1-Q1", "q.M1-Q1", "B"));
    assertThat(saved.statusCode()).as(saved.bodyAsString()).isEqualTo(303);
    assertThat(saved.getHeader("Location")).matches("/attempts/\\d+/summary\\?lt=v1\\..+");

    Document summary = c.page(saved.getHeader("Location"));
    var submit = summary.selectFirst("form[action*=/submit]");
    HttpResponse<Buffer> submitted = c.submit(submit, null, null, Map.of());
    assertThat(submitted.statusCode()).as(submitted.bodyAsString()).isEqualTo(303);
    Document result = c.page(submitted.getHeader("Location"));
    assertThat(result.select(".result-statement").text()).contains("evidence of knowledge");
    long account = env.count("SELECT account_id FROM lti_user WHERE sub = 'quiz-taker'");
    assertThat(env.count("SELECT count(*) FROM attempt WHERE account_id = " + account + " AND submitted_at IS NOT NULL"))
        .isEqualTo(1);
  }

  @Test
  void aFormWithoutTheSessionsCsrfTokenIsRefusedEvenWithTheLaunchToken() {
    HttpResponse<Buffer> r = env.launchAs(env.browser(), "csrf-1", c -> c, LEARNER);
    String token = r.getHeader("Location").replaceAll(".*[?&]lt=", "");
    MultiMap form = MultiMap.caseInsensitiveMultiMap();
    form.add("_csrf", "forged");
    HttpResponse<Buffer> post = env.cookieless().post("/quizzes/opt-m1-quiz/attempts?lt=" + token, form);
    assertThat(post.statusCode()).isEqualTo(403);
  }

  @Test
  void aForgedOrMissingLaunchTokenSignsNobodyIn() {
    HttpResponse<Buffer> r = env.launchAs(env.browser(), "forger-1", c -> c, LEARNER);
    String token = r.getHeader("Location").replaceAll(".*[?&]lt=", "");
    String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
    Document page = env.cookieless().page("/?lt=" + forged);
    assertThat(page.select(".who")).isEmpty();
    HttpResponse<Buffer> plain = env.cookieless().get("/");
    assertThat(plain.getHeader("Content-Security-Policy")).endsWith("frame-ancestors 'self'");
  }

  @Test
  void signingOutInsideALaunchEndsItsSession() {
    HttpResponse<Buffer> r = env.launchAs(env.browser(), "leaver-1", c -> c, LEARNER);
    CookielessClient c = env.cookieless();
    Document page = c.page(r.getHeader("Location"));
    var signOut = page.selectFirst("form[action^=/signout]");
    HttpResponse<Buffer> out = c.submit(signOut, null, null, Map.of());
    assertThat(out.statusCode()).isEqualTo(200);
    assertThat(out.bodyAsString()).contains("signed out");
    assertThat(c.page(r.getHeader("Location")).select(".who")).isEmpty();
  }

  @Test
  void withoutCookieOrPlatformStorageTheLaunchOffersANewWindow() {
    CookielessClient c = env.cookieless();
    Login login = LtiTestEnvironment.fromRedirect(c.get("/lti/login?" + LtiTestEnvironment.query(env.loginParams("blocked-1"))));
    MultiMap form = MultiMap.caseInsensitiveMultiMap();
    form.add("id_token", env.platform.sign(env.platform.launch("blocked-1", login.nonce(),
        env.toolBase + "/", LEARNER).build()));
    form.add("state", login.state());
    HttpResponse<Buffer> r = c.post("/lti/launch", form);
    assertThat(r.statusCode()).isEqualTo(401);
    Document page = Jsoup.parse(r.bodyAsString());
    var link = page.selectFirst("a[target=_blank]");
    assertThat(link.text()).contains("Open Cairn in a new window");
    Map<String, String> restart = LtiTestEnvironment.queryOf("http://x" + link.attr("href"));
    assertThat(link.attr("href")).startsWith("/lti/login?");
    assertThat(restart).containsEntry("login_hint", "blocked-1").containsEntry("iss", env.platform.issuer())
        .containsEntry("lti_message_hint", env.loginParams("x").get("lti_message_hint"));
    assertThat(r.getHeader("Content-Security-Policy")).contains("frame-ancestors " + env.platform.issuer());
    assertThat(env.count("SELECT count(*) FROM lti_user WHERE sub = 'blocked-1'")).isZero();
  }

  @Test
  void platformStorageBindsTheStateWhenCookiesAreBlocked() {
    CookielessClient c = env.cookieless();
    Map<String, String> p = env.loginParams("storage-1");
    p.put("lti_storage_target", "_parent");
    HttpResponse<Buffer> loginPage = c.get("/lti/login?" + LtiTestEnvironment.query(p));
    assertThat(loginPage.statusCode()).isEqualTo(200);
    Document doc = Jsoup.parse(loginPage.bodyAsString());
    var box = doc.selectFirst("#lti-storage");
    assertThat(box.attr("data-mode")).isEqualTo("put");
    assertThat(box.attr("data-target")).isEqualTo("_parent");
    assertThat(box.attr("data-origin")).isEqualTo(env.platform.issuer());
    assertThat(doc.select("script[src=/js/lti-storage.js]")).hasSize(1);
    Map<String, String> auth = LtiTestEnvironment.queryOf(box.attr("data-next"));
    assertThat(doc.selectFirst("#lti-continue").attr("href")).isEqualTo(box.attr("data-next"));
    String state = auth.get("state");
    String nonce = auth.get("nonce");
    assertThat(box.attr("data-state")).isEqualTo(state);

    MultiMap form = MultiMap.caseInsensitiveMultiMap();
    form.add("id_token", env.platform.sign(env.platform.launch("storage-1", nonce, env.toolBase + "/", LEARNER).build()));
    form.add("state", state);
    HttpResponse<Buffer> launch = c.post("/lti/launch", form);
    assertThat(launch.statusCode()).isEqualTo(200);
    Document ask = Jsoup.parse(launch.bodyAsString());
    var get = ask.selectFirst("#lti-storage");
    assertThat(get.attr("data-mode")).isEqualTo("get");
    assertThat(get.attr("data-state-key")).isEqualTo("state_" + state);
    String launchId = ask.selectFirst("input[name=launch_id]").attr("value");
    assertThat(env.count("SELECT count(*) FROM lti_user WHERE sub = 'storage-1'")).isZero();

    MultiMap confirm = MultiMap.caseInsensitiveMultiMap();
    confirm.add("launch_id", launchId);
    confirm.add("state", state);
    confirm.add("nonce", nonce);
    HttpResponse<Buffer> done = c.post("/lti/launch/confirm", confirm);
    assertThat(done.statusCode()).as(done.bodyAsString()).isEqualTo(303);
    assertThat(done.getHeader("Location")).startsWith("/?lt=v1.");
    assertThat(env.count("SELECT count(*) FROM lti_user WHERE sub = 'storage-1'")).isEqualTo(1);

    HttpResponse<Buffer> again = c.post("/lti/launch/confirm", confirm);
    assertThat(again.statusCode()).isEqualTo(401);
    assertThat(again.bodyAsString()).contains("launch_id");
  }
}
