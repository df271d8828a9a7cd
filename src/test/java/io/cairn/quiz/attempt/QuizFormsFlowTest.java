package io.cairn.quiz.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.testing.Browser;
import io.cairn.testing.Sql;
import io.cairn.testing.TestServer;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole quiz through plain HTML forms, as a browser without JavaScript takes it. */
class QuizFormsFlowTest {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private Browser learner(String email) {
    Browser b = new Browser(server.cairn().vertx(), server.baseUrl());
    assertThat(b.signUp("Learner " + email, email, "a sturdy passphrase 123").statusCode()).isEqualTo(303);
    return b;
  }

  private static long attemptIdFrom(String location) {
    return Long.parseLong(location.replaceAll("^/attempts/(\\d+).*$", "$1"));
  }

  @Test
  void takeTheModuleOneQuizToTheResultPage() {
    Browser b = learner("forms@example.org");
    b.get("/modules/opt-m1-safe-practice/units/end-of-module-quiz");
    var started = b.post("/quizzes/opt-m1-quiz/attempts", Map.of("module", "opt-m1-safe-practice"));
    assertThat(started.statusCode()).isEqualTo(303);
    long id = attemptIdFrom(started.getHeader("Location"));

    Document page = b.page("/attempts/" + id);
    assertThat(page.select("fieldset.question")).hasSize(10);
    assertThat(page.select("#timer").text()).contains("Time left");
    // the answer key and per-option feedback are not on the page before review
    assertThat(page.select(".key, .is-key, .option-feedback, .feedback")).isEmpty();
    assertThat(page.html()).doesNotContain("A plan for disconnection is the clearest");

    var saved = b.post("/attempts/" + id + "/save?page=1", Map.of(
        "shown", "M1-Q1", "q.M1-Q1", "B", "go", "summary"));
    assertThat(saved.getHeader("Location")).isEqualTo("/attempts/" + id + "/summary");
    Document summary = b.page("/attempts/" + id + "/summary");
    assertThat(summary.select("main").text()).contains("You have answered 1 of 10 questions");

    var submitted = b.post("/attempts/" + id + "/submit", Map.of(
        "shown", "M1-Q3", "q.M1-Q3", "true"));
    assertThat(submitted.getHeader("Location")).isEqualTo("/attempts/" + id + "/result");

    Document result = b.page("/attempts/" + id + "/result");
    // the statement about competence comes before the score, above the fold
    assertThat(result.select("main > .result-statement").text())
        .contains("evidence of knowledge for your CPD record")
        .contains("does not show competence in online or phone practice");
    assertThat(result.select("main > *").indexOf(result.selectFirst("main > .result-statement")))
        .isLessThan(result.select("main > *").indexOf(result.selectFirst("main > .score-card")));
    assertThat(result.select(".verdict").text()).contains("Not passed");
    assertThat(result.select(".score .big").text()).isEqualTo("20%");
    assertThat(result.select(".competence-breakdown tbody tr").size()).isGreaterThan(5);
    assertThat(result.select("#q-M1-Q1 .correctness").text()).contains("Correct");
    assertThat(result.select("#q-M1-Q1 .feedback").text()).contains("A plan for disconnection");

    assertThat(Sql.single(server, "SELECT submitted_by FROM attempt WHERE id = " + id)).isEqualTo("learner");
    assertThat(Sql.count(server, "SELECT count(*) FROM attempt_question_score WHERE attempt_id = " + id)).isEqualTo(10);
    long competences = server.cairn().catalog().quiz("opt-m1-quiz").orElseThrow().quiz().answerableQuestions().stream()
        .flatMap(q -> q.competences().stream()).distinct().count();
    assertThat(Sql.count(server, "SELECT count(*) FROM evidence WHERE attempt_id = " + id + " AND kind = 'knowledge_check'"))
        .isEqualTo(competences);
    assertThat(Sql.single(server, "SELECT percent FROM evidence WHERE attempt_id = " + id + " AND competence_id = 'OPT-4.1'").toString())
        .isEqualTo("50.00");
    assertThat(Sql.single(server, "SELECT level FROM evidence WHERE attempt_id = " + id + " AND competence_id = 'OPT-5.4'"))
        .isEqualTo("knows_how");
  }

  @Test
  void clearingEveryBoxSavesAnEmptyAnswer() {
    Browser b = learner("clear@example.org");
    b.get("/");
    long id = attemptIdFrom(b.post("/quizzes/opt-m3-quiz/attempts", Map.of()).getHeader("Location"));
    b.get("/attempts/" + id);
    b.post("/attempts/" + id + "/save", Map.of("shown", "M3-Q4", "q.M3-Q4", "A"));
    assertThat(b.page("/attempts/" + id).select("#q-M3-Q4 input[checked]")).hasSize(1);
    b.post("/attempts/" + id + "/save", Map.of("shown", "M3-Q4"));
    assertThat(b.page("/attempts/" + id).select("#q-M3-Q4 input[checked]")).isEmpty();
  }

  @Test
  void orderingAnswersComeFromPositionsAndSurviveAReload() {
    Browser b = learner("order@example.org");
    b.get("/");
    long id = attemptIdFrom(b.post("/quizzes/opt-m1-quiz/attempts", Map.of()).getHeader("Location"));
    b.get("/attempts/" + id);
    b.post("/attempts/" + id + "/save", Map.of("shown", "M1-Q6",
        "q.M1-Q6.see-hear", "1", "q.M1-Q6.identity-location", "2", "q.M1-Q6.privacy", "3",
        "q.M1-Q6.backup-number", "4", "q.M1-Q6.begin-work", "5"));
    Document page = b.page("/attempts/" + id);
    assertThat(page.select("#q-M1-Q6-privacy option[selected]").text()).isEqualTo("3");
    assertThat(Sql.single(server, "SELECT response->>'order' FROM attempt_response WHERE attempt_id = " + id
        + " AND question_id = 'M1-Q6'")).isEqualTo("[\"see-hear\", \"identity-location\", \"privacy\", \"backup-number\", \"begin-work\"]");
  }

  @Test
  void anOptionOfAnotherQuestionIsRefusedAndNothingIsSaved() {
    Browser b = learner("tamper@example.org");
    b.get("/");
    long id = attemptIdFrom(b.post("/quizzes/opt-m1-quiz/attempts", Map.of()).getHeader("Location"));
    b.get("/attempts/" + id);
    var r = b.post("/attempts/" + id + "/save", Map.of("shown", "M1-Q1", "q.M1-Q1", "NOPE"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(r.bodyAsString()).select("main").text()).contains("responses.M1-Q1");
    var foreign = b.post("/attempts/" + id + "/save", Map.of("shown", "M2-Q1", "q.M2-Q1", "B"));
    assertThat(foreign.statusCode()).isEqualTo(400);
    assertThat(Sql.count(server, "SELECT count(*) FROM attempt_response WHERE attempt_id = " + id)).isZero();
  }

  @Test
  void aSubmittedAttemptCannotBeChanged() {
    Browser b = learner("final@example.org");
    b.get("/");
    long id = attemptIdFrom(b.post("/quizzes/opt-m1-quiz/attempts", Map.of()).getHeader("Location"));
    b.get("/attempts/" + id + "/summary");
    b.post("/attempts/" + id + "/submit", Map.of());
    b.get("/attempts/" + id + "/result");
    var r = b.post("/attempts/" + id + "/save", Map.of("shown", "M1-Q1", "q.M1-Q1", "B"));
    assertThat(r.statusCode()).isEqualTo(409);
    assertThat(b.get("/attempts/" + id).getHeader("Location")).isEqualTo("/attempts/" + id + "/result");
  }

  @Test
  void anotherLearnerCannotSeeOrAnswerTheAttempt() {
    Browser owner = learner("owner@example.org");
    owner.get("/");
    long id = attemptIdFrom(owner.post("/quizzes/opt-m1-quiz/attempts", Map.of()).getHeader("Location"));
    Browser other = learner("other@example.org");
    assertThat(other.get("/attempts/" + id).statusCode()).isEqualTo(404);
    other.get("/");
    assertThat(other.post("/attempts/" + id + "/save", Map.of("shown", "M1-Q1", "q.M1-Q1", "B")).statusCode()).isEqualTo(404);
    assertThat(other.post("/attempts/" + id + "/submit", Map.of()).statusCode()).isEqualTo(404);
    assertThat(Sql.single(server, "SELECT state FROM attempt WHERE id = " + id)).isEqualTo("in_progress");
  }
}
