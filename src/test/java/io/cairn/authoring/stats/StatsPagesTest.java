package io.cairn.authoring.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.cairn.evidence.Disclaimer;
import io.cairn.testing.ApiClient;
import io.cairn.testing.Browser;
import io.cairn.testing.FixtureContent;
import io.cairn.testing.Sql;
import io.cairn.testing.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Statistics, attempt list, read-only review and CSV over HTTP, with attempts made through the JSON API. */
class StatsPagesTest {
  static final String QUIZ = "test-all-types-quiz";
  static final String BASE = "/authoring/quizzes/" + QUIZ;
  static final AtomicInteger PEOPLE = new AtomicInteger();
  static TestServer server;
  static Browser tutor;
  static long firstAttempt;

  @BeforeAll
  static void start() {
    server = TestServer.start(Map.of("CAIRN_CONTENT_DIR", FixtureContent.withSeedAnd("all-types").toString()));
    // three learners: all right, half right, nothing answered
    firstAttempt = submit("Ada Right", all("SC", sel("b"), "MR", sel("a", "b"), "TF", sel("true"),
        "MA", new JsonObject().put("matches", new JsonObject().put("p1", "audio").put("p2", "text")),
        "OR", new JsonObject().put("order", new JsonArray(List.of("hear", "where", "backup"))),
        "ST", new JsonObject().put("text", "ico"), "NU", new JsonObject().put("text", "72 hours"),
        "SCN-1", sel("b"), "SCN-2", sel("true")));
    submit("Ben Half", all("SC", sel("a"), "MR", sel("a", "c"), "TF", sel("true"),
        "ST", new JsonObject().put("text", "Ofcom"), "NU", new JsonObject().put("text", "24")));
    submit("=Cleo Blank", new JsonObject());
    tutor = new Browser(server.cairn().vertx(), server.baseUrl());
    tutor.signUp("Tess Tutor", "tess@example.org", "a sturdy passphrase 123");
    Sql.execute(server, "UPDATE account SET roles = ARRAY['tutor'] WHERE email = 'tess@example.org'");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonObject sel(String... ids) {
    return new JsonObject().put("selected", new JsonArray(List.of((Object[]) ids)));
  }

  static JsonObject all(Object... pairs) {
    JsonObject o = new JsonObject();
    for (int i = 0; i < pairs.length; i += 2) {
      o.put((String) pairs[i], pairs[i + 1]);
    }
    return o;
  }

  static long submit(String name, JsonObject responses) {
    ApiClient c = new ApiClient(server.cairn().vertx(), server.baseUrl());
    assertThat(c.signUp(name, "stats" + PEOPLE.incrementAndGet() + "@example.org", "a sturdy passphrase 123")
        .statusCode()).isEqualTo(201);
    long id = c.post("/api/quizzes/" + QUIZ + "/attempts", null).bodyAsJsonObject().getLong("id");
    if (!responses.isEmpty()) {
      assertThat(c.post("/api/attempts/" + id + "/responses", new JsonObject().put("responses", responses))
          .statusCode()).isEqualTo(200);
    }
    assertThat(c.post("/api/attempts/" + id + "/submit", null).statusCode()).isEqualTo(200);
    return id;
  }

  @Test
  void theStatisticsPageShowsEveryQuestionWithFacilityAndTheDistribution() {
    Document page = tutor.page(BASE + "/statistics");
    assertThat(page.select("#attempt-count").text()).isEqualTo("3");
    assertThat(page.select("#items tbody tr")).hasSize(9);
    // SC: Ada right, Ben wrong, Cleo blank: facility 1/3
    assertThat(page.select("#item-SC .facility").text()).isEqualTo("0.33");
    assertThat(page.select("#item-TF .facility").text()).isEqualTo("0.67");
    assertThat(page.select("#distribution tbody tr")).hasSize(10);
    assertThat(page.select("svg rect")).hasSize(10);
    assertThat(page.select("#options-SC table.options tbody tr").text()).contains("Phone yes 1 33%");
    assertThat(page.select("#competences tbody tr").text()).contains("OPT-4.4");
    assertThat(tutor.get(BASE + "/statistics?version=99").statusCode()).isEqualTo(404);
    assertThat(tutor.get("/authoring/quizzes/no-such-quiz/statistics").statusCode()).isEqualTo(404);
  }

  @Test
  void theAttemptListLeadsToAReadOnlyReviewWithTheAnswerKey() {
    Document list = tutor.page(BASE + "/attempts");
    assertThat(list.select("#attempts tbody tr")).hasSize(3);
    // certainty-based marking: answers sent without a certainty count as low, worth a third of the points
    assertThat(list.select("#attempts tbody tr").first().text()).contains("Ada Right").contains("33.33%").contains("No");
    String href = list.select("#attempts tbody tr").get(1).select("a").attr("href");
    Document review = tutor.page(href);
    assertThat(review.select("#attempt-summary").text()).contains("Ben Half");
    assertThat(review.select("#q-SC .response").text()).isEqualTo("Video");
    assertThat(review.select("#q-SC .key").text()).isEqualTo("Phone");
    assertThat(review.select("#q-SC .feedback").text()).contains("Video carries some cues.");
    assertThat(review.select("#q-ST .key").text()).contains("ICO");
    assertThat(review.select("#q-OR .response").text()).isEqualTo("(no answer)");
    assertThat(review.select("form")).allSatisfy(f -> assertThat(f.attr("action")).isEqualTo("/signout"));
    assertThat(tutor.get(BASE + "/attempts/999999").statusCode()).isEqualTo(404);
    assertThat(tutor.get("/authoring/quizzes/opt-m1-quiz/attempts/" + firstAttempt).statusCode()).isEqualTo(404);
  }

  @Test
  void theCsvParsesBackWithOneRowPerAttemptAndTheStatementOnEach() throws Exception {
    var r = tutor.get(BASE + "/results.csv");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.getHeader("Content-Type")).startsWith("text/csv");
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(r.bodyAsString())) {
      List<Map<String, String>> rows = it.readAll();
      assertThat(rows).hasSize(3);
      assertThat(rows).extracting(m -> m.get("learner")).containsExactly("Ada Right", "Ben Half", "'=Cleo Blank");
      assertThat(rows.get(0).get("percent")).isEqualTo("33.33");
      assertThat(rows.get(0).get("passed")).isEqualTo("false");
      assertThat(rows.get(2).get("percent")).isEqualTo("0");
      assertThat(rows).allSatisfy(m -> assertThat(m.get("statement")).isEqualTo(Disclaimer.STATEMENT));
    }
  }

  @Test
  void aLearnerGets403OnEveryTutorRouteAndNobodySignedOutGetsIn() {
    Browser learner = new Browser(server.cairn().vertx(), server.baseUrl());
    learner.signUp("Lee Learner", "lee@example.org", "a sturdy passphrase 123");
    for (String path : List.of(BASE + "/statistics", BASE + "/attempts", BASE + "/attempts/" + firstAttempt,
        BASE + "/results.csv", BASE + "/export.gift", BASE + "/export.qti.zip", BASE + "/export-notes",
        "/authoring/interchange/import")) {
      assertThat(learner.get(path).statusCode()).as(path).isEqualTo(403);
      Browser anonymous = new Browser(server.cairn().vertx(), server.baseUrl());
      assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(303);
    }
    learner.get("/");
    var post = learner.post("/authoring/interchange/import", Map.of("action", "check"));
    assertThat(post.statusCode()).isEqualTo(403);
    assertThat(Jsoup.parse(post.bodyAsString()).text()).contains("tutor");
  }
}
