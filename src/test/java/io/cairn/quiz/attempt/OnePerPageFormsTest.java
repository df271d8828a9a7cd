package io.cairn.quiz.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.testing.Browser;
import io.cairn.testing.FixtureContent;
import io.cairn.testing.TestServer;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One question per page, certainty-based marking and feedback after each question, as forms. */
class OnePerPageFormsTest {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(Map.of("CAIRN_CONTENT_DIR", FixtureContent.withSeedAnd("all-types").toString()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void checkingAnAnswerShowsItsFeedbackAndMakesItFinal() {
    Browser b = new Browser(server.cairn().vertx(), server.baseUrl());
    b.signUp("Page Learner", "pages@example.org", "a sturdy passphrase 123");
    b.get("/");
    String location = b.post("/quizzes/test-all-types-quiz/attempts", Map.of()).getHeader("Location");
    long id = Long.parseLong(location.substring("/attempts/".length()));

    Document first = b.page("/attempts/" + id);
    assertThat(first.select("fieldset.question")).hasSize(1);
    assertThat(first.select(".eyebrow").text()).contains("Page 1 of 8");
    assertThat(first.select("fieldset.certainty legend").text()).isEqualTo("How sure are you of this answer?");
    assertThat(first.select("fieldset.certainty input")).hasSize(3);
    assertThat(first.select("button[name=check][value=SC]").text()).contains("Check answer");

    var checked = b.post("/attempts/" + id + "/save?page=1",
        Map.of("shown", "SC", "q.SC", "b", "c.SC", "high", "check", "SC"));
    assertThat(checked.getHeader("Location")).startsWith("/attempts/" + id + "?page=1");
    Document after = b.page("/attempts/" + id + "?page=1");
    assertThat(after.select("#q-SC .feedback").text()).contains("Right - voice only");
    assertThat(after.select("#q-SC .correctness").text()).contains("Correct");
    assertThat(after.select("#q-SC input[name=q.SC]").attr("disabled")).isNotNull();
    assertThat(after.select("#q-SC input[value=b]").hasAttr("disabled")).isTrue();

    var change = b.post("/attempts/" + id + "/save?page=1", Map.of("shown", "SC", "q.SC", "a"));
    assertThat(change.statusCode()).isEqualTo(409);

    var next = b.post("/attempts/" + id + "/save?page=1", Map.of("go", "next"));
    assertThat(next.getHeader("Location")).startsWith("/attempts/" + id + "?page=2");
    Document second = b.page("/attempts/" + id + "?page=2");
    assertThat(second.select("fieldset.question legend .qnum").text()).isEqualTo("Question 2");
    Document scenario = b.page("/attempts/" + id + "?page=8");
    assertThat(scenario.select("section.scenario .vignette").text()).contains("call drops");
    assertThat(scenario.select("section.scenario fieldset.question")).hasSize(2);
  }
}
