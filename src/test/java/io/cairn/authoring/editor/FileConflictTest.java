package io.cairn.authoring.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.testing.Browser;
import io.cairn.testing.ContentFixture;
import io.cairn.testing.Sql;
import io.cairn.testing.TestDatabase;
import io.cairn.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file change and a web edit never overwrite each other silently; and every instance on one
 * database serves what another published (LISTEN/NOTIFY).
 */
class FileConflictTest {
  static final String QUIZ_FILE = "opt-m1-safe-practice/quiz.yaml";

  static Browser tutor(TestServer s) {
    Browser b = new Browser(s.cairn().vertx(), s.baseUrl());
    b.signIn(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
    b.get("/authoring");
    return b;
  }

  static void publishTitle(TestServer s, String quizId, String title) {
    Browser b = tutor(s);
    var r = b.post("/authoring/quizzes/" + quizId + "/edit", Map.of());
    String draft = r.getHeader("Location");
    String rev = b.page(draft).selectFirst("input[name=revision]").attr("value");
    assertThat(b.post(draft, Map.of("revision", rev, "title", title, "action", "save")).statusCode()).isEqualTo(303);
    rev = b.page(draft).selectFirst("input[name=revision]").attr("value");
    assertThat(b.post(draft + "/publish", Map.of("revision", rev)).statusCode()).isEqualTo(303);
  }

  @Test
  void aChangedFileDoesNotReplaceANewerWebVersionButWaitsAsADraft(@TempDir Path dir) throws Exception {
    Path content = dir.resolve("quizzes");
    ContentFixture.copyTree(Path.of("quizzes"), content);
    String db = TestDatabase.create();
    Map<String, String> env = Map.of("CAIRN_DATABASE_URL", db, "CAIRN_CONTENT_DIR", content.toString());
    try (TestServer first = TestServer.start(env)) {
      publishTitle(first, "opt-m1-quiz", "Edited on the web");
      assertThat(first.cairn().catalog().quiz("opt-m1-quiz").orElseThrow().version()).isEqualTo(2);
    }
    // an unchanged file at the next start keeps the web version
    try (TestServer again = TestServer.start(env)) {
      assertThat(again.cairn().catalog().quiz("opt-m1-quiz").orElseThrow().quiz().title()).isEqualTo("Edited on the web");
    }
    Path file = content.resolve(QUIZ_FILE);
    Files.writeString(file, Files.readString(file).replace("pass_mark_percent: 70", "pass_mark_percent: 75"));
    try (TestServer restarted = TestServer.start(env)) {
      var current = restarted.cairn().catalog().quiz("opt-m1-quiz").orElseThrow();
      assertThat(current.quiz().title()).isEqualTo("Edited on the web");
      assertThat(current.version()).isEqualTo(2);
      long fileDraft = (Long) Sql.single(restarted, "SELECT id FROM authoring_draft WHERE origin = 'file' AND state = 'open'"
          + " AND content_id = 'opt-m1-quiz'");
      assertThat(Sql.single(restarted, "SELECT label FROM authoring_draft WHERE id = " + fileDraft)).isEqualTo("changed in quizzes/");
      Browser b = tutor(restarted);
      assertThat(b.page("/authoring").select("a[href=/authoring/drafts/" + fileDraft + "/compare]").text())
          .contains("changed in quizzes/");
      Document compare = b.page("/authoring/drafts/" + fileDraft + "/compare");
      assertThat(compare.select("tr.added").text()).contains("pass_mark_percent: 75");
      assertThat(compare.select("tr.removed").text()).contains("Edited on the web");
      // "publish the file version"
      String rev = compare.selectFirst("input[name=revision]").attr("value");
      assertThat(b.post("/authoring/drafts/" + fileDraft + "/publish", Map.of("revision", rev)).statusCode()).isEqualTo(303);
      current = restarted.cairn().catalog().quiz("opt-m1-quiz").orElseThrow();
      assertThat(current.version()).isEqualTo(3);
      assertThat(current.quiz().settings().passMarkPercent()).isEqualTo(75);
      assertThat(Sql.single(restarted, "SELECT source FROM quiz_version WHERE id = " + current.versionId())).isEqualTo("file");
      assertThat(Sql.single(restarted, "SELECT file_path FROM content_version_origin WHERE kind = 'quiz' AND version_id = "
          + current.versionId())).isEqualTo("quizzes/" + QUIZ_FILE);
    }
    // now the file is the newest: its next change loads directly, as before
    Files.writeString(file, Files.readString(file).replace("pass_mark_percent: 75", "pass_mark_percent: 80"));
    try (TestServer last = TestServer.start(env)) {
      assertThat(last.cairn().catalog().quiz("opt-m1-quiz").orElseThrow().quiz().settings().passMarkPercent()).isEqualTo(80);
    }
  }

  @Test
  void aWebDraftMadeBeforeAFileChangeIsFlaggedAndNeedsConfirming(@TempDir Path dir) {
    Path content = dir.resolve("quizzes");
    ContentFixture.copyTree(Path.of("quizzes"), content);
    String db = TestDatabase.create();
    Map<String, String> env = Map.of("CAIRN_DATABASE_URL", db, "CAIRN_CONTENT_DIR", content.toString());
    String draft;
    try (TestServer first = TestServer.start(env)) {
      draft = tutor(first).post("/authoring/quizzes/opt-m2-quiz/edit", Map.of()).getHeader("Location");
    }
    try {
      Path file = content.resolve("opt-m2-risk-at-a-distance/quiz.yaml");
      Files.writeString(file, Files.readString(file).replace("pass_mark_percent: 70", "pass_mark_percent: 71"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try (TestServer second = TestServer.start(env)) {
      assertThat(second.cairn().catalog().quiz("opt-m2-quiz").orElseThrow().version()).isEqualTo(2);
      Browser b = tutor(second);
      assertThat(b.page(draft).text()).contains("Out of date");
      String rev = b.page(draft).selectFirst("input[name=revision]").attr("value");
      var refused = b.post(draft + "/publish", Map.of("revision", rev));
      assertThat(refused.getHeader("Location")).endsWith("/compare?stale=1");
      assertThat(b.post(draft + "/publish", Map.of("revision", rev, "confirm", "yes")).statusCode()).isEqualTo(303);
      // the tutor chose the draft, made from version 1: its content is current again, over the file's change
      assertThat(second.cairn().catalog().quiz("opt-m2-quiz").orElseThrow().quiz().settings().passMarkPercent())
          .isEqualTo(70);
    }
  }

  @Test
  void anotherInstanceServesWhatOnePublished() {
    String db = TestDatabase.create();
    try (TestServer a = TestServer.start(Map.of("CAIRN_DATABASE_URL", db));
         TestServer b = TestServer.start(Map.of("CAIRN_DATABASE_URL", db))) {
      assertThat(b.cairn().catalog().quiz("opt-m3-quiz").orElseThrow().version()).isEqualTo(1);
      publishTitle(a, "opt-m3-quiz", "Published on instance A");
      waitUntil(Duration.ofSeconds(10), "instance B to serve version 2",
          () -> b.cairn().catalog().quiz("opt-m3-quiz").orElseThrow().version() == 2);
      assertThat(b.cairn().catalog().quiz("opt-m3-quiz").orElseThrow().quiz().title()).isEqualTo("Published on instance A");
    }
  }

  /** Polls the condition until it holds or the time is up (as WebDriverWait does). */
  static void waitUntil(Duration timeout, String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + timeout + " waiting for " + what);
      }
      Thread.onSpinWait();
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
