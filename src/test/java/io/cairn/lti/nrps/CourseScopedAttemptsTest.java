package io.cairn.lti.nrps;

import static io.cairn.lti.LtiJourneys.INSTRUCTOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.lti.CookielessClient;
import io.cairn.lti.LtiJourneys;
import io.cairn.lti.LtiTestEnvironment;
import io.cairn.lti.launch.LtiClaims;
import io.cairn.testing.Browser;
import io.cairn.testing.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A tutor who comes from a platform sees the attempts of their own courses' learners only. */
class CourseScopedAttemptsTest {
  static final String QUIZ = "opt-m1-quiz";
  static final String ATTEMPTS = "/authoring/quizzes/" + QUIZ + "/attempts";
  static LtiTestEnvironment env;
  static long inCourse;
  static long elsewhere;

  @BeforeAll
  static void start() {
    env = LtiTestEnvironment.start();
    inCourse = LtiJourneys.takeQuiz(env.cookieless(),
        LtiJourneys.launchIntoQuiz(env, "cs-learner-1", "rl-cs-1", QUIZ, c -> c), QUIZ);
    elsewhere = LtiJourneys.takeQuiz(env.cookieless(), LtiJourneys.launchIntoQuiz(env, "cs-learner-2", "rl-cs-2", QUIZ,
        c -> c.claim(LtiClaims.CONTEXT, Map.of("id", "course-2", "title", "Another course"))), QUIZ);
  }

  @AfterAll
  static void stop() {
    env.close();
  }

  /** The launch token an instructor's pages carry, for pages reached without cookies. */
  static String instructorToken(String sub) {
    HttpResponse<Buffer> r = env.launchAs(env.browser(), sub, c -> c, INSTRUCTOR);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(303);
    return LtiTestEnvironment.queryOf(env.toolBase + r.getHeader("Location")).get("lt");
  }

  @Test
  void aPlatformInstructorSeesOnlyTheirCoursesAttempts() {
    String lt = instructorToken("cs-teacher");
    assertThat(lt).isNotBlank();
    CookielessClient c = env.cookieless();

    Document list = c.page(ATTEMPTS + "?lt=" + lt);
    assertThat(list.select("h1").text()).startsWith("Submitted attempts");
    assertThat(list.select("#scope-note").text()).contains("learners in your courses");
    assertThat(list.select("#attempts a").eachAttr("href"))
        .anyMatch(h -> h.startsWith(ATTEMPTS + "/" + inCourse))
        .noneMatch(h -> h.startsWith(ATTEMPTS + "/" + elsewhere));

    assertThat(c.get(ATTEMPTS + "/" + inCourse + "?lt=" + lt).statusCode()).isEqualTo(200);
    HttpResponse<Buffer> other = c.get(ATTEMPTS + "/" + elsewhere + "?lt=" + lt);
    assertThat(other.statusCode()).isEqualTo(404);

    String csv = c.get("/authoring/quizzes/" + QUIZ + "/results.csv?lt=" + lt).bodyAsString();
    assertThat(csv.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",")[0]))
        .containsExactly(String.valueOf(inCourse));

    Document stats = c.page("/authoring/quizzes/" + QUIZ + "/statistics?lt=" + lt);
    assertThat(stats.select("#attempt-count").text()).isEqualTo("1");
    assertThat(stats.select("#version option").text()).doesNotContain("attempts");
  }

  @Test
  void anAdminSeesEveryAttempt() {
    Browser admin = env.browser();
    admin.signIn(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
    Document list = admin.page(ATTEMPTS);
    assertThat(list.select("#scope-note")).isEmpty();
    assertThat(list.select("#attempts a").eachAttr("href"))
        .anyMatch(h -> h.startsWith(ATTEMPTS + "/" + inCourse))
        .anyMatch(h -> h.startsWith(ATTEMPTS + "/" + elsewhere));
  }
}
