package io.cairn.evidence.cpd;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.content.files.ModuleBundle;
import io.cairn.content.model.Module;
import io.cairn.content.model.Unit;
import io.cairn.content.model.UnitType;
import io.cairn.quiz.model.Quiz;
import io.cairn.testing.ApiClient;
import io.cairn.testing.Browser;
import io.cairn.testing.SeedAnswers;
import io.cairn.testing.Sql;
import io.cairn.testing.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;

/**
 * Completes the seed module 1 as a learner would: every unit marked done through the pages, the
 * reflection saved, and the quiz passed through the JSON API with the right answers read from
 * quizzes/opt-m1-safe-practice/quiz.yaml (see {@link SeedAnswers}).
 */
public final class ModuleOne {
  public static final String MODULE = "opt-m1-safe-practice";
  public static final String QUIZ = "opt-m1-quiz";
  public static final String REFLECTION_UNIT = "self-audit";
  public static final String PASSWORD = "a sturdy passphrase 123";

  private static final ModuleBundle SEED = SeedAnswers.module(MODULE);

  private ModuleOne() {}

  /** One person, signed in twice: through the pages and through the JSON API. */
  public record Learner(String name, String email, long id, Browser web, ApiClient api) {}

  public static Module module() {
    return SEED.module();
  }

  public static Quiz quiz() {
    return SEED.quizzes().stream().filter(q -> q.id().equals(QUIZ)).findFirst().orElseThrow();
  }

  public static Learner signUp(TestServer server, String name, String email) {
    Browser web = new Browser(server.cairn().vertx(), server.baseUrl());
    assertThat(web.signUp(name, email, PASSWORD).statusCode()).isEqualTo(303);
    ApiClient api = new ApiClient(server.cairn().vertx(), server.baseUrl());
    assertThat(api.signIn(email, PASSWORD).statusCode()).isEqualTo(200);
    long id = ((Number) Sql.single(server, "SELECT id FROM account WHERE email = '" + email + "'")).longValue();
    return new Learner(name, email, id, web, api);
  }

  /** Marks every film, audio, reading and activity done and saves the reflection. */
  public static void doUnits(Learner l, String reflection) {
    for (Unit u : module().units()) {
      String page = "/modules/" + MODULE + "/units/" + u.id();
      l.web().get(page);
      if (u.type() == UnitType.REFLECTION) {
        assertThat(l.web().post(page + "/reflection", Map.of("reflection", reflection)).statusCode()).isEqualTo(303);
      } else if (u.type() != UnitType.QUIZ) {
        assertThat(l.web().post(page + "/done", Map.of()).statusCode()).isEqualTo(303);
      }
    }
  }

  /** Starts and submits an attempt; returns the result JSON. */
  public static JsonObject attempt(Learner l, boolean right) {
    HttpResponse<Buffer> started = l.api().post("/api/quizzes/" + QUIZ + "/attempts", null);
    assertThat(started.statusCode()).as(started.bodyAsString()).isEqualTo(201);
    long id = started.bodyAsJsonObject().getLong("id");
    JsonObject responses = right ? SeedAnswers.allRight(quiz()) : wrongChoices();
    HttpResponse<Buffer> submitted = l.api().post("/api/attempts/" + id + "/submit", new JsonObject().put("responses", responses));
    assertThat(submitted.statusCode()).as(submitted.bodyAsString()).isEqualTo(200);
    return submitted.bodyAsJsonObject();
  }

  public static void complete(Learner l, String reflection) {
    doUnits(l, reflection);
    assertThat(attempt(l, true).getBoolean("passed")).isTrue();
  }

  /** A wrong pick for every choice question; the others are left unanswered (no credit). */
  private static JsonObject wrongChoices() {
    JsonObject responses = new JsonObject();
    quiz().answerableQuestions().stream().filter(SeedAnswers::isChoice).forEach(q -> responses.put(q.id(), SeedAnswers.wrong(q)));
    return responses;
  }
}
