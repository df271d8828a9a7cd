package io.cairn.bench;

import io.cairn.bench.AttemptLoad.Job;
import io.cairn.bench.Learners.Group;
import io.cairn.quiz.model.Quiz;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The quiz question page, GET /attempts/{id}: signed-in learners, each with an open attempt with 3
 * answers saved, requested in rotation by wrk so that every request loads a different session and
 * attempt, as real traffic would.
 */
final class QuizPageScenario {
  private final Group learners;
  private final List<Wrk.Target> targets;
  private final String marker;

  private QuizPageScenario(Group learners, List<Wrk.Target> targets, String marker) {
    this.learners = learners;
    this.targets = targets;
    this.marker = marker;
  }

  /**
   * Makes the learners and their open attempts. Done even when the scenario is not run: the
   * database check afterwards expects these attempts to exist and still be open.
   */
  static QuizPageScenario prepare(Harness h) {
    int count = h.settings().pageLearners();
    Quiz quiz = h.server().quiz(Scenarios.PAGE_QUIZ);
    Group learners = Learners.create(h.server().pool(), h.server().csrf(), "page", count);
    Benchmark.say("Preparing %d learners with an open attempt at %s (3 answers saved)…", count, Scenarios.PAGE_QUIZ);
    Buffer threeAnswers = Scenarios.firstRight(quiz, 3);
    LoadStats prep = h.load().prepare(learners.learners().stream().map(l -> new Job(l, Scenarios.PAGE_QUIZ, threeAnswers)).toList());
    if (prep.failed > 0) {
      throw new IllegalStateException("preparing quiz-page attempts failed " + prep.failed + " time(s): " + prep.firstErrors);
    }
    h.server().analyze();
    List<Wrk.Target> targets = prep.prepared.stream()
        .map(p -> new Wrk.Target("/attempts/" + p.attemptId(), p.learner().cookie())).toList();
    // the first question's input: present only on a real question page, not on an error or sign-in page
    String marker = "name=\"q." + quiz.answerableQuestions().get(0).id() + "\"";
    return new QuizPageScenario(learners, targets, marker);
  }

  Group learners() {
    return learners;
  }

  JsonObject run(Harness h) throws Exception {
    return WrkScenario.run(h, "quizPage", "GET /attempts/{id}: " + targets.size() + " learners' open attempts at "
        + Scenarios.PAGE_QUIZ + ", rotating", h.server().port(), targets, marker);
  }
}
