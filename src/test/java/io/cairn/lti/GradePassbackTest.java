package io.cairn.lti;

import static io.cairn.lti.LtiJourneys.LINEITEM_SCOPE;
import static io.cairn.lti.LtiJourneys.SCORE_SCOPE;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.cairn.evidence.Disclaimer;
import io.cairn.lti.ags.ClientAssertion;
import io.cairn.lti.ags.ScoreWorker;
import io.cairn.lti.launch.LtiClaims;
import io.cairn.testing.Sql;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * AGS grade passback end to end: a learner's quiz taken through an LTI resource link puts its score
 * in the outbox in the submit's transaction; the worker gets a token with a client assertion and
 * posts the score to the line item's scores endpoint, once, also after an outage.
 */
class GradePassbackTest {
  static LtiTestEnvironment env;

  @BeforeAll
  static void start() {
    env = LtiTestEnvironment.start();
  }

  @AfterAll
  static void stop() {
    env.close();
  }

  static ScoreWorker worker() {
    return env.server.cairn().scoreWorker();
  }

  static String outbox(String column, long attempt) {
    return String.valueOf(Sql.single(env.server, "SELECT " + column + " FROM lti_score_outbox WHERE attempt_id = " + attempt));
  }

  static Instant nextTry(long attempt) {
    return ((java.sql.Timestamp) Sql.single(env.server, "SELECT next_attempt_at FROM lti_score_outbox WHERE attempt_id = "
        + attempt)).toInstant();
  }

  static void deliverUntilSettled(long attempt) {
    LtiJourneys.await("the score of attempt " + attempt, Duration.ofSeconds(20),
        () -> !outbox("status", attempt).equals("pending"), () -> worker().deliverOnce(Instant.now()).await());
  }

  static List<SimulatorServices.Received> scoresFor(String sub) {
    return env.platform.services.scores.stream().filter(s -> s.json().getString("userId").equals(sub)).toList();
  }

  @Test
  void aQuizTakenThroughAResourceLinkPostsItsScoreToTheLineItemOnce() throws Exception {
    String landing = LtiJourneys.launchIntoQuiz(env, "ags-learner-1", "rl-ags-1", "opt-m1-quiz", c -> c);
    long attempt = LtiJourneys.takeQuiz(env.cookieless(), landing, "opt-m1-quiz");
    long link = env.count("SELECT id FROM lti_resource_link WHERE resource_link_id = 'rl-ags-1'");
    assertThat(env.count("SELECT lti_resource_link_id FROM attempt WHERE id = " + attempt)).isEqualTo(link);
    assertThat(env.count("SELECT count(*) FROM lti_score_outbox WHERE attempt_id = " + attempt)).isEqualTo(1);

    deliverUntilSettled(attempt);

    assertThat(outbox("status", attempt)).isEqualTo("delivered");
    assertThat(outbox("line_item_url", attempt)).isEqualTo(env.platform.issuer() + "/lineitems/1/lineitem?type_id=1");
    List<SimulatorServices.Received> posted = scoresFor("ags-learner-1");
    assertThat(posted).hasSize(1);
    SimulatorServices.Received score = posted.get(0);
    assertThat(score.method()).isEqualTo("POST");
    assertThat(score.path()).isEqualTo("/lineitems/1/lineitem/scores");
    assertThat(score.query()).isEqualTo("type_id=1");
    assertThat(score.contentType()).isEqualTo("application/vnd.ims.lis.v1.score+json");

    BigDecimal percent = (BigDecimal) Sql.single(env.server, "SELECT percent FROM attempt WHERE id = " + attempt);
    String submittedAt = (String) Sql.single(env.server, "SELECT to_char(submitted_at AT TIME ZONE 'UTC',"
        + " 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"+00:00\"') FROM attempt WHERE id = " + attempt);
    JsonObject body = score.json();
    assertThat(body.fieldNames()).containsExactlyInAnyOrder("userId", "scoreGiven", "scoreMaximum", "activityProgress",
        "gradingProgress", "timestamp", "comment");
    assertThat(body.getString("userId")).isEqualTo("ags-learner-1");
    assertThat(new BigDecimal(body.getValue("scoreGiven").toString())).isEqualByComparingTo(percent);
    assertThat(score.body()).contains("\"scoreMaximum\":100,");
    assertThat(((Number) body.getValue("scoreMaximum")).intValue()).isEqualTo(100);
    assertThat(body.getString("activityProgress")).isEqualTo("Completed");
    assertThat(body.getString("gradingProgress")).isEqualTo("FullyGraded");
    assertThat(body.getString("timestamp")).isEqualTo(submittedAt);
    assertThat(OffsetDateTime.parse(body.getString("timestamp")).getOffset().getTotalSeconds()).isZero();
    assertThat(body.getString("comment")).isEqualTo(Disclaimer.STATEMENT).contains("evidence of knowledge");

    // the bearer token came from the token endpoint, asked for with a valid client assertion
    String bearer = score.authorization().replaceFirst("^Bearer ", "");
    SimulatorServices.TokenRequest tokenRequest = env.platform.services.tokenRequests.stream()
        .filter(t -> t.accessToken().equals(bearer)).findFirst().orElseThrow();
    assertThat(tokenRequest.form()).containsEntry("grant_type", "client_credentials")
        .containsEntry("client_assertion_type", ClientAssertion.TYPE).containsEntry("scope", SCORE_SCOPE);
    SignedJWT assertion = LtiJourneys.verifyToolJwt(env, tokenRequest.form().get("client_assertion"));
    JWTClaimsSet claims = assertion.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo(PlatformSimulator.CLIENT_ID);
    assertThat(claims.getSubject()).isEqualTo(PlatformSimulator.CLIENT_ID);
    assertThat(claims.getAudience()).containsExactly(env.platform.tokenUrl());
    assertThat(claims.getJWTID()).isNotBlank();
    assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isPositive().isLessThanOrEqualTo(300_000);
    assertThat(assertion.getHeader().getAlgorithm().getName()).isEqualTo("RS256");

    // delivered: later passes never send it again
    worker().deliverOnce(Instant.now().plus(Duration.ofDays(2))).await();
    assertThat(scoresFor("ags-learner-1")).hasSize(1);
  }

  @Test
  void anOutageOfAnHourLosesNoGradeAndTheScoreArrivesExactlyOnce() {
    SimulatorServices services = env.platform.services;
    services.outage.set(true);
    try {
      String landing = LtiJourneys.launchIntoQuiz(env, "ags-outage-1", "rl-ags-outage", "opt-m1-quiz", c -> c);
      long attempt = LtiJourneys.takeQuiz(env.cookieless(), landing, "opt-m1-quiz");
      Instant start = Instant.now();
      LtiJourneys.await("a first failed try", Duration.ofSeconds(20),
          () -> Integer.parseInt(outbox("tries", attempt)) >= 1, () -> worker().deliverOnce(start).await());
      assertThat(outbox("status", attempt)).isEqualTo("pending");
      assertThat(outbox("last_error", attempt)).contains("503");

      // an hour of outage: each try waits twice as long as the one before (30 s, 60 s, 120 s …, at most 30 min)
      Instant t = start;
      while (t.isBefore(start.plus(Duration.ofHours(1)))) {
        t = nextTry(attempt);
        worker().deliverOnce(t).await();
      }
      int tries = Integer.parseInt(outbox("tries", attempt));
      assertThat(tries).isBetween(7, 12);
      assertThat(outbox("status", attempt)).isEqualTo("pending");
      assertThat(services.acceptedScores().stream().filter(s -> s.json().getString("userId").equals("ags-outage-1")))
          .isEmpty();

      services.outage.set(false);
      Instant next = nextTry(attempt);
      assertThat(Duration.between(t, next)).isLessThanOrEqualTo(Duration.ofMinutes(30));
      worker().deliverOnce(next).await();
      assertThat(outbox("status", attempt)).isEqualTo("delivered");
      worker().deliverOnce(next.plus(Duration.ofDays(1))).await();
      worker().deliverOnce(Instant.now()).await();

      assertThat(scoresFor("ags-outage-1").stream().filter(s -> s.status() == 200)).hasSize(1);
      assertThat(env.count("SELECT count(*) FROM lti_score_outbox WHERE attempt_id = " + attempt)).isEqualTo(1);
    } finally {
      services.outage.set(false);
    }
  }

  @Test
  void workersOfSeveralInstancesNeverDeliverOneScoreTwice() {
    SimulatorServices services = env.platform.services;
    long[] attempts = new long[4];
    services.outage.set(true);
    try {
      for (int i = 0; i < attempts.length; i++) {
        String landing = LtiJourneys.launchIntoQuiz(env, "ags-many-" + i, "rl-ags-many", "opt-m1-quiz", c -> c);
        attempts[i] = LtiJourneys.takeQuiz(env.cookieless(), landing, "opt-m1-quiz");
      }
    } finally {
      services.outage.set(false);
    }
    // a second instance's worker: same database and secret, its own token cache and web client
    ScoreWorker other = ScoreWorker.create(env.server.cairn().vertx(), env.server.cairn().pool(),
        io.cairn.testing.TestServer.SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.time.Clock.systemUTC());
    Instant later = Instant.now().plus(Duration.ofHours(1));
    var passes = io.vertx.core.Future.all(worker().deliverOnce(later), other.deliverOnce(later), other.deliverOnce(later))
        .await();
    int delivered = passes.<ScoreWorker.Pass>list().stream().mapToInt(ScoreWorker.Pass::delivered).sum();
    assertThat(delivered).isLessThanOrEqualTo(attempts.length); // the background worker may have taken some
    for (long attempt : attempts) {
      deliverUntilSettled(attempt);
    }
    for (int i = 0; i < attempts.length; i++) {
      assertThat(outbox("status", attempts[i])).isEqualTo("delivered");
      String sub = "ags-many-" + i;
      assertThat(services.acceptedScores().stream().filter(s -> s.json().getString("userId").equals(sub))).hasSize(1);
    }
  }

  @Test
  void aRetakeSendsTheGradeTheQuizKeeps() {
    String landing = LtiJourneys.launchIntoQuiz(env, "ags-retake-1", "rl-ags-retake", "opt-m1-quiz", c -> c);
    long first = LtiJourneys.takeQuiz(env.cookieless(), landing, "opt-m1-quiz", "B");
    deliverUntilSettled(first);
    long second = LtiJourneys.takeQuiz(env.cookieless(), landing, "opt-m1-quiz", "A");
    deliverUntilSettled(second);
    BigDecimal best = (BigDecimal) Sql.single(env.server, "SELECT percent FROM attempt WHERE id = " + first);
    BigDecimal lower = (BigDecimal) Sql.single(env.server, "SELECT percent FROM attempt WHERE id = " + second);
    assertThat(lower).isLessThan(best);
    List<SimulatorServices.Received> posted = scoresFor("ags-retake-1");
    assertThat(posted).hasSize(2);
    // opt-m1-quiz keeps the highest attempt: the platform, which keeps the latest score, is sent the highest again
    assertThat(new BigDecimal(posted.get(1).json().getValue("scoreGiven").toString())).isEqualByComparingTo(best);
    assertThat(posted.get(1).json().getString("timestamp")).isNotEqualTo(posted.get(0).json().getString("timestamp"));
  }

  @Test
  void oneTokenServesSeveralScores() {
    worker().tokens().clear();
    int before = env.platform.services.tokenRequests(SCORE_SCOPE).size();
    long[] attempts = new long[3];
    for (int i = 0; i < attempts.length; i++) {
      String landing = LtiJourneys.launchIntoQuiz(env, "ags-cache-" + i, "rl-ags-cache", "opt-m1-quiz", c -> c);
      attempts[i] = LtiJourneys.takeQuiz(env.cookieless(), landing, "opt-m1-quiz");
    }
    for (long attempt : attempts) {
      deliverUntilSettled(attempt);
      assertThat(outbox("status", attempt)).isEqualTo("delivered");
    }
    assertThat(env.platform.services.tokenRequests(SCORE_SCOPE).size() - before).isEqualTo(1);
    List<String> bearers = env.platform.services.acceptedScores().stream()
        .filter(s -> s.json().getString("userId").startsWith("ags-cache-")).map(SimulatorServices.Received::authorization)
        .distinct().toList();
    assertThat(bearers).hasSize(1);
  }

  @Test
  void aLinkWithOnlyALineItemsUrlGetsALineItemCreatedForTheQuiz() {
    String landing = LtiJourneys.launchIntoQuiz(env, "ags-create-1", "rl-ags-create", "opt-m1-quiz",
        c -> c.claim(LtiClaims.AGS_ENDPOINT, Map.of("scope", List.of(SCORE_SCOPE, LINEITEM_SCOPE),
            "lineitems", env.platform.issuer() + "/lineitems?type_id=0")));
    long attempt = LtiJourneys.takeQuiz(env.cookieless(), landing, "opt-m1-quiz");
    deliverUntilSettled(attempt);

    assertThat(outbox("status", attempt)).isEqualTo("delivered");
    JsonObject item = env.platform.services.lineItems.stream()
        .filter(li -> "rl-ags-create".equals(li.getString("resourceLinkId"))).findFirst().orElseThrow();
    assertThat(item.getString("resourceId")).isEqualTo("opt-m1-quiz");
    assertThat(item.getInteger("scoreMaximum")).isEqualTo(100);
    assertThat(item.getString("tag")).isEqualTo("cairn-quiz");
    assertThat(outbox("line_item_url", attempt)).isEqualTo(item.getString("id"));
    SimulatorServices.Received score = scoresFor("ags-create-1").get(0);
    assertThat(score.path() + "?" + score.query())
        .isEqualTo(item.getString("id").replace(env.platform.issuer(), "").replace("/lineitem?", "/lineitem/scores?"));
    assertThat(Sql.single(env.server, "SELECT url FROM lti_line_item l JOIN lti_resource_link r ON r.id = l.resource_link_id"
        + " WHERE r.resource_link_id = 'rl-ags-create'")).isEqualTo(item.getString("id"));
  }

  @Test
  void aQuizTakenOutsideALaunchSendsNothing() {
    var b = env.browser();
    b.signIn(io.cairn.testing.TestServer.ADMIN_EMAIL, io.cairn.testing.TestServer.ADMIN_PASSWORD);
    b.get("/"); // the signed-in session's CSRF token
    var started = b.post("/quizzes/opt-m2-quiz/attempts", Map.of());
    assertThat(started.statusCode()).as(started.bodyAsString()).isEqualTo(303);
    long attempt = Long.parseLong(started.getHeader("Location").replaceAll("^/attempts/(\\d+).*$", "$1"));
    assertThat(b.post("/attempts/" + attempt + "/submit", Map.of()).statusCode()).isEqualTo(303);
    assertThat(env.count("SELECT count(*) FROM attempt WHERE id = " + attempt + " AND state = 'submitted'")).isEqualTo(1);
    assertThat(env.count("SELECT count(*) FROM lti_score_outbox WHERE attempt_id = " + attempt)).isZero();
  }
}
