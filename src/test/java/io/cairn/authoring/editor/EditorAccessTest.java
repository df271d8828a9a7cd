package io.cairn.authoring.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.testing.Browser;
import io.cairn.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A learner reaches no editor route: every one answers 403 (and signs nobody in). */
class EditorAccessTest {
  static TestServer server;

  static final List<String> GETS = List.of("/authoring", "/authoring/drafts/1", "/authoring/drafts/1/questions/new?type=numeric",
      "/authoring/drafts/1/questions/Q1", "/authoring/drafts/1/units/new?type=reading", "/authoring/drafts/1/units/u",
      "/authoring/drafts/1/file", "/authoring/drafts/1/compare", "/authoring/drafts/1/download",
      "/authoring/drafts/1/preview", "/authoring/drafts/1/publish", "/authoring/competences?q=risk",
      "/authoring/quizzes/opt-m1-quiz/export", "/authoring/modules/opt-m1-safe-practice/export");
  static final List<String> POSTS = List.of("/authoring/modules", "/authoring/quizzes", "/authoring/quizzes/opt-m1-quiz/edit",
      "/authoring/modules/opt-m1-safe-practice/edit", "/authoring/drafts/1", "/authoring/drafts/1/questions",
      "/authoring/drafts/1/questions/Q1", "/authoring/drafts/1/questions/Q1/move", "/authoring/drafts/1/questions/Q1/delete",
      "/authoring/drafts/1/units", "/authoring/drafts/1/units/u", "/authoring/drafts/1/units/u/move",
      "/authoring/drafts/1/units/u/delete", "/authoring/drafts/1/publish", "/authoring/drafts/1/discard",
      "/authoring/preview", "/authoring/import");

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aLearnerGets403OnEveryEditorRoute() {
    Browser b = new Browser(server.cairn().vertx(), server.baseUrl());
    b.signUp("Lee Learner", "lee@example.org", "a sturdy passphrase 123");
    b.get("/");
    for (String path : GETS) {
      assertThat(b.get(path).statusCode()).as("GET %s", path).isEqualTo(403);
    }
    for (String path : POSTS) {
      assertThat(b.post(path, Map.of("revision", "1", "id", "x", "title", "x", "module", "opt-m1-safe-practice")).statusCode())
          .as("POST %s", path).isEqualTo(403);
    }
  }

  @Test
  void someoneSignedOutIsSentToSignIn() {
    Browser b = new Browser(server.cairn().vertx(), server.baseUrl());
    assertThat(b.get("/authoring").statusCode()).isEqualTo(303);
  }
}
