package io.cairn.quiz.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.testing.Sql;
import io.cairn.testing.TestServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A learner's own attempt look-ups (at every start and on the result page) stay on the learner's
 * index when the statistics are stale: analysed while nothing was submitted, then thousands
 * submitted, as on a new server's first busy hour.
 */
class AttemptQueryPlanTest {
  static TestServer server;
  static long learner;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    Sql.execute(server, """
        INSERT INTO account (email, display_name) SELECT 'plan-' || n || '@cairn.test', 'Plan ' || n
          FROM generate_series(1, 300) n""");
    learner = Sql.count(server, "SELECT min(id) FROM account WHERE email LIKE 'plan-%'");
    long version = Sql.count(server, "SELECT min(id) FROM quiz_version WHERE quiz_id = 'opt-m1-quiz'");
    // what the statistics see: open attempts only
    Sql.execute(server, """
        INSERT INTO attempt (account_id, quiz_id, quiz_version_id, attempt_number, question_order)
        SELECT id, 'opt-m1-quiz', %d, 1, '{}' FROM account WHERE email LIKE 'plan-%%'""".formatted(version));
    Sql.execute(server, "ANALYZE attempt");
    // then an hour of submits
    Sql.execute(server, """
        INSERT INTO attempt (account_id, quiz_id, quiz_version_id, attempt_number, state, question_order,
                             submitted_at, submitted_by, percent, passed)
        SELECT a.id, 'opt-m1-quiz', %d, n + 1, 'submitted', '{}', now(), 'learner', 50, false
          FROM account a, generate_series(1, 20) n WHERE a.email LIKE 'plan-%%'""".formatted(version));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** The plan a pooled connection settles on: the server's statements are prepared, so generic. */
  private static String plan(String sql) {
    String url = server.databaseUrl().replace("postgresql://postgres@", "jdbc:postgresql://");
    try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
      s.execute("SET plan_cache_mode = force_generic_plan");
      s.execute("PREPARE q(bigint, text) AS " + sql);
      List<String> lines = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("EXPLAIN EXECUTE q(" + learner + ", 'opt-m1-quiz')")) {
        while (rs.next()) {
          lines.add(rs.getString(1));
        }
      }
      return String.join("\n", lines);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void countingSubmittedAttemptsAtStartUsesTheLearnersIndex() {
    assertThat(plan(AttemptRepository.STANDING)).contains("attempt_number_unique").doesNotContain("attempt_quiz_version");
  }

  @Test
  void listingTheLearnersSubmittedAttemptsUsesTheLearnersIndex() {
    assertThat(plan(AttemptRepository.SUBMITTED_OF)).contains("attempt_number_unique").doesNotContain("attempt_quiz_version");
  }
}
