package io.cairn.lti;

import static io.cairn.lti.LtiJourneys.INSTRUCTOR;
import static io.cairn.lti.LtiJourneys.LEARNER;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.cairn.lti.launch.LtiClaims;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deep Linking 2.0 end to end: picker, signed response, one use per launch, instructors only. */
class DeepLinkingTest {
  static final String DL_CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
  static final String DL_DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
  static LtiTestEnvironment env;

  @BeforeAll
  static void start() {
    env = LtiTestEnvironment.start();
  }

  @AfterAll
  static void stop() {
    env.close();
  }

  /** A deep-linking launch; answers the picker's address (with the launch-session token). */
  static String deepLinkingLaunch(String sub, Map<String, Object> settingsChanges, String... roles) {
    Map<String, Object> settings = new HashMap<>(Map.of("deep_link_return_url", env.platform.issuer() + "/dl-return?course=7",
        "accept_types", List.of("ltiResourceLink"), "accept_presentation_document_targets", List.of("iframe"),
        "accept_multiple", true, "data", "opaque-data-42"));
    settings.putAll(settingsChanges);
    settings.values().removeIf(v -> v == null);
    HttpResponse<Buffer> r = env.launchAs(env.browser(), sub, c -> c.claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_REQUEST)
        .claim(LtiClaims.RESOURCE_LINK, null).claim(LtiClaims.DEEP_LINKING_SETTINGS, settings), roles);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(303);
    assertThat(r.getHeader("Location")).matches("/lti/deep-linking/\\d+\\?lt=v1\\..+");
    return r.getHeader("Location");
  }

  static HttpResponse<Buffer> choose(CookielessClient c, Document picker, String... items) {
    Element form = picker.selectFirst("form.picker");
    MultiMap body = MultiMap.caseInsensitiveMultiMap();
    body.add("_csrf", form.selectFirst("input[name=_csrf]").attr("value"));
    for (String item : items) {
      body.add("item", item);
    }
    return c.post(form.attr("action"), body);
  }

  @Test
  void anInstructorPicksAModuleAndAQuizAndTheSignedResponseGoesBackToThePlatform() throws Exception {
    CookielessClient c = env.cookieless();
    String pickerUrl = deepLinkingLaunch("dl-teacher-1", Map.of(), INSTRUCTOR);
    HttpResponse<Buffer> page = c.get(pickerUrl);
    assertThat(page.statusCode()).isEqualTo(200);
    Document picker = Jsoup.parse(page.bodyAsString());
    assertThat(picker.select("input[type=checkbox][name=item]")).hasSizeGreaterThanOrEqualTo(4);
    Element quiz = picker.selectFirst("input[value=quiz:opt-m1-quiz]");
    assertThat(quiz).isNotNull();
    assertThat(picker.selectFirst("label[for=" + quiz.id() + "]").text()).contains("Module 1 quiz");
    assertThat(picker.getElementById(quiz.attr("aria-describedby")).text()).contains("CPD minutes");
    assertThat(picker.selectFirst("input[value=module:opt-m1-safe-practice]")).isNotNull();
    assertThat(picker.select("fieldset legend").eachText()).containsExactly("Modules", "Quizzes");
    assertThat(picker.selectFirst("form.picker").attr("action")).contains("?lt=v1.");

    HttpResponse<Buffer> answered = choose(c, picker, "module:opt-m1-safe-practice", "quiz:opt-m1-quiz");
    assertThat(answered.statusCode()).as(answered.bodyAsString()).isEqualTo(200);
    assertThat(answered.getHeader("Content-Security-Policy"))
        .contains("form-action 'self' " + env.platform.issuer() + ";")
        .contains("frame-ancestors " + env.platform.issuer());
    Document back = Jsoup.parse(answered.bodyAsString());
    Element form = back.getElementById("lti-autopost");
    assertThat(form.attr("method")).isEqualTo("post");
    assertThat(form.attr("action")).isEqualTo(env.platform.issuer() + "/dl-return?course=7");
    assertThat(form.select("button[type=submit]")).hasSize(1);
    assertThat(back.select("script[src=/js/lti-autopost.js]")).hasSize(1);
    assertThat(back.select("script:not([src])")).isEmpty();
    String jwt = form.selectFirst("input[name=JWT]").attr("value");

    SignedJWT signed = LtiJourneys.verifyToolJwt(env, jwt);
    assertThat(signed.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
    JsonObject payload = new JsonObject(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1])));
    assertThat(payload.getValue("aud")).isEqualTo(env.platform.issuer()); // a plain string, not an array
    JWTClaimsSet claims = signed.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo(PlatformSimulator.CLIENT_ID);
    assertThat(claims.getStringClaim("nonce")).hasSizeGreaterThanOrEqualTo(16);
    assertThat(claims.getExpirationTime()).isAfter(claims.getIssueTime());
    assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isLessThanOrEqualTo(600_000);
    assertThat(claims.getStringClaim(LtiClaims.DEPLOYMENT_ID)).isEqualTo(PlatformSimulator.DEPLOYMENT);
    assertThat(claims.getStringClaim(LtiClaims.MESSAGE_TYPE)).isEqualTo("LtiDeepLinkingResponse");
    assertThat(claims.getStringClaim(LtiClaims.VERSION)).isEqualTo("1.3.0");
    assertThat(payload.getValue(DL_DATA)).isEqualTo("opaque-data-42");

    var items = payload.getJsonArray(DL_CONTENT_ITEMS);
    assertThat(items).hasSize(2);
    JsonObject module = items.getJsonObject(0);
    assertThat(module.getString("type")).isEqualTo("ltiResourceLink");
    assertThat(module.getString("url")).isEqualTo(env.toolBase + "/lti/launch");
    assertThat(module.getJsonObject("custom").getMap()).isEqualTo(Map.of("cairn_module", "opt-m1-safe-practice"));
    assertThat(module.containsKey("lineItem")).isFalse();
    JsonObject quizItem = items.getJsonObject(1);
    assertThat(quizItem.getString("title")).contains("Module 1 quiz");
    assertThat(quizItem.getString("url")).isEqualTo(env.toolBase + "/lti/launch");
    assertThat(quizItem.getJsonObject("custom").getMap()).isEqualTo(Map.of("cairn_quiz", "opt-m1-quiz"));
    JsonObject lineItem = quizItem.getJsonObject("lineItem");
    assertThat(lineItem.getString("label")).isEqualTo(quizItem.getString("title"));
    assertThat(lineItem.getInteger("scoreMaximum")).isEqualTo(100);
    assertThat(lineItem.getString("resourceId")).isEqualTo("opt-m1-quiz");
    assertThat(lineItem.getString("tag")).isEqualTo("cairn-quiz");

    // a launch of the item it made opens the quiz
    HttpResponse<Buffer> launched = env.launchAs(env.browser(), "dl-learner-1", b -> b
        .claim(LtiClaims.TARGET_LINK_URI, quizItem.getString("url"))
        .claim(LtiClaims.CUSTOM, quizItem.getJsonObject("custom").getMap())
        .claim(LtiClaims.RESOURCE_LINK, Map.of("id", "rl-from-dl")), LEARNER);
    assertThat(launched.getHeader("Location")).matches("/modules/opt-m1-safe-practice/units/[^?]+\\?lt=v1\\..+");
  }

  @Test
  void aDeepLinkingLaunchIsAnsweredOnceAndItsReplayIsRefused() {
    CookielessClient c = env.cookieless();
    String pickerUrl = deepLinkingLaunch("dl-teacher-2", Map.of(), INSTRUCTOR);
    Document picker = c.page(pickerUrl);
    assertThat(choose(c, picker, "quiz:opt-m2-quiz").statusCode()).isEqualTo(200);

    HttpResponse<Buffer> replay = choose(c, picker, "quiz:opt-m2-quiz");
    assertThat(replay.statusCode()).isEqualTo(409);
    assertThat(replay.bodyAsString()).contains("already been answered");
    assertThat(replay.bodyAsString()).doesNotContain("name=\"JWT\"");
    HttpResponse<Buffer> again = c.get(pickerUrl);
    assertThat(again.statusCode()).isEqualTo(409);
    long launch = Long.parseLong(pickerUrl.replaceAll("^/lti/deep-linking/(\\d+).*$", "$1"));
    assertThat(env.count("SELECT count(*) FROM lti_deep_link_response WHERE launch_id = " + launch)).isEqualTo(1);
  }

  @Test
  void aLearnerCannotOpenThePickerNorSomeoneElsesDeepLinkingLaunch() {
    CookielessClient c = env.cookieless();
    String ownAsLearner = deepLinkingLaunch("dl-learner-2", Map.of(), LEARNER);
    HttpResponse<Buffer> refused = c.get(ownAsLearner);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.bodyAsString()).doesNotContain("form class=\"picker\"");

    String teachers = deepLinkingLaunch("dl-teacher-3", Map.of(), INSTRUCTOR);
    String learnerToken = ownAsLearner.replaceAll(".*[?&]lt=", "");
    String stolen = teachers.replaceAll("\\?lt=.*$", "") + "?lt=" + learnerToken;
    assertThat(c.get(stolen).statusCode()).isEqualTo(404);
    MultiMap form = MultiMap.caseInsensitiveMultiMap();
    form.add("_csrf", c.page(ownAsLearner.replaceAll("^/lti/deep-linking/\\d+", "/")).selectFirst("input[name=_csrf]").attr("value"));
    form.add("item", "quiz:opt-m1-quiz");
    assertThat(c.post(stolen, form).statusCode()).isEqualTo(404);
    assertThat(c.post(ownAsLearner, form).statusCode()).isEqualTo(403);
    assertThat(env.count("SELECT count(*) FROM lti_deep_link_response r JOIN lti_launch l ON l.id = r.launch_id"
        + " JOIN lti_user u ON u.id = l.lti_user_ref WHERE u.sub IN ('dl-learner-2', 'dl-teacher-3')")).isZero();
  }

  @Test
  void aPlatformThatTakesOneItemGetsRadioButtonsAndNoDataWhenItSentNone() throws Exception {
    CookielessClient c = env.cookieless();
    Map<String, Object> single = new HashMap<>();
    single.put("accept_multiple", false);
    single.put("data", null);
    String pickerUrl = deepLinkingLaunch("dl-teacher-4", single, INSTRUCTOR);
    Document picker = c.page(pickerUrl);
    assertThat(picker.select("input[type=checkbox]")).isEmpty();
    assertThat(picker.select("input[type=radio][name=item]")).hasSizeGreaterThanOrEqualTo(4);

    HttpResponse<Buffer> two = choose(c, picker, "quiz:opt-m1-quiz", "quiz:opt-m2-quiz");
    assertThat(two.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(two.bodyAsString()).select("[role=alert]").text()).contains("one item at a time");
    HttpResponse<Buffer> none = choose(c, picker);
    assertThat(none.statusCode()).isEqualTo(400);

    HttpResponse<Buffer> one = choose(c, picker, "quiz:opt-m3-quiz");
    assertThat(one.statusCode()).as(one.bodyAsString()).isEqualTo(200);
    String jwt = Jsoup.parse(one.bodyAsString()).selectFirst("input[name=JWT]").attr("value");
    JWTClaimsSet claims = LtiJourneys.verifyToolJwt(env, jwt).getJWTClaimsSet();
    assertThat(claims.getClaims()).doesNotContainKey(DL_DATA);
    assertThat(claims.getListClaim(DL_CONTENT_ITEMS)).hasSize(1);
  }

  @Test
  void addingNothingReturnsAnEmptyResponse() throws Exception {
    CookielessClient c = env.cookieless();
    Document picker = c.page(deepLinkingLaunch("dl-teacher-5", Map.of(), INSTRUCTOR));
    Element form = picker.selectFirst("form.picker");
    MultiMap body = MultiMap.caseInsensitiveMultiMap();
    body.add("_csrf", form.selectFirst("input[name=_csrf]").attr("value"));
    body.add("cancel", "1");
    HttpResponse<Buffer> r = c.post(form.attr("action"), body);
    assertThat(r.statusCode()).isEqualTo(200);
    String jwt = Jsoup.parse(r.bodyAsString()).selectFirst("input[name=JWT]").attr("value");
    JWTClaimsSet claims = LtiJourneys.verifyToolJwt(env, jwt).getJWTClaimsSet();
    assertThat(claims.getListClaim(DL_CONTENT_ITEMS)).isEmpty();
    assertThat(claims.getStringClaim(DL_DATA)).isEqualTo("opaque-data-42");
  }
}
