package io.cairn.testing;

import io.cairn.content.files.ContentReader;
import io.cairn.content.files.ContentSet;
import io.cairn.content.files.ModuleBundle;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Right and wrong responses to the seed quizzes in quizzes/, in the JSON the attempt API takes
 * ({"selected": [...]}, {"matches": {...}}, {"order": [...]}, {"text": "..."}). The answers come from
 * the quiz files as the app's own ContentReader reads them, so tests and the benchmark stay right
 * when the seed content changes.
 */
public final class SeedAnswers {
  /** Read once: every test that completes a seed module needs it, and parsing the YAML is not free. */
  private static volatile ContentSet seed;

  private SeedAnswers() {}

  /** The seed module with this id, as the server loads it from quizzes/. */
  public static ModuleBundle module(String moduleId) {
    return content().modules().stream().filter(b -> b.module().id().equals(moduleId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the seed content has no module " + moduleId));
  }

  /** {question id: right response} for every answerable question: a submission that scores full marks. */
  public static JsonObject allRight(Quiz quiz) {
    JsonObject responses = new JsonObject();
    quiz.answerableQuestions().forEach(q -> responses.put(q.id(), right(q)));
    return responses;
  }

  /** The response that earns full marks. */
  public static JsonObject right(Question q) {
    if (q instanceof Question.SingleChoice sc) {
      return selected(sc.options().stream().filter(Question.Option::correct).map(Question.Option::id).toList());
    } else if (q instanceof Question.MultipleResponse mr) {
      return selected(mr.options().stream().filter(Question.Option::correct).map(Question.Option::id).toList());
    } else if (q instanceof Question.TrueFalse tf) {
      return selected(List.of(String.valueOf(tf.answer())));
    } else if (q instanceof Question.Matching m) {
      JsonObject matches = new JsonObject();
      m.prompts().forEach(p -> matches.put(p.id(), p.match()));
      return new JsonObject().put("matches", matches);
    } else if (q instanceof Question.Ordering o) {
      return new JsonObject().put("order", new JsonArray(o.items().stream().map(Question.Item::id).toList()));
    } else if (q instanceof Question.ShortText st) {
      return new JsonObject().put("text", st.accept().get(0));
    } else if (q instanceof Question.Numeric n) {
      String value = BigDecimal.valueOf(n.answer()).stripTrailingZeros().toPlainString();
      return new JsonObject().put("text", n.unit() == null ? value : value + " " + n.unit());
    }
    throw new IllegalArgumentException("no right answer for " + q.type() + " " + q.id());
  }

  /**
   * A valid response that earns no marks: one wrong option, the opposite truth value, shifted
   * matches, the reversed order, or a wrong text. (A multiple-response question with no wrong
   * option gets its first option; the seed quizzes have none like that.)
   */
  public static JsonObject wrong(Question q) {
    if (q instanceof Question.SingleChoice sc) {
      return selected(sc.options().stream().filter(o -> !o.correct()).limit(1).map(Question.Option::id).toList());
    } else if (q instanceof Question.MultipleResponse mr) {
      List<String> wrong = mr.options().stream().filter(o -> !o.correct()).limit(1).map(Question.Option::id).toList();
      return selected(wrong.isEmpty() ? List.of(mr.options().get(0).id()) : wrong);
    } else if (q instanceof Question.TrueFalse tf) {
      return selected(List.of(String.valueOf(!tf.answer())));
    } else if (q instanceof Question.Matching m) {
      JsonObject matches = new JsonObject();
      int n = m.prompts().size();
      for (int i = 0; i < n; i++) {
        matches.put(m.prompts().get(i).id(), m.prompts().get((i + 1) % n).match());
      }
      return new JsonObject().put("matches", matches);
    } else if (q instanceof Question.Ordering o) {
      List<String> order = new ArrayList<>(o.items().stream().map(Question.Item::id).toList());
      Collections.reverse(order);
      return new JsonObject().put("order", new JsonArray(order));
    } else if (q instanceof Question.ShortText) {
      return new JsonObject().put("text", "not sure");
    } else if (q instanceof Question.Numeric n) {
      return new JsonObject().put("text", BigDecimal.valueOf(n.answer() * 10 + 1).stripTrailingZeros().toPlainString());
    }
    throw new IllegalArgumentException("no wrong answer for " + q.type() + " " + q.id());
  }

  /** Single choice, multiple response and true/false: the questions answered by picking options. */
  public static boolean isChoice(Question q) {
    return q instanceof Question.SingleChoice || q instanceof Question.MultipleResponse || q instanceof Question.TrueFalse;
  }

  private static JsonObject selected(List<String> ids) {
    return new JsonObject().put("selected", new JsonArray(new ArrayList<Object>(ids)));
  }

  private static ContentSet content() {
    ContentSet s = seed;
    if (s == null) {
      synchronized (SeedAnswers.class) {
        if (seed == null) {
          seed = new ContentReader(Path.of("quizzes"), Path.of("webroot")).read();
        }
        s = seed;
      }
    }
    return s;
  }
}
