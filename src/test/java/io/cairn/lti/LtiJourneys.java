package io.cairn.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.cairn.lti.launch.LtiClaims;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.Document;

/** Journeys the LTI service tests share: launching into a quiz and taking it, verifying tool JWTs, waiting. */
public final class LtiJourneys {
  public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
  public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
  public static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
  public static final String LINEITEM_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";

  private LtiJourneys() {}

  /** A learner's launch through a resource link that opens the quiz; answers the landing address. */
  public static String launchIntoQuiz(LtiTestEnvironment env, String sub, String resourceLinkId, String quizId,
      UnaryOperator<com.nimbusds.jwt.JWTClaimsSet.Builder> change) {
    HttpResponse<Buffer> r = env.launchAs(env.browser(), sub, c -> change.apply(c
        .claim(LtiClaims.CUSTOM, Map.of("cairn_quiz", quizId))
        .claim(LtiClaims.RESOURCE_LINK, Map.of("id", resourceLinkId, "title", "Quiz " + quizId))), LEARNER);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(303);
    return r.getHeader("Location");
  }

  /** Starts the quiz from the landing page, answers M1-Q1 (rightly) and submits, through forms only; answers the attempt id. */
  public static long takeQuiz(CookielessClient c, String landing, String quizId) {
    return takeQuiz(c, landing, quizId, "B");
  }

  /** The same with another answer to M1-Q1 (B is right, A wrong). */
  public static long takeQuiz(CookielessClient c, String landing, String quizId, String answer) {
    Document unit = c.page(landing);
    var start = unit.selectFirst("form[action^=/quizzes/" + quizId + "/attempts]");
    assertThat(start).as(unit.html()).isNotNull();
    HttpResponse<Buffer> started = c.submit(start, null, null, Map.of());
    assertThat(started.statusCode()).as(started.bodyAsString()).isEqualTo(303);
    String attempt = started.getHeader("Location");
    long id = Long.parseLong(attempt.replaceAll("^/attempts/(\\d+).*$", "$1"));
    Document quiz = c.page(attempt);
    HttpResponse<Buffer> saved = c.submit(quiz.selectFirst("#quiz-form"), "go", "summary",
        Map.of("shown", "M1-Q1", "q.M1-Q1", answer));
    assertThat(saved.statusCode()).as(saved.bodyAsString()).isEqualTo(303);
    Document summary = c.page(saved.getHeader("Location"));
    HttpResponse<Buffer> submitted = c.submit(summary.selectFirst("form[action*=/submit]"), null, null, Map.of());
    assertThat(submitted.statusCode()).as(submitted.bodyAsString()).isEqualTo(303);
    return id;
  }

  public static JWKSet toolJwks(LtiTestEnvironment env) {
    try {
      return JWKSet.parse(env.cookieless().get("/lti/jwks").bodyAsString());
    } catch (java.text.ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parses and verifies a JWT the tool signed, against its published JWKS (by the kid in the header). */
  public static SignedJWT verifyToolJwt(LtiTestEnvironment env, String jwt) {
    try {
      SignedJWT parsed = SignedJWT.parse(jwt);
      String kid = parsed.getHeader().getKeyID();
      assertThat(kid).isNotBlank();
      RSAKey key = (RSAKey) toolJwks(env).getKeyByKeyId(kid);
      assertThat(key).as("the tool's JWKS publishes kid " + kid).isNotNull();
      assertThat(parsed.verify(new RSASSAVerifier(key))).isTrue();
      return parsed;
    } catch (Exception e) {
      throw new AssertionError("not a valid tool JWT: " + jwt, e);
    }
  }

  /** Polls until the condition holds (the outbox worker runs in the background too), failing after the deadline. */
  public static void await(String what, Duration deadline, BooleanSupplier condition, Runnable nudge) {
    Instant until = Instant.now().plus(deadline);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("timed out waiting for " + what);
      }
      nudge.run();
      Thread.onSpinWait();
    }
  }

  public static List<String> scopes(String scope) {
    return List.of(scope.split(" "));
  }
}
