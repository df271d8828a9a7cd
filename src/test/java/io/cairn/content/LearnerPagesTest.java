package io.cairn.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.testing.Browser;
import io.cairn.testing.TestServer;
import io.vertx.core.json.JsonObject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every learner page renders with the seed content: status and key content, not only 200. */
class LearnerPagesTest {
  static TestServer server;
  static Browser learner;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    learner = new Browser(server.cairn().vertx(), server.baseUrl());
    assertThat(learner.signUp("Lee Learner", "lee@example.org", "a long enough passphrase").statusCode()).isEqualTo(303);
  }

  @AfterAll
  static void stop() {
    learner.close();
    server.close();
  }

  @Test
  void homeListsTheThreeModulesWithMinutesAndDomains() {
    Document home = learner.page("/");
    assertThat(home.select(".card h2").eachText()).containsExactly(
        "Setting up safe OPT practice: media, contracting and data protection",
        "Risk and safeguarding at a distance",
        "Presence, process and self-care across video, phone and text");
    assertThat(home.select(".card").get(1).text()).contains("3.5 hours").contains("OPT-6 Risk");
    assertThat(home.select(".disclaimer").text()).contains("does not show competence");
  }

  @Test
  void modulePageListsUnitsInOrderWithProgress() {
    Browser newcomer = new Browser(server.cairn().vertx(), server.baseUrl());
    newcomer.signUp("Nia Newcomer", "nia@example.org", "another long passphrase");
    Document page = newcomer.page("/modules/opt-m1-safe-practice");
    assertThat(page.select(".unit-row .unit-type").eachText())
        .containsExactly("Film", "Reading", "Audio", "Activity", "Reflection", "Quiz");
    assertThat(page.select(".unit-row .status").eachText()).allMatch(s -> s.equals("Not started"));
    assertThat(page.select(".facts").text()).contains("0 of 6 units done");
  }

  @Test
  void filmUnitHasCaptionsTrackAndFullTranscript() {
    Document page = learner.page("/modules/opt-m1-safe-practice/units/two-rooms");
    assertThat(page.select("video source").attr("src")).isEqualTo("/media/opt-m1/two-rooms.mp4");
    assertThat(page.select("video track[kind=captions]").attr("src")).isEqualTo("/media/opt-m1/two-rooms.en.vtt");
    assertThat(page.select(".transcript h2").text()).isEqualTo("Transcript");
    assertThat(page.select(".transcript .prose p").size()).isGreaterThan(5);
    assertThat(page.select(".demo-label").text()).contains("Demonstration media");
  }

  @Test
  void audioUnitHasPlayerAndTranscript() {
    Document page = learner.page("/modules/opt-m2-risk-at-a-distance/units/someone-else-in-the-house");
    assertThat(page.select("audio").attr("src")).isEqualTo("/media/opt-m2/someone-else-in-the-house.mp3");
    assertThat(page.select(".transcript").text()).contains("55");
  }

  @Test
  void readingIsRenderedMarkdown() {
    Document page = learner.page("/modules/opt-m1-safe-practice/units/choosing-a-platform");
    assertThat(page.select(".prose h2").size()).isGreaterThan(1);
    assertThat(page.select(".prose table").size()).isGreaterThan(0);
    assertThat(page.select(".prose script")).isEmpty();
  }

  @Test
  void reflectionIsSavedAndShownAgainOnReturn() {
    String path = "/modules/opt-m1-safe-practice/units/self-audit";
    learner.get(path);
    var saved = learner.post(path + "/reflection", java.util.Map.of("reflection", "I will take my backup plan to supervision."));
    assertThat(saved.statusCode()).isEqualTo(303);
    Document again = learner.page(path);
    assertThat(again.select("textarea#reflection").text()).isEqualTo("I will take my backup plan to supervision.");
    assertThat(again.select("#unit-status").text()).contains("Done");
  }

  @Test
  void quizUnitShowsSettingsAndStartButton() {
    Document page = learner.page("/modules/opt-m2-risk-at-a-distance/units/end-of-module-quiz");
    assertThat(page.select(".facts").text()).contains("Pass mark 70%").contains("Time limit 25 minutes")
        .contains("Attempts allowed 3");
    assertThat(page.select("form[action=/quizzes/opt-m2-quiz/attempts] button").text()).isEqualTo("Start the quiz");
  }

  @Test
  void playedRangesAreRecordedAndCountOnce() {
    String unit = "/modules/opt-m3-presence-process-self-care/units/the-silence-you-cant-see";
    learner.get(unit);
    var first = learner.postJson(unit + "/played", new JsonObject().put("duration", 80.9)
        .put("ranges", new io.vertx.core.json.JsonArray().add(new io.vertx.core.json.JsonArray().add(0).add(20))));
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.bodyAsJsonObject().getInteger("playedSeconds")).isEqualTo(20);
    var replay = learner.postJson(unit + "/played", new JsonObject().put("duration", 80.9)
        .put("ranges", new io.vertx.core.json.JsonArray().add(new io.vertx.core.json.JsonArray().add(10).add(30))));
    assertThat(replay.bodyAsJsonObject().getInteger("playedSeconds")).isEqualTo(30);
    assertThat(replay.bodyAsJsonObject().getBoolean("done")).isFalse();
    Document module = learner.page("/modules/opt-m3-presence-process-self-care");
    assertThat(module.select(".unit-row").get(1).select(".status").text()).isEqualTo("37% heard");
  }

  @Test
  void markAsDoneWorksWithoutJavaScript() {
    String unit = "/modules/opt-m2-risk-at-a-distance/units/why-remote-risk-is-different";
    learner.get(unit);
    assertThat(learner.post(unit + "/done", java.util.Map.of()).getHeader("Location")).endsWith("?saved=done");
    assertThat(learner.page("/modules/opt-m2-risk-at-a-distance").select(".unit-row.is-done a").text())
        .contains("Why remote risk is different");
  }

  @Test
  void frameworkPageSaysItIsAnIllustrativeReconstruction() {
    Document page = learner.page("/frameworks/bacp-opt-adults");
    assertThat(page.select(".notice-warning").text()).contains("Not the licensed framework text").contains("illustrative");
    assertThat(page.select("tr#OPT-6\\.2 th").text()).isEqualTo("OPT-6.2");
    assertThat(page.select("tr#OPT-1\\.2").text()).contains("No – inferred");
    assertThat(page.select("section.domain")).hasSize(11);
  }

  @Test
  void healthReportsTheDatabase() {
    var r = learner.get("/health");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.bodyAsJsonObject().getString("database")).isEqualTo("up");
  }

  @Test
  void unknownModuleIs404WithAPageThatSaysSo() {
    var r = learner.get("/modules/no-such-module");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(org.jsoup.Jsoup.parse(r.bodyAsString()).select("main").text())
        .contains("There is no module \"no-such-module\"");
  }
}
