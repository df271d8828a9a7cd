package io.cairn.lti;

import static io.cairn.lti.LtiJourneys.INSTRUCTOR;
import static io.cairn.lti.LtiJourneys.LEARNER;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.lti.nrps.Memberships;
import io.cairn.testing.Sql;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.math.BigDecimal;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** NRPS rosters: an instructor sees the course's members (every page) beside their Cairn progress. */
class RosterTest {
  static LtiTestEnvironment env;
  static long attempt;

  @BeforeAll
  static void start() {
    env = LtiTestEnvironment.start();
    env.platform.services.members.put("course-1", List.of(
        member("ro-teacher", "Tess Teacher", "Instructor"),
        member("ro-learner-a", "Alex Learner", "Learner"),
        member("ro-learner-b", "Bea Newcomer", "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"),
        member("ro-mentor", "Max Mentor", "Mentor")));
    String landing = LtiJourneys.launchIntoQuiz(env, "ro-learner-a", "rl-ro-quiz", "opt-m1-quiz", c -> c);
    attempt = LtiJourneys.takeQuiz(env.cookieless(), landing, "opt-m1-quiz");
  }

  @AfterAll
  static void stop() {
    env.close();
  }

  static JsonObject member(String sub, String name, String role) {
    return new JsonObject().put("user_id", sub).put("name", name).put("status", "Active")
        .put("email", sub + "@platform.test").put("roles", new JsonArray().add(role));
  }

  static String instructorLanding(String sub) {
    HttpResponse<Buffer> r = env.launchAs(env.browser(), sub, c -> c, INSTRUCTOR);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(303);
    return r.getHeader("Location");
  }

  static long course() {
    return env.count("SELECT id FROM lti_context WHERE context_id = 'course-1'");
  }

  @Test
  void anInstructorSeesEveryPageOfMembersWithShortRoleNamesBesideTheirProgress() {
    CookielessClient c = env.cookieless();
    Document landing = c.page(instructorLanding("ro-teacher"));
    Element link = landing.selectFirst("nav a:contains(Course roster)");
    assertThat(link).as(landing.select("nav").html()).isNotNull();
    assertThat(link.attr("href")).startsWith("/lti/courses/" + course() + "/roster?lt=v1.");

    assertThat(c.get(link.attr("href")).statusCode()).isEqualTo(200);
    int callsBefore = env.platform.services.membershipCalls.size();
    HttpResponse<Buffer> page = c.get(link.attr("href") + "&refresh=1");
    assertThat(page.statusCode()).as(page.bodyAsString()).isEqualTo(200);
    List<SimulatorServices.Received> calls = env.platform.services.membershipCalls.subList(callsBefore,
        env.platform.services.membershipCalls.size());
    assertThat(calls).hasSize(2);
    assertThat(calls.get(0).path()).isEqualTo("/memberships/course-1");
    assertThat(calls.get(0).query()).isNull();
    assertThat(calls.get(1).query()).isEqualTo("page=2");
    String bearer = calls.get(0).authorization().replaceFirst("^Bearer ", "");
    assertThat(env.platform.services.tokenRequests(Memberships.SCOPE)).anyMatch(t -> t.accessToken().equals(bearer));

    Document roster = Jsoup.parse(page.bodyAsString());
    assertThat(roster.select("h1").text()).isEqualTo("Roster of Online therapy CPD");
    assertThat(roster.select("tbody tr")).hasSize(4);
    assertThat(roster.select("tbody th").eachText()).anyMatch(t -> t.startsWith("Bea Newcomer"))
        .anyMatch(t -> t.startsWith("Max Mentor")).anyMatch(t -> t.startsWith("Tess Teacher"));
    Element alex = row(roster, "Alex Learner");
    Element bea = row(roster, "Bea Newcomer");
    assertThat(row(roster, "Tess Teacher").select(".roles").text()).isEqualTo("Instructor");
    assertThat(alex.select(".roles").text()).isEqualTo("Learner");
    assertThat(bea.select(".roles").text()).isEqualTo("Learner");
    assertThat(roster.select("tbody tr").first().selectFirst("th").text()).startsWith("Alex Learner"); // learners first

    BigDecimal percent = (BigDecimal) Sql.single(env.server, "SELECT percent FROM attempt WHERE id = " + attempt);
    boolean passed = (Boolean) Sql.single(env.server, "SELECT passed FROM attempt WHERE id = " + attempt);
    assertThat(alex.select(".percent").text()).isEqualTo(percent.stripTrailingZeros().toPlainString() + "%");
    assertThat(alex.text()).contains(passed ? "passed" : "not passed");
    assertThat(bea.text()).contains("not taken").contains("not yet in Cairn");
    assertThat(roster.select("thead th").eachText()).anyMatch(t -> t.contains("Module 1 quiz"));
    assertThat(roster.text()).contains("evidence of knowledge");

    // Alex's summary, from the link beside them
    Element summaryLink = alex.selectFirst("a[href^=/lti/courses/]");
    Document summary = c.page(summaryLink.attr("href"));
    assertThat(summary.select("h1").text()).isEqualTo("Person ro-learner-a in Online therapy CPD");
    assertThat(summary.select("table tbody tr")).hasSize(1);
    assertThat(summary.select("table tbody td").eachText()).contains(percent.stripTrailingZeros().toPlainString() + "%");
  }

  @Test
  void theRosterIsCachedBrieflyAndFetchedAgainOnRequest() {
    CookielessClient c = env.cookieless();
    String token = instructorLanding("ro-teacher-2").replaceAll(".*[?&]lt=", "");
    String roster = "/lti/courses/" + course() + "/roster?lt=" + token;
    assertThat(c.get(roster).statusCode()).isEqualTo(200);
    int calls = env.platform.services.membershipCalls.size();
    assertThat(c.get(roster).statusCode()).isEqualTo(200);
    assertThat(env.platform.services.membershipCalls).hasSize(calls);
    assertThat(c.get("/lti/courses/" + course() + "/roster?refresh=1&lt=" + token).statusCode()).isEqualTo(200);
    assertThat(env.platform.services.membershipCalls).hasSize(calls + 2);
  }

  @Test
  void whenThePlatformsListCannotBeReadTheRosterShowsTheMembersCairnHasSeen() {
    CookielessClient c = env.cookieless();
    String token = instructorLanding("ro-teacher-3").replaceAll(".*[?&]lt=", "");
    env.platform.services.outage.set(true);
    try {
      HttpResponse<Buffer> page = c.get("/lti/courses/" + course() + "/roster?refresh=1&lt=" + token);
      assertThat(page.statusCode()).isEqualTo(200);
      Document roster = Jsoup.parse(page.bodyAsString());
      assertThat(roster.select(".notice").text()).contains("could not be read").contains("503");
      assertThat(roster.select("tbody th").eachText()).anyMatch(t -> t.startsWith("Person ro-learner-a"))
          .noneMatch(t -> t.startsWith("Bea Newcomer"));
    } finally {
      env.platform.services.outage.set(false);
    }
  }

  @Test
  void aLearnerCannotOpenTheRosterNorALearnersSummary() {
    CookielessClient c = env.cookieless();
    HttpResponse<Buffer> r = env.launchAs(env.browser(), "ro-learner-c", x -> x, LEARNER);
    Document landing = c.page(r.getHeader("Location"));
    assertThat(landing.select("nav a:contains(Course roster)")).isEmpty();
    String token = r.getHeader("Location").replaceAll(".*[?&]lt=", "");
    HttpResponse<Buffer> roster = c.get("/lti/courses/" + course() + "/roster?lt=" + token);
    assertThat(roster.statusCode()).isEqualTo(403);
    assertThat(roster.bodyAsString()).doesNotContain("Alex Learner");
    long alex = env.count("SELECT account_id FROM lti_user WHERE sub = 'ro-learner-a'");
    assertThat(c.get("/lti/courses/" + course() + "/learners/" + alex + "?lt=" + token).statusCode()).isEqualTo(403);
    assertThat(c.get("/lti/courses/" + course() + "/roster").statusCode()).isIn(303, 401);
  }

  static Element row(Document roster, String name) {
    return roster.select("tbody tr").stream().filter(tr -> tr.selectFirst("th").text().startsWith(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + name + " in " + roster.select("tbody").html()));
  }
}
