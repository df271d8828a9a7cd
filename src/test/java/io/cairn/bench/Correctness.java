package io.cairn.bench;

import io.cairn.bench.Learners.Group;
import io.cairn.quiz.model.Quiz;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks that make the numbers worth having (a benchmark of error pages is worthless). Every
 * problem is printed when found, listed under the table and in results.json, and makes the exit
 * status 2.
 */
final class Correctness {
  /** What a submitting scenario claims it did, for the database to confirm. */
  record Submitted(String name, Group learners, List<Long> attemptIds, long completed) {}

  private final List<String> problems = new ArrayList<>();

  void check(boolean ok, String problem) {
    if (!ok) {
      problems.add(problem);
      Benchmark.say("PROBLEM: %s", problem);
    }
  }

  /** wrk saw only 2xx responses and no socket errors. */
  void checkWrk(String key, Wrk.Result r) {
    check(r.non2xx() == 0, key + ": " + r.non2xx() + " non-2xx responses " + r.json().getJsonObject("status"));
    check(r.socketErrors() == 0, key + ": socket errors " + r.json().getJsonObject("errors"));
  }

  List<String> problems() {
    return List.copyOf(problems);
  }

  boolean ok() {
    return problems.isEmpty();
  }

  /**
   * After the run, from the database: the quiz-page attempts are all still open (a submitted one
   * would have made wrk's requests redirect), and each submitting scenario's attempts are submitted
   * with their score and evidence rows.
   */
  JsonObject verifyDatabase(BenchServer server, Group pageLearners, Submitted flow, Submitted submitOnly) {
    Pool pool = server.pool();
    JsonObject v = new JsonObject();
    Row p = pool.preparedQuery("SELECT count(*) FILTER (WHERE state = 'in_progress'), count(*) FILTER (WHERE state = 'submitted') "
        + "FROM attempt WHERE account_id BETWEEN $1 AND $2").execute(Tuple.of(pageLearners.firstId(), pageLearners.lastId()))
        .await().iterator().next();
    v.put("quizPage", new JsonObject().put("openAttempts", p.getLong(0)).put("submitted", p.getLong(1)));
    check(p.getLong(0) == pageLearners.learners().size() && p.getLong(1) == 0,
        "quiz-page attempts changed state during the run: " + p.getLong(0) + " open, " + p.getLong(1) + " submitted");
    if (flow != null) {
      v.put("attemptFlow", verifySubmitted(server, flow));
    }
    if (submitOnly != null) {
      v.put("submitOnly", verifySubmitted(server, submitOnly));
    }
    v.put("ok", problems.isEmpty());
    return v;
  }

  /**
   * As many submitted attempts as the generator completed, every id it saw submitted is submitted,
   * and each has one score row per question and one evidence row per competence, of its learner.
   */
  private JsonObject verifySubmitted(BenchServer server, Submitted s) {
    Pool pool = server.pool();
    Group g = s.learners();
    JsonObject perQuiz = new JsonObject();
    long submitted = 0;
    for (String quizId : Scenarios.QUIZZES) {
      Quiz quiz = server.quiz(quizId);
      long questions = quiz.answerableQuestions().size();
      long competences = quiz.answerableQuestions().stream().flatMap(q -> q.competences().stream()).distinct().count();
      Row r = pool.preparedQuery("""
              SELECT count(*),
                     count(*) FILTER (WHERE coalesce(e.n, 0) = 0),
                     count(*) FILTER (WHERE coalesce(e.n, 0) <> $4),
                     count(*) FILTER (WHERE coalesce(s.n, 0) <> $5),
                     count(*) FILTER (WHERE coalesce(e.wrong_owner, 0) > 0)
                FROM attempt a
                LEFT JOIN (SELECT ev.attempt_id, count(*) AS n,
                                  count(*) FILTER (WHERE ev.account_id IS DISTINCT FROM at.account_id) AS wrong_owner
                             FROM evidence ev JOIN attempt at ON at.id = ev.attempt_id GROUP BY ev.attempt_id) e
                       ON e.attempt_id = a.id
                LEFT JOIN (SELECT attempt_id, count(*) AS n FROM attempt_question_score GROUP BY attempt_id) s
                       ON s.attempt_id = a.id
               WHERE a.account_id BETWEEN $1 AND $2 AND a.quiz_id = $3 AND a.state = 'submitted'""")
          .execute(Tuple.of(g.firstId(), g.lastId(), quizId, competences, questions)).await().iterator().next();
      submitted += r.getLong(0);
      perQuiz.put(quizId, new JsonObject().put("submitted", r.getLong(0)).put("withoutEvidence", r.getLong(1))
          .put("evidenceRowsExpectedPerAttempt", competences).put("withOtherEvidenceCount", r.getLong(2))
          .put("scoreRowsExpectedPerAttempt", questions).put("withOtherScoreCount", r.getLong(3))
          .put("evidenceOfAnotherAccount", r.getLong(4)));
      check(r.getLong(1) == 0 && r.getLong(2) == 0 && r.getLong(3) == 0 && r.getLong(4) == 0,
          s.name() + ": " + quizId + " has submitted attempts without the expected evidence or score rows: " + perQuiz.getJsonObject(quizId));
    }
    long matching = pool.preparedQuery("SELECT count(*) FROM attempt WHERE id = ANY($1) AND state = 'submitted'")
        .execute(Tuple.of(s.attemptIds().toArray(new Long[0]))).await().iterator().next().getLong(0);
    check(submitted == s.completed(), s.name() + ": the database has " + submitted
        + " submitted attempts but the generator completed " + s.completed());
    check(matching == s.attemptIds().size(), s.name() + ": only " + matching + " of the " + s.attemptIds().size()
        + " attempts the generator saw submitted are submitted in the database");
    return new JsonObject().put("generatorCompleted", s.completed()).put("submittedInDatabase", submitted)
        .put("generatorIdsSubmittedInDatabase", matching).put("perQuiz", perQuiz)
        .put("ok", submitted == s.completed() && matching == s.attemptIds().size());
  }
}
