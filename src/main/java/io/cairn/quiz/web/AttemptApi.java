package io.cairn.quiz.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.cairn.auth.CurrentUser;
import io.cairn.auth.SessionAuth;
import io.cairn.content.Catalog;
import io.cairn.content.ContentJson;
import io.cairn.errors.InvalidInput;
import io.cairn.errors.NotFound;
import io.cairn.evidence.Disclaimer;
import io.cairn.quiz.QuizVersions.QuizVersion;
import io.cairn.quiz.attempt.Attempt;
import io.cairn.quiz.attempt.AttemptQuestions;
import io.cairn.quiz.attempt.AttemptRepository;
import io.cairn.quiz.attempt.AttemptService;
import io.cairn.quiz.attempt.ReviewPolicy;
import io.cairn.quiz.model.QuizSettings;
import io.cairn.quiz.scoring.QuizScorer;
import io.cairn.quiz.scoring.Response;
import io.cairn.web.JsonBody;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The attempt flow as JSON: start, save answers, submit, result and review. See docs/api.md. */
public final class AttemptApi {
  /** Responses are read strictly: an unknown field (a "score", say) is refused, not ignored. */
  private static final ObjectReader RESPONSE = ContentJson.MAPPER.readerFor(Response.class)
      .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private final Supplier<Catalog> catalog;
  private final AttemptService attempts;
  private final Clock clock;

  private AttemptApi(Supplier<Catalog> catalog, AttemptService attempts, Clock clock) {
    this.catalog = catalog;
    this.attempts = attempts;
    this.clock = clock;
  }

  public static void mount(Router root, Supplier<Catalog> catalog, AttemptService attempts, Clock clock) {
    AttemptApi api = new AttemptApi(catalog, attempts, clock);
    root.get("/api/quizzes/:quizId").handler(api::quiz);
    root.post("/api/quizzes/:quizId/attempts").handler(api::start);
    root.get("/api/attempts/:attemptId").handler(api::attempt);
    root.put("/api/attempts/:attemptId/responses/:questionId").handler(api::saveOne);
    root.post("/api/attempts/:attemptId/responses").handler(api::saveMany);
    root.post("/api/attempts/:attemptId/submit").handler(api::submit);
    root.get("/api/attempts/:attemptId/result").handler(api::result);
  }

  private void quiz(RoutingContext ctx) {
    String id = ctx.pathParam("quizId");
    Catalog.QuizEntry q = catalog.get().quiz(id).orElseThrow(() -> new NotFound("There is no quiz \"" + id + "\"."));
    QuizSettings s = q.quiz().settings();
    ctx.json(new JsonObject().put("id", id).put("title", q.quiz().title()).put("moduleId", q.moduleId())
        .put("version", q.version()).put("questionCount", q.quiz().questions().size())
        .put("passMarkPercent", s.passMarkPercent()).put("timeLimitMinutes", s.timeLimitMinutes())
        .put("attemptsAllowed", s.attemptsAllowed()).put("grading", s.grading().code())
        .put("certaintyBasedMarking", s.certaintyBasedMarking()).put("statement", Disclaimer.STATEMENT));
  }

  private void start(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    String quizId = ctx.pathParam("quizId");
    String moduleId = catalog.get().quiz(quizId).map(Catalog.QuizEntry::moduleId).orElse(null);
    attempts.start(user.id(), quizId, moduleId).compose(a -> attempts.version(a).map(v -> AttemptJson.attempt(a, v, clock.instant())))
        .onSuccess(json -> ctx.response().setStatusCode(201).putHeader("Content-Type", "application/json")
            .putHeader("Location", "/api/attempts/" + json.getLong("id")).end(json.encode()))
        .onFailure(ctx::fail);
  }

  private void attempt(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    attempts.get(user.id(), AttemptRoutes.attemptId(ctx))
        .compose(a -> attempts.version(a).map(v -> AttemptJson.attempt(a, v, clock.instant())))
        .onSuccess(ctx::json).onFailure(ctx::fail);
  }

  private void saveOne(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    String questionId = ctx.pathParam("questionId");
    Response r = response(JsonBody.body(ctx), "response");
    attempts.save(user.id(), AttemptRoutes.attemptId(ctx), Map.of(questionId, r))
        .onSuccess(a -> ctx.json(new JsonObject().put("saved", true).put("questionId", questionId)
            .put("secondsLeft", a.deadline() == null ? null : io.cairn.quiz.attempt.TimeLimit.secondsLeft(a.deadline(), clock.instant()))))
        .onFailure(ctx::fail);
  }

  private void saveMany(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    Map<String, Response> responses = responses(JsonBody.body(ctx));
    attempts.save(user.id(), AttemptRoutes.attemptId(ctx), responses)
        .onSuccess(a -> ctx.json(new JsonObject().put("saved", responses.size())))
        .onFailure(ctx::fail);
  }

  private void submit(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    long id = AttemptRoutes.attemptId(ctx);
    Map<String, Response> last = ctx.body().length() <= 0 ? Map.of() : responses(JsonBody.body(ctx));
    attempts.submit(user.id(), id, last).compose(a -> resultJson(user, a))
        .onSuccess(ctx::json).onFailure(ctx::fail);
  }

  private void result(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    attempts.get(user.id(), AttemptRoutes.attemptId(ctx)).compose(a -> {
      if (!a.submitted()) {
        return Future.failedFuture(new io.cairn.errors.Conflict("This attempt is not submitted yet."));
      }
      return resultJson(user, a);
    }).onSuccess(ctx::json).onFailure(ctx::fail);
  }

  private Future<JsonObject> resultJson(CurrentUser user, Attempt a) {
    return Future.all(attempts.version(a), attempts.history(user.id(), a.quizId())).map(all -> {
      QuizVersion v = all.resultAt(0);
      List<AttemptRepository.Summary> history = all.resultAt(1);
      QuizSettings s = v.quiz().settings();
      Map<String, Response> answers = new HashMap<>();
      a.responses().forEach((q, saved) -> answers.put(q, saved.response()));
      var score = QuizScorer.score(AttemptQuestions.answerable(v.quiz(), a.plan()), answers, s);
      boolean noneLeft = s.attemptsAllowed() > 0 && history.size() >= s.attemptsAllowed();
      return AttemptJson.result(a, v, score, ReviewPolicy.of(s, true, noneLeft, clock.instant()),
          Disclaimer.STATEMENT, clock.instant());
    });
  }

  /** {"responses": {"Q1": {...}, ...}} */
  private static Map<String, Response> responses(JsonObject body) {
    JsonObject map = body.getJsonObject("responses");
    if (map == null) {
      throw new InvalidInput("responses", "Send {\"responses\": {\"<question id>\": {\"selected\": [...]}}}.");
    }
    Map<String, Response> out = new LinkedHashMap<>();
    for (String q : map.fieldNames()) {
      Object v = map.getValue(q);
      if (!(v instanceof JsonObject o)) {
        throw new InvalidInput("responses." + q, "Each response must be a JSON object.");
      }
      out.put(q, response(o, "responses." + q));
    }
    return out;
  }

  static Response response(JsonObject json, String field) {
    try {
      return RESPONSE.readValue(json.encode());
    } catch (UnrecognizedPropertyException e) {
      throw new InvalidInput(field + "." + e.getPropertyName(), "\"" + e.getPropertyName()
          + "\" is not part of a response; send only selected, matches, order, text and certainty.");
    } catch (JsonProcessingException e) {
      throw new InvalidInput(field, "This response cannot be read: " + e.getOriginalMessage());
    }
  }
}
