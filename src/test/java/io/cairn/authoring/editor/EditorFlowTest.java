package io.cairn.authoring.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.testing.Browser;
import io.cairn.testing.Jdbc;
import io.cairn.testing.Sql;
import io.cairn.testing.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The editor over HTTP with plain forms, as a browser without JavaScript uses it. */
class EditorFlowTest {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Browser tutor() {
    Browser b = new Browser(server.cairn().vertx(), server.baseUrl());
    assertThat(b.signIn(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD).statusCode()).isEqualTo(303);
    assertThat(b.get("/authoring").statusCode()).isEqualTo(200); // and the form token of the signed-in session
    return b;
  }

  static Browser learner(String email) {
    Browser b = new Browser(server.cairn().vertx(), server.baseUrl());
    assertThat(b.signUp("Learner", email, "a sturdy passphrase 123").statusCode()).isEqualTo(303);
    b.get("/");
    return b;
  }

  static Map<String, String> f(String... kv) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  static long draftFrom(HttpResponse<Buffer> r) {
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(303);
    return Long.parseLong(r.getHeader("Location").replaceAll("^/authoring/drafts/(\\d+).*$", "$1"));
  }

  static String revision(Browser b, long draft) {
    return b.page("/authoring/drafts/" + draft).selectFirst("input[name=revision]").attr("value");
  }

  static int status(HttpResponse<Buffer> r) {
    assertThat(r.statusCode()).as(Jsoup.parse(r.bodyAsString() == null ? "" : r.bodyAsString()).select("#error-summary, .field-error, main").text())
        .isLessThan(400);
    return r.statusCode();
  }

  static HttpResponse<Buffer> saveQuestion(Browser b, long draft, String questionId, Map<String, String> fields) {
    Map<String, String> form = new HashMap<>(fields);
    form.put("revision", revision(b, draft));
    form.put("action", "save");
    return b.post("/authoring/drafts/" + draft + "/questions" + (questionId == null ? "" : "/" + questionId), form);
  }

  @Test
  void createAQuizWithEveryTypeReorderDeleteAndPublish() {
    Browser b = tutor();
    long draft = draftFrom(b.post("/authoring/quizzes", Map.of("module", "opt-m1-safe-practice",
        "id", "new-quiz", "title", "A new quiz")));
    String c = "OPT-1.1";
    status(saveQuestion(b, draft, null, f("type", "single_choice", "id", "SC", "stem", "Pick **one**",
        "points", "1", "competences", c, "options[0].id", "A", "options[0].text", "Right", "options[0].correct", "true",
        "options[0].feedback", "Yes", "options[1].id", "B", "options[1].text", "Wrong")));
    status(saveQuestion(b, draft, null, f("type", "multiple_response", "id", "MR", "stem", "Pick two",
        "competences", c, "scoring", "all_or_nothing", "options[0].id", "A", "options[0].text", "One",
        "options[0].correct", "true", "options[1].id", "B", "options[1].text", "Two", "options[1].correct", "true",
        "options[2].id", "C", "options[2].text", "Three")));
    status(saveQuestion(b, draft, null, f("type", "true_false", "id", "TF", "stem", "True?",
        "competences", c, "answer", "false", "false_feedback", "Right")));
    status(saveQuestion(b, draft, null, f("type", "matching", "id", "MA", "stem", "Match",
        "competences", c, "choices[0].id", "T", "choices[0].text", "Technical", "choices[1].id", "P",
        "choices[1].text", "Practical", "prompts[0].id", "1", "prompts[0].text", "Laptop", "prompts[0].match", "T",
        "prompts[1].id", "2", "prompts[1].text", "Children", "prompts[1].match", "P")));
    status(saveQuestion(b, draft, null, f("type", "ordering", "id", "OR", "stem", "Order",
        "competences", c, "items[0].id", "a", "items[0].text", "First", "items[1].id", "b", "items[1].text", "Second")));
    status(saveQuestion(b, draft, null, f("type", "short_text", "id", "ST", "stem", "Name it",
        "competences", c, "accept", "GDPR\r\nUK GDPR", "wrong_feedback", "No")));
    status(saveQuestion(b, draft, null, f("type", "numeric", "id", "NU", "stem", "How many?",
        "competences", c, "answer", "50", "tolerance", "5", "tolerance_mode", "absolute", "unit", "min")));
    status(saveQuestion(b, draft, null, f("type", "scenario", "id", "SN", "vignette", "A case.")));
    status(saveQuestion(b, draft, null, f("type", "single_choice", "parent", "SN", "id", "SN-1",
        "stem", "First?", "competences", c, "evidence_level", "knows_how", "options[0].id", "A",
        "options[0].text", "Ask", "options[0].correct", "true", "options[1].id", "B", "options[1].text", "Wait")));

    // an invalid save is refused with the reader's message at the field, and focus goes to the summary
    HttpResponse<Buffer> bad = saveQuestion(b, draft, "SC", f("type", "single_choice", "id", "SC", "stem", "Pick",
        "points", "-1", "competences", c, "options[0].id", "A", "options[0].text", "Right", "options[1].id", "B",
        "options[1].text", "Wrong"));
    assertThat(bad.statusCode()).isEqualTo(400);
    Document page = Jsoup.parse(bad.bodyAsString());
    assertThat(page.select("#error-summary[autofocus]")).hasSize(1);
    assertThat(page.select("#error-summary").text()).contains("points: must be greater than 0")
        .contains("options: a single_choice question needs exactly one option with correct: true, found 0");
    assertThat(page.select("#f-points").attr("aria-invalid")).isEqualTo("true");
    assertThat(page.select("#f-points").attr("aria-describedby")).isEqualTo("f-points-error");

    // edit, move, delete
    status(saveQuestion(b, draft, "TF", f("type", "true_false", "id", "TF", "stem", "Still true?",
        "competences", c, "answer", "true")));
    Map<String, String> up = Map.of("revision", revision(b, draft), "direction", "up");
    assertThat(b.post("/authoring/drafts/" + draft + "/questions/MR/move", up).statusCode()).isEqualTo(303);
    assertThat(b.post("/authoring/drafts/" + draft + "/questions/OR/delete", Map.of("revision", revision(b, draft)))
        .statusCode()).isEqualTo(303);
    Document quizPage = b.page("/authoring/drafts/" + draft);
    assertThat(quizPage.select(".question-list > li").eachAttr("id"))
        .containsExactly("q-MR", "q-SC", "q-TF", "q-MA", "q-ST", "q-NU", "q-SN");

    // a learner's preview of the draft: no answer key unless asked
    Document preview = b.page("/authoring/drafts/" + draft + "/preview");
    assertThat(preview.select("fieldset.question")).hasSize(7);
    assertThat(preview.select(".key, .is-key")).isEmpty();
    assertThat(b.page("/authoring/drafts/" + draft + "/preview?answers=1").select(".is-key")).isNotEmpty();

    // publish: the quiz, then the module whose draft got a unit for it
    assertThat(b.post("/authoring/drafts/" + draft + "/publish", Map.of("revision", revision(b, draft))).statusCode())
        .isEqualTo(303);
    assertThat(server.cairn().catalog().quiz("new-quiz").orElseThrow().quiz().questions()).hasSize(7);
    assertThat(Sql.single(server, "SELECT source FROM quiz_version WHERE quiz_id = 'new-quiz'")).isEqualTo("editor");
    long moduleDraft = (Long) Sql.single(server,
        "SELECT id FROM authoring_draft WHERE kind = 'module' AND content_id = 'opt-m1-safe-practice' AND state = 'open'");
    assertThat(b.post("/authoring/drafts/" + moduleDraft + "/publish", Map.of("revision", revision(b, moduleDraft)))
        .statusCode()).isEqualTo(303);
    assertThat(server.cairn().catalog().module("opt-m1-safe-practice").orElseThrow().module().unit("new-quiz")).isPresent();

    // publishing the same draft again is refused: a published version never changes
    HttpResponse<Buffer> again = b.post("/authoring/drafts/" + draft + "/publish", Map.of("revision", "999"));
    assertThat(again.statusCode()).isEqualTo(409);
    HttpResponse<Buffer> editPublished = saveQuestion(b, draft, "SC", f("type", "single_choice", "id", "SC"));
    assertThat(editPublished.statusCode()).isEqualTo(409);
    assertThat(Sql.count(server, "SELECT count(*) FROM quiz_version WHERE quiz_id = 'new-quiz'")).isEqualTo(1);
  }

  @Test
  void editingAPublishedQuizMakesVersionTwoWhileAnAttemptOnVersionOneGoesOn() {
    Browser learner = learner("v1@example.org");
    learner.get("/modules/opt-m2-risk-at-a-distance");
    HttpResponse<Buffer> started = learner.post("/quizzes/opt-m2-quiz/attempts", Map.of("module", "opt-m2-risk-at-a-distance"));
    assertThat(started.statusCode()).isEqualTo(303);
    String attempt = started.getHeader("Location");
    long v1 = server.cairn().catalog().quiz("opt-m2-quiz").orElseThrow().versionId();

    Browser b = tutor();
    long draft = draftFrom(b.post("/authoring/quizzes/opt-m2-quiz/edit", Map.of()));
    var quiz = server.cairn().catalog().quiz("opt-m2-quiz").orElseThrow().quiz();
    Map<String, String> settings = new HashMap<>(Map.of("revision", revision(b, draft), "title", quiz.title() + " (revised)",
        "settings.pass_mark_percent", "60", "action", "save"));
    assertThat(b.post("/authoring/drafts/" + draft, settings).statusCode()).isEqualTo(303);
    assertThat(b.post("/authoring/drafts/" + draft + "/publish", Map.of("revision", revision(b, draft))).statusCode())
        .isEqualTo(303);
    var now = server.cairn().catalog().quiz("opt-m2-quiz").orElseThrow();
    assertThat(now.version()).isEqualTo(2);
    assertThat(now.quiz().title()).endsWith("(revised)");
    assertThat(now.quiz().settings().passMarkPercent()).isEqualTo(60);

    // the attempt started on version 1 still renders and submits against version 1
    assertThat(learner.get(attempt).statusCode()).isEqualTo(200);
    String id = attempt.replaceAll("\\D", "");
    assertThat(learner.post(attempt + "/submit", Map.of()).statusCode()).isEqualTo(303);
    assertThat(Sql.single(server, "SELECT quiz_version_id FROM attempt WHERE id = " + id)).isEqualTo(v1);
    // a new attempt gets version 2
    Browser other = learner("v2@example.org");
    other.get("/modules/opt-m2-risk-at-a-distance");
    String second = other.post("/quizzes/opt-m2-quiz/attempts", Map.of("module", "opt-m2-risk-at-a-distance"))
        .getHeader("Location").replaceAll("\\D", "");
    assertThat(Sql.single(server, "SELECT quiz_version_id FROM attempt WHERE id = " + second)).isEqualTo(now.versionId());
    assertThat(other.page("/attempts/" + second).select("h1").text()).endsWith("(revised)");
  }

  @Test
  void theDatabaseRefusesToChangeAPublishedVersion() {
    assertThatThrownBy(() -> Jdbc.update(server.databaseUrl(),
        "UPDATE quiz_version SET title = 'x' WHERE quiz_id = 'opt-m1-quiz'"))
        .hasMessageContaining("immutable");
    assertThatThrownBy(() -> Jdbc.update(server.databaseUrl(), "DELETE FROM module_version"))
        .hasMessageContaining("immutable");
  }

  @Test
  void hostileMarkdownIsNeutralisedInPreviewsAndOversizedInputRefused() {
    Browser b = tutor();
    b.get("/authoring");
    String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3)) "
        + "<a href=\"#\" onclick=\"alert(4)\">y</a>";
    HttpResponse<Buffer> r = b.post("/authoring/preview", Map.of("text", hostile));
    assertThat(r.statusCode()).isEqualTo(200);
    Document html = Jsoup.parseBodyFragment(r.bodyAsString());
    assertThat(html.select("script, img, iframe")).isEmpty();
    assertThat(html.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
        .filter(a -> a.getKey().startsWith("on") || a.getValue().toLowerCase().contains("javascript:"))).isEmpty();
    HttpResponse<Buffer> huge = b.post("/authoring/preview", Map.of("text", "a".repeat(210_000)));
    assertThat(huge.statusCode()).isIn(400, 413);
    HttpResponse<Buffer> tooBig = b.post("/authoring/preview", Map.of("text", "a".repeat(300_000)));
    assertThat(tooBig.statusCode()).isEqualTo(413);
  }
}
