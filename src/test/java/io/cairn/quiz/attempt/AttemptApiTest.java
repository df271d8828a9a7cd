package io.cairn.quiz.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.evidence.EvidenceRepository;
import io.cairn.quiz.QuizVersions;
import io.cairn.testing.ApiClient;
import io.cairn.testing.FixtureContent;
import io.cairn.testing.Sql;
import io.cairn.testing.TestServer;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The attempt flow through the JSON API, on a quiz with every question type and CBM. */
class AttemptApiTest {
  static final String QUIZ = "test-all-types-quiz";
  static final AtomicInteger PEOPLE = new AtomicInteger();
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(Map.of("CAIRN_CONTENT_DIR", FixtureContent.withSeedAnd("all-types").toString()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static ApiClient learner() {
    ApiClient c = new ApiClient(server.cairn().vertx(), server.baseUrl());
    assertThat(c.signUp("Api Learner", "api" + PEOPLE.incrementAndGet() + "@example.org", "a sturdy passphrase 123")
        .statusCode()).isEqualTo(201);
    return c;
  }

  static long start(ApiClient c, String quiz) {
    HttpResponse<Buffer> r = c.post("/api/quizzes/" + quiz + "/attempts", null);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(201);
    return r.bodyAsJsonObject().getLong("id");
  }

  static JsonObject all(Object... pairs) {
    JsonObject o = new JsonObject();
    for (int i = 0; i < pairs.length; i += 2) {
      o.put((String) pairs[i], pairs[i + 1]);
    }
    return o;
  }

  static JsonArray ids(String... ids) {
    return new JsonArray(List.of((Object[]) ids));
  }

  @Test
  void everyTypeIsAnsweredSubmittedAndScoredWithCertainty() {
    ApiClient c = learner();
    long id = start(c, QUIZ);
    JsonObject attempt = c.get("/api/attempts/" + id).bodyAsJsonObject();
    assertThat(attempt.getJsonArray("questions")).hasSize(8);
    assertThat(attempt.encode()).doesNotContain("\"correct\"").doesNotContain("Right - voice only")
        .doesNotContain("\"answer\"").doesNotContain("\"accept\"").doesNotContain("\"match\"");

    JsonObject responses = all(
        "SC", all("selected", ids("b"), "certainty", "high"),          // right, high: +3/3
        "MR", all("selected", ids("a"), "certainty", "medium"),        // half right, medium: 2 x 0.5 / 3
        "TF", all("selected", ids("false"), "certainty", "high"),      // wrong, high: -6/3
        "MA", all("matches", all("p1", "audio", "p2", "text")),         // right, no certainty (low): 1/3
        "OR", all("order", ids("hear", "where", "backup"), "certainty", "low"),
        "ST", all("text", "  the   ico ", "certainty", "medium"),       // wrong: not an accepted answer
        "NU", all("text", "72 hours", "certainty", "high"),
        "SCN-1", all("selected", ids("b"), "certainty", "high"),
        "SCN-2", all("selected", ids("true"), "certainty", "medium"));
    HttpResponse<Buffer> saved = c.post("/api/attempts/" + id + "/responses", all("responses", responses));
    assertThat(saved.statusCode()).as(saved.bodyAsString()).isEqualTo(200);

    JsonObject result = c.post("/api/attempts/" + id + "/submit", null).bodyAsJsonObject();
    assertThat(result.getString("state")).isEqualTo("submitted");
    // CBM per docs/scoring.md: points x (right 1/2/3 x fraction, or wrong 0/-2/-6) / 3, in answer order
    double expected = (3 + 2 * 0.5 - 6 + 1 + 1 - 2 + 3 + 3 + 2) / 3.0;
    assertThat(result.getDouble("points")).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(result.getDouble("percent")).isEqualTo(Math.round(expected / 9 * 10000) / 100.0);
    assertThat(result.getString("statement")).contains("does not show competence");
    assertThat(result.getJsonObject("review").getBoolean("correctAnswers")).isFalse();
    assertThat(result.getJsonArray("questions").getJsonObject(0).containsKey("correctAnswer")).isFalse();
    assertThat(Sql.single(server, "SELECT certainty FROM attempt_question_score WHERE attempt_id = " + id
        + " AND question_id = 'TF'")).isEqualTo("high");
    assertThat(Sql.column(server, "SELECT competence_id FROM evidence WHERE attempt_id = " + id + " ORDER BY 1"))
        .containsExactly("OPT-1.1", "OPT-4.4", "OPT-5.3", "OPT-6.2");

    // the answer key appears once the last allowed attempt is used
    long second = start(c, QUIZ);
    JsonObject last = c.post("/api/attempts/" + second + "/submit", null).bodyAsJsonObject();
    assertThat(last.getJsonObject("review").getBoolean("correctAnswers")).isTrue();
    assertThat(last.getJsonArray("questions").getJsonObject(0).getJsonObject("correctAnswer").getJsonArray("selected"))
        .containsExactly("b");
    HttpResponse<Buffer> third = c.post("/api/quizzes/" + QUIZ + "/attempts", null);
    assertThat(third.statusCode()).isEqualTo(409);
    assertThat(third.bodyAsJsonObject().getString("message")).contains("used all 2 attempts");
  }

  @Test
  void aNewSessionResumesTheSameAttemptWithItsAnswers() {
    ApiClient first = learner();
    long id = start(first, "opt-m2-quiz");
    first.put("/api/attempts/" + id + "/responses/M2-Q4", all("selected", ids("true")));
    String email = first.get("/api/session").bodyAsJsonObject().getString("email");

    ApiClient otherDevice = new ApiClient(server.cairn().vertx(), server.baseUrl());
    assertThat(otherDevice.signIn(email, "a sturdy passphrase 123").statusCode()).isEqualTo(200);
    assertThat(start(otherDevice, "opt-m2-quiz")).isEqualTo(id);
    JsonObject attempt = otherDevice.get("/api/attempts/" + id).bodyAsJsonObject();
    assertThat(attempt.getJsonObject("responses").getJsonObject("M2-Q4").getJsonArray("selected")).containsExactly("true");
  }

  @Test
  void anExpiredAttemptIsSubmittedWithWhatWasSavedAndRefusesMoreAnswers() {
    ApiClient c = learner();
    long id = start(c, "opt-m1-quiz");
    c.put("/api/attempts/" + id + "/responses/M1-Q1", all("selected", ids("B")));
    Sql.execute(server, "UPDATE attempt SET started_at = now() - interval '2 hours', "
        + "deadline = now() - interval '1 hour' WHERE id = " + id);

    HttpResponse<Buffer> late = c.put("/api/attempts/" + id + "/responses/M1-Q3", all("selected", ids("true")));
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(late.bodyAsJsonObject().getString("message")).contains("time limit has passed");
    JsonObject result = c.get("/api/attempts/" + id + "/result").bodyAsJsonObject();
    assertThat(result.getString("submittedBy")).isEqualTo("time_limit");
    assertThat(result.getDouble("percent")).isEqualTo(10.0);
  }

  @Test
  void theSweeperSubmitsAttemptsNobodyCameBackTo() {
    ApiClient c = learner();
    long id = start(c, "opt-m3-quiz");
    Sql.execute(server, "UPDATE attempt SET started_at = now() - interval '2 hours', "
        + "deadline = now() - interval '1 hour' WHERE id = " + id);
    var pool = server.cairn().pool();
    Clock clock = Clock.systemUTC();
    TimeLimitSweeper sweeper = new TimeLimitSweeper(pool,
        new Submission(pool, new QuizVersions(pool), clock), clock);
    assertThat(sweeper.sweep().await()).isGreaterThanOrEqualTo(1);
    assertThat(Sql.single(server, "SELECT state || '/' || submitted_by FROM attempt WHERE id = " + id))
        .isEqualTo("submitted/time_limit");
    assertThat(Sql.count(server, "SELECT count(*) FROM evidence WHERE attempt_id = " + id)).isGreaterThan(0);
  }

  @Test
  void twentyConcurrentSubmitsRecordExactlyOneResult() {
    ApiClient c = learner();
    long id = start(c, "opt-m1-quiz");
    c.put("/api/attempts/" + id + "/responses/M1-Q1", all("selected", ids("B")));
    List<Future<HttpResponse<Buffer>>> submits = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      submits.add(c.send(HttpMethod.POST, "/api/attempts/" + id + "/submit", null));
    }
    Future.all(submits).await();
    for (Future<HttpResponse<Buffer>> f : submits) {
      assertThat(f.result().statusCode()).as(f.result().bodyAsString()).isEqualTo(200);
      assertThat(f.result().bodyAsJsonObject().getDouble("percent")).isEqualTo(10.0);
    }
    assertThat(Sql.count(server, "SELECT count(*) FROM attempt WHERE id = " + id + " AND state = 'submitted'")).isEqualTo(1);
    assertThat(Sql.count(server, "SELECT count(*) FROM attempt_question_score WHERE attempt_id = " + id)).isEqualTo(10);
    long competences = server.cairn().catalog().quiz("opt-m1-quiz").orElseThrow().quiz().answerableQuestions().stream()
        .flatMap(q -> q.competences().stream()).distinct().count();
    assertThat(Sql.count(server, "SELECT count(*) FROM evidence WHERE attempt_id = " + id)).isEqualTo(competences);
  }

  @Test
  void tamperedResponsesAreRefusedNamingTheFieldAndSaveNothing() {
    ApiClient c = learner();
    long id = start(c, "opt-m1-quiz");
    String path = "/api/attempts/" + id + "/responses/";
    HttpResponse<Buffer> injected = c.put(path + "M1-Q1", all("selected", ids("B"), "score", 1));
    assertThat(injected.statusCode()).isEqualTo(400);
    assertThat(injected.bodyAsJsonObject().getString("field")).isEqualTo("response.score");
    HttpResponse<Buffer> foreignOption = c.put(path + "M1-Q1", all("selected", ids("Z")));
    assertThat(foreignOption.statusCode()).isEqualTo(400);
    assertThat(foreignOption.bodyAsJsonObject().getString("field")).startsWith("responses.M1-Q1");
    HttpResponse<Buffer> notAsked = c.put(path + "M2-Q1", all("selected", ids("B")));
    assertThat(notAsked.statusCode()).isEqualTo(400);
    assertThat(notAsked.bodyAsJsonObject().getString("message")).contains("not part of this attempt");
    HttpResponse<Buffer> wrongPart = c.put(path + "M1-Q1", all("matches", all("1", "a")));
    assertThat(wrongPart.statusCode()).isEqualTo(400);
    HttpResponse<Buffer> nullId = c.put(path + "M1-Q1", new JsonObject().put("selected", new JsonArray().addNull()));
    assertThat(nullId.statusCode()).isEqualTo(400);
    HttpResponse<Buffer> notJson = c.put(path + "M1-Q1", null);
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(Sql.count(server, "SELECT count(*) FROM attempt_response WHERE attempt_id = " + id)).isZero();
  }

  @Test
  void anotherLearnersAttemptIsNotFound() {
    ApiClient owner = learner();
    long id = start(owner, "opt-m1-quiz");
    ApiClient other = learner();
    assertThat(other.get("/api/attempts/" + id).statusCode()).isEqualTo(404);
    assertThat(other.put("/api/attempts/" + id + "/responses/M1-Q1", all("selected", ids("B"))).statusCode()).isEqualTo(404);
    assertThat(other.post("/api/attempts/" + id + "/submit", null).statusCode()).isEqualTo(404);
    assertThat(Sql.single(server, "SELECT state FROM attempt WHERE id = " + id)).isEqualTo("in_progress");
  }

  @Test
  void withoutSessionOrTokenTheApiRefuses() {
    ApiClient anonymous = new ApiClient(server.cairn().vertx(), server.baseUrl());
    HttpResponse<Buffer> r = anonymous.get("/api/attempts/1");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.bodyAsJsonObject().getString("message")).contains("sign in");
    ApiClient c = learner();
    HttpResponse<Buffer> noToken = c.postWithoutToken("/api/quizzes/opt-m1-quiz/attempts", new JsonObject());
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(Sql.count(server, "SELECT count(*) FROM attempt a JOIN account u ON u.id = a.account_id "
        + "WHERE u.email = '" + c.get("/api/session").bodyAsJsonObject().getString("email") + "'")).isZero();
  }
}
