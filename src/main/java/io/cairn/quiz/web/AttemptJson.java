package io.cairn.quiz.web;

import io.cairn.quiz.QuizVersions.QuizVersion;
import io.cairn.quiz.attempt.Attempt;
import io.cairn.quiz.attempt.AttemptQuestions;
import io.cairn.quiz.attempt.ReviewPolicy;
import io.cairn.quiz.attempt.TimeLimit;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.scoring.AttemptScore;
import io.cairn.quiz.scoring.CompetenceScore;
import io.cairn.quiz.scoring.QuestionScore;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * Attempts as JSON. Questions carry ids and texts only; the answer key appears in a result only
 * when the review policy allows it.
 */
final class AttemptJson {
  private AttemptJson() {}

  static JsonObject attempt(Attempt a, QuizVersion v, Instant now) {
    JsonArray questions = new JsonArray();
    for (Question q : AttemptQuestions.topLevel(v.quiz(), a.plan())) {
      questions.add(question(q, a));
    }
    JsonObject responses = new JsonObject();
    a.responses().forEach((q, saved) -> responses.put(q, JsonObject.mapFrom(saved.response())
        .put("checked", saved.checked())));
    return summary(a, now).put("quizTitle", v.quiz().title()).put("quizVersion", v.version())
        .put("settings", new JsonObject()
            .put("passMarkPercent", v.quiz().settings().passMarkPercent())
            .put("timeLimitMinutes", v.quiz().settings().timeLimitMinutes())
            .put("attemptsAllowed", v.quiz().settings().attemptsAllowed())
            .put("certaintyBasedMarking", v.quiz().settings().certaintyBasedMarking()))
        .put("questions", questions).put("responses", responses);
  }

  static JsonObject summary(Attempt a, Instant now) {
    JsonObject json = new JsonObject()
        .put("id", a.id()).put("quizId", a.quizId()).put("number", a.number())
        .put("state", a.submitted() ? "submitted" : "in_progress")
        .put("startedAt", a.startedAt().toString())
        .put("deadline", a.deadline() == null ? null : a.deadline().toString());
    if (!a.submitted()) {
      json.put("secondsLeft", a.deadline() == null ? null : TimeLimit.secondsLeft(a.deadline(), now));
    } else {
      json.put("submittedAt", a.submittedAt().toString()).put("submittedBy", a.submittedBy())
          .put("percent", a.percent().doubleValue()).put("passed", a.passed());
    }
    return json;
  }

  private static JsonObject question(Question q, Attempt a) {
    JsonObject json = new JsonObject().put("id", q.id()).put("type", q.type().code());
    if (q instanceof Question.Scenario s) {
      JsonArray subs = new JsonArray();
      s.questions().forEach(sub -> subs.add(question(sub, a)));
      return json.put("vignette", s.vignette()).put("questions", subs);
    }
    json.put("stem", q.stem()).put("points", q.points());
    List<String> order = a.plan().optionOrder().getOrDefault(q.id(), List.of());
    if (q instanceof Question.SingleChoice sc) {
      json.put("options", ordered(order, sc.options().stream().map(o -> new JsonObject().put("id", o.id()).put("text", o.text())).toList()));
    } else if (q instanceof Question.MultipleResponse mr) {
      json.put("options", ordered(order, mr.options().stream().map(o -> new JsonObject().put("id", o.id()).put("text", o.text())).toList()));
    } else if (q instanceof Question.TrueFalse) {
      json.put("options", new JsonArray().add(new JsonObject().put("id", "true").put("text", "True"))
          .add(new JsonObject().put("id", "false").put("text", "False")));
    } else if (q instanceof Question.Matching m) {
      json.put("prompts", new JsonArray(m.prompts().stream().map(p -> (Object) new JsonObject().put("id", p.id()).put("text", p.text())).toList()));
      json.put("choices", ordered(order, m.choices().stream().map(c -> new JsonObject().put("id", c.id()).put("text", c.text())).toList()));
    } else if (q instanceof Question.Ordering o) {
      json.put("items", ordered(order, o.items().stream().map(i -> new JsonObject().put("id", i.id()).put("text", i.text())).toList()));
    } else if (q instanceof Question.Numeric n) {
      json.put("unit", n.unit());
    }
    return json;
  }

  /** In the order this attempt shows them. */
  private static JsonArray ordered(List<String> order, List<JsonObject> items) {
    JsonArray out = new JsonArray();
    for (String id : order) {
      items.stream().filter(i -> i.getString("id").equals(id)).findFirst().ifPresent(out::add);
    }
    return out;
  }

  /** The answer key of one question, for a review that may show it. */
  static JsonObject key(Question q) {
    JsonObject key = new JsonObject();
    if (q instanceof Question.SingleChoice sc) {
      key.put("selected", new JsonArray(sc.options().stream().filter(Question.Option::correct).map(Question.Option::id).toList()));
    } else if (q instanceof Question.MultipleResponse mr) {
      key.put("selected", new JsonArray(mr.options().stream().filter(Question.Option::correct).map(Question.Option::id).toList()));
    } else if (q instanceof Question.TrueFalse tf) {
      key.put("selected", new JsonArray().add(String.valueOf(tf.answer())));
    } else if (q instanceof Question.Matching m) {
      JsonObject matches = new JsonObject();
      m.prompts().forEach(p -> matches.put(p.id(), p.match()));
      key.put("matches", matches);
    } else if (q instanceof Question.Ordering o) {
      key.put("order", new JsonArray(o.items().stream().map(Question.Item::id).toList()));
    } else if (q instanceof Question.ShortText st) {
      key.put("accept", new JsonArray(st.accept())).put("pattern", st.pattern());
    } else if (q instanceof Question.Numeric n) {
      key.put("answer", n.answer()).put("tolerance", n.tolerance()).put("toleranceMode", n.toleranceMode().code())
          .put("unit", n.unit());
    }
    return key;
  }

  static JsonObject result(Attempt a, QuizVersion v, AttemptScore score, ReviewPolicy policy, String statement, Instant now) {
    JsonArray competences = new JsonArray();
    for (CompetenceScore c : score.competences()) {
      competences.add(new JsonObject().put("competenceId", c.competenceId()).put("questionIds", new JsonArray(c.questionIds()))
          .put("points", c.points()).put("maxPoints", c.maxPoints()).put("percent", c.percent())
          .put("evidenceLevel", c.strongestEvidence().code()));
    }
    JsonArray questions = new JsonArray();
    for (QuestionScore q : score.questions()) {
      JsonObject json = new JsonObject().put("questionId", q.questionId());
      if (policy.responses()) {
        Attempt.SavedResponse saved = a.responses().get(q.questionId());
        json.put("response", saved == null ? null : JsonObject.mapFrom(saved.response()));
      }
      if (policy.correctness()) {
        json.put("correctness", q.correctness().code()).put("points", q.points()).put("maxPoints", q.maxPoints());
      }
      if (policy.feedback()) {
        json.put("feedback", new JsonArray(q.feedback()));
      }
      if (policy.correctAnswers()) {
        v.quiz().question(q.questionId()).ifPresent(question -> json.put("correctAnswer", key(question)));
      }
      questions.add(json);
    }
    return summary(a, now).put("statement", statement)
        .put("points", score.totalPoints()).put("maxPoints", score.maxPoints())
        .put("competences", competences)
        .put("review", new JsonObject().put("responses", policy.responses()).put("correctness", policy.correctness())
            .put("feedback", policy.feedback()).put("correctAnswers", policy.correctAnswers()))
        .put("questions", questions);
  }
}
