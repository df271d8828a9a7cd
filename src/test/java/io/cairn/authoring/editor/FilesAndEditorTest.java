package io.cairn.authoring.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.content.files.Problem;
import io.cairn.testing.Browser;
import io.cairn.testing.ContentFixture;
import io.cairn.testing.TestServer;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.multipart.MultipartForm;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files and the editor meet: the same messages, and export then import gives the same content. */
class FilesAndEditorTest {
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
    b.signIn(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
    b.get("/authoring");
    return b;
  }

  static HttpResponse<Buffer> upload(Browser b, String kind, String module, String name, Buffer content, String type) {
    MultipartForm form = MultipartForm.create().attribute("_csrf", b.csrf()).attribute("kind", kind)
        .attribute("module", module).binaryFileUpload("file", name, content, type);
    return b.client().postAbs(server.baseUrl() + "/authoring/import").putHeader("Accept", "text/html")
        .sendMultipartForm(form).await();
  }

  @Test
  void aBrokenQuizGetsTheSameMessagesAsAFileAndAsAnImport(@TempDir Path dir) {
    ContentFixture fixture = ContentFixture.valid(dir).quiz(ContentFixture.QUESTION_Q1
        .replace("type: single_choice", "type: single_choise") + ContentFixture.QUESTION_Q1
        .replace("id: Q1", "id: Q2").replace("correct: true", "correct: maybe").replace("Pick one.", "\"Pick"));
    List<Problem> fromFile = fixture.readContent().problems().stream()
        .filter(p -> p.file().equals(ContentFixture.QUIZ_FILE)).toList();
    assertThat(fromFile).isNotEmpty();
    String text = fixture.read(ContentFixture.QUIZ_FILE);
    List<Problem> fromEditor = io.cairn.content.files.DraftReader.quiz("quiz.yaml", text, java.util.Set.of("C-1.1", "C-1.2", "C-2.1"),
        java.util.Set.of("test-quiz")).problems();
    assertThat(fromEditor.stream().map(p -> p.line() + " " + p.path() + " " + p.message()).toList())
        .isEqualTo(fromFile.stream().map(p -> p.line() + " " + p.path() + " " + p.message()).toList());

    Browser b = tutor();
    var broken = "id: opt-m1-quiz\ntitle: T\nquestions:\n  - id: Q1\n    type: single_choise\n    stem: S\n";
    HttpResponse<Buffer> r = upload(b, "quiz", "opt-m1-safe-practice", "quiz.yaml", Buffer.buffer(broken), "text/yaml");
    assertThat(r.statusCode()).isEqualTo(400);
    var expected = io.cairn.content.files.DraftReader.quiz("quiz.yaml", broken,
        io.cairn.authoring.draft.DraftContext.competences(server.cairn().catalog().framework("bacp-opt-adults").orElseThrow().framework()),
        null).problems();
    List<String> shown = Jsoup.parse(r.bodyAsString()).select("ul.problems li").eachText();
    assertThat(shown).containsExactlyElementsOf(expected.stream().map(p -> p.file() + ":" + p.line() + ": "
        + (p.path().isEmpty() ? "" : p.path() + ": ") + p.message()).toList());
  }

  @Test
  void exportThenImportAQuizAndAModuleGivesTheSameContent() {
    Browser b = tutor();
    var quiz = server.cairn().catalog().quiz("opt-m3-quiz").orElseThrow().quiz();
    HttpResponse<Buffer> exported = b.get("/authoring/quizzes/opt-m3-quiz/export");
    assertThat(exported.statusCode()).isEqualTo(200);
    HttpResponse<Buffer> imported = upload(b, "quiz", "opt-m3-presence-process-self-care", "q.quiz.yaml", exported.body(), "text/yaml");
    assertThat(imported.statusCode()).as(imported.bodyAsString()).isEqualTo(303);
    long draft = Long.parseLong(imported.getHeader("Location").replaceAll("\\D", ""));
    var reading = io.cairn.content.files.DraftReader.quiz("q", (String) io.cairn.testing.Sql.single(server,
        "SELECT yaml FROM authoring_draft WHERE id = " + draft), java.util.Set.of(), null);
    assertThat(reading.value()).contains(quiz);
    assertThat(io.cairn.testing.Sql.single(server, "SELECT label FROM authoring_draft WHERE id = " + draft))
        .isEqualTo("imported from a file");

    var module = server.cairn().catalog().module("opt-m2-risk-at-a-distance").orElseThrow().module();
    HttpResponse<Buffer> zip = b.get("/authoring/modules/opt-m2-risk-at-a-distance/export");
    assertThat(zip.getHeader("Content-Type")).isEqualTo("application/zip");
    var folder = io.cairn.authoring.files.ModuleZip.read(zip.body().getBytes());
    assertThat(folder.quizzes()).containsKey("opt-m2-quiz.quiz.yaml");
    HttpResponse<Buffer> back = upload(b, "module", "", "m2.zip", zip.body(), "application/zip");
    assertThat(back.statusCode()).as(back.bodyAsString()).isEqualTo(303);
    long moduleDraft = Long.parseLong(back.getHeader("Location").replaceAll("\\D", ""));
    Map<String, Object> row = Map.of("yaml", io.cairn.testing.Sql.single(server,
        "SELECT yaml FROM authoring_draft WHERE id = " + moduleDraft));
    assertThat(row.get("yaml")).isEqualTo(io.cairn.content.files.ModuleWriter.write(module).moduleYaml());
    // the draft of an unchanged module publishes as the same version: nothing new
    String rev = b.page("/authoring/drafts/" + moduleDraft).selectFirst("input[name=revision]").attr("value");
    assertThat(b.post("/authoring/drafts/" + moduleDraft + "/publish", Map.of("revision", rev)).statusCode()).isEqualTo(303);
    assertThat(server.cairn().catalog().module("opt-m2-risk-at-a-distance").orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void aZipWithSomethingElseIsRefused() {
    Browser b = tutor();
    HttpResponse<Buffer> r = upload(b, "module", "", "x.zip", Buffer.buffer("not a zip"), "application/zip");
    assertThat(r.statusCode()).isEqualTo(400);
    MultiMap none = MultiMap.caseInsensitiveMultiMap();
    assertThat(none.isEmpty()).isTrue();
  }
}
