package io.cairn.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.testing.Browser;
import io.cairn.testing.ContentFixture;
import io.cairn.testing.Jdbc;
import io.cairn.testing.TestDatabase;
import io.cairn.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An invalid module never takes the valid ones down, and admins are shown what is wrong. */
class BrokenContentTest {
  static final String M2 = "opt-m2-risk-at-a-distance";
  static final String M2_QUIZ = "quizzes/" + M2 + "/quiz.yaml";

  @TempDir
  Path dir;

  private Path copyOfSeedContent() {
    ContentFixture.copyTree(Path.of("quizzes"), dir.resolve("quizzes"));
    return dir.resolve("quizzes");
  }

  /** Makes the first single_choice of module 2's quiz (inside its first scenario) an unknown type; returns the line it is on. */
  private int breakModuleTwo() throws IOException {
    Path quiz = dir.resolve(M2_QUIZ);
    String text = Files.readString(quiz);
    String broken = text.replaceFirst("type: single_choice", "type: single_choise");
    assertThat(broken).isNotEqualTo(text);
    Files.writeString(quiz, broken);
    return ContentFixture.lineOf(broken, "type: single_choise");
  }

  private static TestServer start(String database, Path content) {
    return TestServer.start(Map.of("CAIRN_DATABASE_URL", database, "CAIRN_CONTENT_DIR", content.toString()));
  }

  private static void assertAdminSeesTheProblem(TestServer server, int line) {
    try (Browser admin = new Browser(server.cairn().vertx(), server.baseUrl())) {
      admin.signIn(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
      Document page = admin.page("/admin/content");
      assertThat(page.select("caption").text()).isEqualTo("1 problem(s)");
      Element row = page.selectFirst("tbody tr");
      assertThat(row.select("td").eachText()).containsExactly(M2_QUIZ, String.valueOf(line), "questions[0].questions[0].type",
          "unknown question type 'single_choise'; expected one of single_choice, multiple_response, true_false, "
              + "matching, ordering, short_text, numeric, scenario");
    }
  }

  @Test
  void anInvalidModuleIsSkippedAndTheOthersAreServed() throws IOException {
    Path content = copyOfSeedContent();
    int line = breakModuleTwo();
    try (TestServer server = start(TestDatabase.create(), content);
         Browser learner = new Browser(server.cairn().vertx(), server.baseUrl())) {
      learner.signUp("Nat Noble", "nat@example.org", "a long enough passphrase");
      Document home = learner.page("/");
      assertThat(home.select(".card h2").eachText()).containsExactly(
          "Setting up safe OPT practice: media, contracting and data protection",
          "Presence, process and self-care across video, phone and text");
      assertThat(learner.get("/modules/" + M2).statusCode()).isEqualTo(404);
      assertThat(learner.get("/modules/opt-m3-presence-process-self-care/units/the-silence-you-cant-see").statusCode())
          .isEqualTo(200);
      assertThat(learner.get("/health").bodyAsJsonObject().getString("status")).isEqualTo("up");
      assertAdminSeesTheProblem(server, line);
    }
  }

  @Test
  void aModuleThatBreaksKeepsItsLastGoodVersion() throws IOException {
    Path content = copyOfSeedContent();
    String database = TestDatabase.create();
    String title;
    try (TestServer server = start(database, content);
         Browser b = new Browser(server.cairn().vertx(), server.baseUrl())) {
      title = b.page("/modules/" + M2).select("h1").text();
      assertThat(title).isEqualTo("Risk and safeguarding at a distance");
    }
    int line = breakModuleTwo();
    // a changed title in the broken module must not reach learners
    Path module = content.resolve(M2).resolve("module.yaml");
    Files.writeString(module, Files.readString(module).replaceFirst("(?m)^title: .*$", "title: A title never published"));

    try (TestServer server = start(database, content);
         Browser b = new Browser(server.cairn().vertx(), server.baseUrl())) {
      assertThat(b.page("/").select(".card h2").eachText()).hasSize(3).contains(title)
          .doesNotContain("A title never published");
      assertThat(b.get("/modules/" + M2).statusCode()).isEqualTo(200);
      assertAdminSeesTheProblem(server, line);
    }
    assertThat(Jdbc.number(database, "SELECT count(*) FROM module_version WHERE module_id = '" + M2 + "'")).isEqualTo(1);
    assertThat(Jdbc.number(database, "SELECT count(*) FROM quiz_version WHERE quiz_id = 'opt-m2-quiz'")).isEqualTo(1);
  }
}
