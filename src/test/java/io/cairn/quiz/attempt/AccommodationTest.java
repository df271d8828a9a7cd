package io.cairn.quiz.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.testing.Browser;
import io.cairn.testing.Sql;
import io.cairn.testing.TestServer;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Extra time: granted by a tutor or admin, applied by the server to the learner's next attempt. */
class AccommodationTest {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void anAdminGrantsFiftyPercentAndTheNextAttemptGetsIt() {
    Browser learner = new Browser(server.cairn().vertx(), server.baseUrl());
    learner.signUp("Extra Time", "extra@example.org", "a sturdy passphrase 123");
    assertThat(learner.get("/tutor/accommodations").statusCode()).isEqualTo(403);

    Browser admin = new Browser(server.cairn().vertx(), server.baseUrl());
    admin.signIn(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
    admin.get("/tutor/accommodations");
    var granted = admin.post("/tutor/accommodations", Map.of("email", "EXTRA@example.org", "quiz", "opt-m1-quiz",
        "extra_percent", "50", "note", "Assessed need"));
    assertThat(granted.getHeader("Location")).isEqualTo("/tutor/accommodations?granted=1");
    assertThat(admin.page("/tutor/accommodations").select("tbody tr").text()).contains("extra@example.org").contains("50%");

    learner.get("/");
    String location = learner.post("/quizzes/opt-m1-quiz/attempts", Map.of()).getHeader("Location");
    long id = Long.parseLong(location.substring("/attempts/".length()));
    // the quiz allows 20 minutes; with 50% extra the server's deadline is 30 minutes after the start
    assertThat(Sql.single(server, "SELECT extract(epoch FROM deadline - started_at)::int FROM attempt WHERE id = " + id))
        .isEqualTo(1800);
  }

  @Test
  void anUnknownEmailOrABadPercentIsRefusedWithAMessage() {
    Browser admin = new Browser(server.cairn().vertx(), server.baseUrl());
    admin.signIn(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
    admin.get("/tutor/accommodations");
    var unknown = admin.post("/tutor/accommodations", Map.of("email", "nobody@example.org", "extra_percent", "25"));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(unknown.bodyAsString()).select("#form-error").text()).contains("no account with the email");
    var bad = admin.post("/tutor/accommodations", Map.of("email", TestServer.ADMIN_EMAIL, "extra_percent", "lots"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(bad.bodyAsString()).select("#form-error").text()).contains("whole number of percent");
    assertThat(Sql.count(server, "SELECT count(*) FROM time_accommodation WHERE note IS NULL")).isZero();
  }
}
