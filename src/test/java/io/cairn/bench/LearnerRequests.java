package io.cairn.bench;

import io.cairn.bench.Learners.Learner;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;

/**
 * The three calls of an attempt, as a signed-in learner makes them through the JSON API, each
 * checked: a benchmark that counts error responses as work would be worthless.
 */
final class LearnerRequests {
  /** A call that did not answer as expected. */
  static final class StepFailed extends RuntimeException {
    private final String step;

    StepFailed(String step, int status, String body) {
      super(step + " -> " + status + ": " + (body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body));
      this.step = step;
    }

    String step() {
      return step;
    }
  }

  private final WebClient client;

  LearnerRequests(WebClient client) {
    this.client = client;
  }

  /** POST /api/quizzes/{quiz}/attempts: must answer 201; gives the attempt id. */
  Future<Long> start(Learner l, String quizId) {
    return signedIn(client.post("/api/quizzes/" + quizId + "/attempts"), l).send()
        .map(r -> expect("start", 201, r).getLong("id"));
  }

  /** POST /api/attempts/{id}/responses with {"responses": {...}}: must answer 200. */
  Future<Void> save(Learner l, long attemptId, Buffer answers) {
    return signedIn(client.post("/api/attempts/" + attemptId + "/responses"), l)
        .putHeader("Content-Type", "application/json").sendBuffer(answers)
        .map(r -> {
          expect("save", 200, r);
          return null;
        });
  }

  /** POST /api/attempts/{id}/submit: must answer 200 with "state": "submitted". */
  Future<Void> submit(Learner l, long attemptId) {
    return signedIn(client.post("/api/attempts/" + attemptId + "/submit"), l).send().map(r -> {
      JsonObject json = expect("submit", 200, r);
      if (!"submitted".equals(json.getString("state"))) {
        throw new StepFailed("submit", r.statusCode(), "state is " + json.getString("state"));
      }
      return null;
    });
  }

  private static HttpRequest<Buffer> signedIn(HttpRequest<Buffer> request, Learner l) {
    return request.putHeader("Cookie", l.cookie()).putHeader("X-CSRF-Token", l.csrf()).timeout(60_000);
  }

  private static JsonObject expect(String step, int status, HttpResponse<Buffer> r) {
    if (r.statusCode() != status) {
      throw new StepFailed(step, r.statusCode(), r.bodyAsString());
    }
    return r.bodyAsJsonObject();
  }
}
