package io.cairn.lti.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.content.Catalog;
import io.cairn.lti.ToolEndpoints;
import io.cairn.testing.TestServer;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LandingTest {
  static TestServer server;
  static Catalog catalog;
  static final ToolEndpoints TOOL = ToolEndpoints.of(URI.create("https://cairn.example"));

  @BeforeAll
  static void start() {
    server = TestServer.start();
    catalog = server.cairn().catalog();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Landing resolve(String target, Map<String, String> custom) {
    return Landing.resolve(catalog, TOOL, target, custom::get);
  }

  @Test
  void customParametersWin() {
    assertThat(resolve("https://cairn.example/", Map.of("cairn_module", "opt-m2-risk-at-a-distance")).path())
        .isEqualTo("/modules/opt-m2-risk-at-a-distance");
    Landing quiz = resolve("https://cairn.example/", Map.of("cairn_quiz", "opt-m1-quiz"));
    assertThat(quiz.path()).startsWith("/modules/opt-m1-safe-practice/units/");
    assertThat(quiz.quizId()).isEqualTo("opt-m1-quiz");
  }

  @Test
  void theTargetLinkUriNamesAModuleOrQuiz() {
    assertThat(resolve("https://cairn.example/modules/opt-m3-presence-process-self-care?x=1", Map.of()).path())
        .isEqualTo("/modules/opt-m3-presence-process-self-care");
    assertThat(resolve("https://cairn.example/quizzes/opt-m2-quiz", Map.of()).moduleId())
        .isEqualTo("opt-m2-risk-at-a-distance");
  }

  @Test
  void anythingElseOpensTheModuleList() {
    assertThat(resolve("https://cairn.example/modules/no-such-module", Map.of("cairn_quiz", "no-such-quiz")).path())
        .isEqualTo("/");
    assertThat(resolve("https://elsewhere.example/modules/opt-m1-safe-practice", Map.of()).path()).isEqualTo("/");
  }
}
