package io.cairn.authoring.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.quiz.model.Quiz;
import io.cairn.testing.Browser;
import io.cairn.testing.Sql;
import io.cairn.testing.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.multipart.MultipartForm;
import java.io.IOException;
import java.io.InputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Export downloads, the export notes page and the import upload, over HTTP on a real server. */
class InterchangePagesTest {
  static TestServer server;
  static Browser tutor;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    tutor = new Browser(server.cairn().vertx(), server.baseUrl());
    tutor.signUp("Tom Tutor", "tom@example.org", "a sturdy passphrase 123");
    Sql.execute(server, "UPDATE account SET roles = ARRAY['tutor'] WHERE email = 'tom@example.org'");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Quiz published(String id) {
    return server.cairn().catalog().quiz(id).orElseThrow().quiz();
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = InterchangePagesTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  HttpResponse<Buffer> upload(String fileName, byte[] bytes, String action, String module, boolean withToken) {
    tutor.get("/authoring/interchange/import");
    MultipartForm form = MultipartForm.create().attribute("action", action).attribute("module", module);
    if (withToken) {
      form.attribute("_csrf", tutor.csrf());
    }
    form.binaryFileUpload("file", fileName, Buffer.buffer(bytes), "application/octet-stream");
    return tutor.client().postAbs(server.baseUrl() + "/authoring/interchange/import").putHeader("Accept", "text/html")
        .sendMultipartForm(form).await();
  }

  @Test
  void thePublishedVersionDownloadsAsGiftAndQtiAndReadsBack() {
    HttpResponse<Buffer> gift = tutor.get("/authoring/quizzes/opt-m2-quiz/export.gift");
    assertThat(gift.statusCode()).isEqualTo(200);
    assertThat(gift.getHeader("Content-Type")).startsWith("text/plain");
    assertThat(gift.getHeader("Content-Disposition")).contains("opt-m2-quiz.gift");
    assertThat(Integer.parseInt(gift.getHeader("X-Cairn-Export-Notes"))).isPositive();
    assertThat(InterchangeService.importGift(gift.body().getBytes(), null).quiz())
        .isEqualTo(Expressible.gift(published("opt-m2-quiz")));

    HttpResponse<Buffer> qti = tutor.get("/authoring/quizzes/opt-m2-quiz/export.qti.zip");
    assertThat(qti.statusCode()).isEqualTo(200);
    assertThat(qti.getHeader("Content-Type")).isEqualTo("application/zip");
    assertThat(InterchangeService.importQti(qti.body().getBytes(), null).quiz())
        .isEqualTo(Expressible.qti(published("opt-m2-quiz")));
    assertThat(tutor.get("/authoring/quizzes/nope/export.gift").statusCode()).isEqualTo(404);
  }

  @Test
  void theNotesPageListsWhatEachFormatCannotCarry() {
    Document page = tutor.page("/authoring/quizzes/opt-m2-quiz/export-notes");
    assertThat(page.select("#gift-notes li").text()).contains("M2-Q2").contains("no ordering questions");
    assertThat(page.select("#qti-notes li").text()).contains("adjacent-pairs");
  }

  @Test
  void aMoodleGiftFileIsPreviewedWithEveryProblemAndItsLine() throws IOException {
    HttpResponse<Buffer> r = upload("Risk bank.gift", resource("/interchange/moodle-sample.gift"), "check", "", true);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    Document page = Jsoup.parse(r.bodyAsString());
    assertThat(page.select("#import-summary").text()).contains("risk-bank").contains("12 question(s)");
    assertThat(page.select("#problems tr.problem-error")).hasSize(6);
    assertThat(page.select("#problems tr.problem-error").text()).contains("line 60").contains("essay");
    assertThat(page.select("#q-Matching .stem strong").text()).isEqualTo("medium");
    assertThat(page.select("script")).isEmpty();
  }

  @Test
  void aQtiPackageImportsAsADraftOfTheChosenModule() {
    Quiz quiz = published("opt-m3-quiz");
    Quiz copy = new Quiz("opt-m3-quiz-copy", "A copy", quiz.intro(), quiz.settings(), quiz.questions());
    byte[] zip = InterchangeService.exportQti(copy).bytes();
    HttpResponse<Buffer> r = upload("copy.zip", zip, "draft", "opt-m3-presence-process-self-care", true);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(303);
    assertThat(r.getHeader("Location")).startsWith("/authoring/drafts/");
    assertThat(Sql.count(server, "SELECT count(*) FROM authoring_draft WHERE content_id = 'opt-m3-quiz-copy' "
        + "AND origin = 'import'")).isEqualTo(1);
  }

  @Test
  void badUploadsAreRefusedWithAMessage() {
    HttpResponse<Buffer> none = upload("empty.gift", new byte[0], "check", "", true);
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(none.bodyAsString()).select("#form-error").text()).contains("Choose a file");
    HttpResponse<Buffer> wrongKind = upload("quiz.pdf", "x".getBytes(), "check", "", true);
    assertThat(wrongKind.statusCode()).isEqualTo(400);
    HttpResponse<Buffer> noModule = upload("q.gift", "::A:: Q {T}".getBytes(), "draft", "", true);
    assertThat(Jsoup.parse(noModule.bodyAsString()).select("#form-error").text()).contains("module");
    HttpResponse<Buffer> tooBig = upload("big.gift", new byte[3 * 1024 * 1024], "check", "", true);
    assertThat(tooBig.statusCode()).isEqualTo(413);
    HttpResponse<Buffer> noToken = upload("q.gift", "::A:: Q {T}".getBytes(), "check", "", false);
    assertThat(noToken.statusCode()).isEqualTo(403);
  }

  @Test
  void uploadedFilesDoNotStayOnDisk() throws Exception {
    upload("Risk bank.gift", resource("/interchange/moodle-sample.gift"), "check", "", true);
    upload("big.gift", new byte[3 * 1024 * 1024], "check", "", true);
    java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "cairn-interchange-uploads");
    long left = -1;
    for (int i = 0; i < 50 && left != 0; i++) { // deletion runs just after the response ends
      Thread.sleep(100);
      try (var files = java.nio.file.Files.list(dir)) {
        left = files.count();
      }
    }
    assertThat(left).isZero();
  }
}
