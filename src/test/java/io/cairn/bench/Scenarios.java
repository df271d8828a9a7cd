package io.cairn.bench;

import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import io.cairn.testing.SeedAnswers;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the simulated learners work on: the seed quizzes, and the answers they save, right or wrong
 * per question so that some learners pass and some fail, as real ones would.
 */
final class Scenarios {
  static final List<String> QUIZZES = List.of("opt-m1-quiz", "opt-m2-quiz", "opt-m3-quiz");
  static final String PAGE_QUIZ = "opt-m1-quiz";
  /** Share of questions answered right in the attempt flow and submit-only. */
  static final double P_RIGHT = 0.75;
  /** Different answer sets per quiz, so learners do not all score the same. */
  static final int VARIANTS = 8;

  private Scenarios() {}

  /** Per quiz, {@link #VARIANTS} bodies for POST /api/attempts/{id}/responses; fixed seed, so every run sends the same. */
  static Map<String, List<Buffer>> answerVariants(BenchServer server) {
    Map<String, List<Buffer>> bodies = new LinkedHashMap<>();
    Random random = new Random(42);
    for (String q : QUIZZES) {
      List<Buffer> list = new ArrayList<>();
      for (int i = 0; i < VARIANTS; i++) {
        list.add(body(server.quiz(q).answerableQuestions(), P_RIGHT, random));
      }
      bodies.put(q, list);
    }
    return bodies;
  }

  /** {"responses": {...}} for the first {@code n} questions, all right: an attempt part-way through. */
  static Buffer firstRight(Quiz quiz, int n) {
    List<Question> all = quiz.answerableQuestions();
    return body(all.subList(0, Math.min(n, all.size())), 1.0, new Random(1));
  }

  /** {"responses": {...}} with each question right with probability {@code pRight}. */
  private static Buffer body(List<Question> questions, double pRight, Random random) {
    JsonObject responses = new JsonObject();
    for (Question q : questions) {
      responses.put(q.id(), random.nextDouble() < pRight ? SeedAnswers.right(q) : SeedAnswers.wrong(q));
    }
    return Buffer.buffer(new JsonObject().put("responses", responses).encode());
  }
}
