package io.cairn.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.testing.Browser;
import io.cairn.testing.Sql;
import io.cairn.testing.TestServer;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evidence ledger on a real database: append-only, every kind of record, and the refusals
 * (self-attestation, an unlinked supervisor, a competence not in the framework).
 */
class EvidenceLedgerTest {
  static final String PASSWORD = "a sturdy passphrase 123";
  static TestServer server;
  static Browser admin;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    admin = new Browser(server.cairn().vertx(), server.baseUrl());
    admin.signIn(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Browser person(String name, String email) {
    Browser b = new Browser(server.cairn().vertx(), server.baseUrl());
    assertThat(b.signUp(name, email, PASSWORD).statusCode()).isEqualTo(303);
    return b;
  }

  static long accountId(String email) {
    return ((Number) Sql.single(server, "SELECT id FROM account WHERE email = '" + email + "'")).longValue();
  }

  static Browser supervisor(String name, String email) {
    Browser b = person(name, email);
    admin.get("/admin/accounts");
    assertThat(admin.post("/admin/accounts/" + accountId(email) + "/roles",
        Map.of("role", "supervisor", "action", "grant")).statusCode()).isEqualTo(303);
    return b;
  }

  /** Supervisor invites, learner accepts. */
  static void link(Browser sup, Browser learner, String learnerEmail) {
    sup.get("/supervision");
    assertThat(sup.post("/supervision/invitations", Map.of("email", learnerEmail)).statusCode()).isEqualTo(303);
    Document page = learner.page("/supervision");
    String action = page.select("form[action$=/accept]").attr("action");
    assertThat(learner.post(action, Map.of()).statusCode()).isEqualTo(303);
  }

  static Map<String, String> attestation(String level, String rating) {
    return Map.of("level", level, "basis", "observed_session", "observed_on", "2026-11-01",
        "rating", rating, "statement", "Observed a full video session; contracting was clear and complete.");
  }

  @Test
  void evidenceRowsCannotBeUpdatedOrDeletedThroughSql() {
    Browser learner = person("Ada Ledger", "ada@example.org");
    learner.get("/evidence/competences/OPT-4.1");
    learner.post("/evidence/competences/OPT-4.1/self-assessment", Map.of("rating", "developing"));
    assertThatThrownBy(() -> Sql.execute(server, "UPDATE evidence SET rating = 'confident'"))
        .hasStackTraceContaining("append-only");
    assertThatThrownBy(() -> Sql.execute(server, "DELETE FROM evidence"))
        .hasStackTraceContaining("append-only");
    assertThatThrownBy(() -> Sql.execute(server, "TRUNCATE evidence CASCADE"))
        .hasStackTraceContaining("append-only");
    assertThat(Sql.single(server, "SELECT rating FROM evidence WHERE account_id = " + accountId("ada@example.org")))
        .isEqualTo("developing");
  }

  @Test
  void reRatingAddsARecordThatSupersedesTheLast() {
    Browser learner = person("Ben Rates", "ben@example.org");
    learner.get("/evidence/competences/OPT-6.2");
    learner.post("/evidence/competences/OPT-6.2/self-assessment", Map.of("rating", "not_yet"));
    learner.post("/evidence/competences/OPT-6.2/self-assessment", Map.of("rating", "confident", "note", "after module 2"));
    long id = accountId("ben@example.org");
    assertThat(Sql.count(server, "SELECT count(*) FROM evidence WHERE account_id = " + id)).isEqualTo(2);
    assertThat(Sql.count(server, "SELECT count(*) FROM evidence WHERE account_id = " + id
        + " AND supersedes IS NOT NULL AND rating = 'confident'")).isEqualTo(1);
    Document map = learner.page("/evidence");
    assertThat(map.select("tr:has(a[href$=OPT-6.2]) td").get(1).text()).isEqualTo("Confident");
    var bad = learner.post("/evidence/competences/OPT-6.2/self-assessment", Map.of("rating", "expert"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Sql.count(server, "SELECT count(*) FROM evidence WHERE account_id = " + id)).isEqualTo(2);
  }

  @Test
  void aReflectionUnitRecordsReflectionEvidenceForItsCompetences() {
    Browser learner = person("Cal Reflects", "cal@example.org");
    learner.get("/modules/opt-m1-safe-practice/units/self-audit");
    learner.post("/modules/opt-m1-safe-practice/units/self-audit/reflection", Map.of("reflection", "My gaps are in 4.4."));
    assertThat(Sql.column(server, "SELECT competence_id FROM evidence WHERE kind = 'reflection' AND account_id = "
        + accountId("cal@example.org") + " ORDER BY 1")).containsExactly("OPT-10.4", "OPT-3.1");
    assertThat(learner.page("/evidence").select("tr:has(a[href$=OPT-3.1]) td").get(0).text())
        .isEqualTo("Reflection recorded");
  }

  @Test
  void aLinkedSupervisorAttestsAndTheMapSaysPracticeAttested() {
    Browser sup = supervisor("Dr Dee Rowe", "dee@example.org");
    Browser learner = person("Eve Learner", "eve@example.org");
    link(sup, learner, "eve@example.org");
    long learnerId = accountId("eve@example.org");
    String page = "/supervision/learners/" + learnerId + "/competences/OPT-5.1";
    sup.get(page);
    var done = sup.post(page + "/attestations", attestation("does", "demonstrated"));
    assertThat(done.statusCode()).as(done.bodyAsString()).isEqualTo(303);
    Document map = learner.page("/evidence");
    assertThat(map.select("tr:has(a[href$=OPT-5.1]) td").get(0).text())
        .isEqualTo("Practice attested by Dr Dee Rowe on 1 November 2026");
    assertThat(Sql.single(server, "SELECT basis || '/' || level FROM evidence WHERE kind = 'attestation' AND account_id = "
        + learnerId)).isEqualTo("observed_session/does");
  }

  @Test
  void aSupervisorNotLinkedToTheLearnerCannotAttestOrSeeTheMap() {
    Browser stranger = supervisor("Fay Stranger", "fay@example.org");
    person("Gus Learner", "gus@example.org");
    long learnerId = accountId("gus@example.org");
    assertThat(stranger.get("/supervision/learners/" + learnerId).statusCode()).isEqualTo(404);
    stranger.get("/supervision");
    var refused = stranger.post("/supervision/learners/" + learnerId + "/competences/OPT-5.1/attestations",
        attestation("does", "demonstrated"));
    assertThat(refused.statusCode()).isIn(403, 404);
    assertThat(Sql.count(server, "SELECT count(*) FROM evidence WHERE account_id = " + learnerId)).isZero();
  }

  @Test
  void nobodyAttestsThemselvesEvenThroughSql() {
    Browser selfish = supervisor("Hal Self", "hal@example.org");
    long id = accountId("hal@example.org");
    selfish.get("/supervision");
    var r = selfish.post("/supervision/learners/" + id + "/competences/OPT-5.1/attestations", attestation("does", "demonstrated"));
    assertThat(r.statusCode()).isIn(403, 404);
    var invite = selfish.post("/supervision/invitations", Map.of("email", "hal@example.org"));
    assertThat(invite.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(invite.bodyAsString()).select("#form-error").text()).contains("cannot supervise yourself");
    assertThatThrownBy(() -> Sql.execute(server, "INSERT INTO evidence (account_id, kind, competence_id, "
        + "framework_version_id, level, attested_by, basis, observed_on, rating, note, statement) SELECT " + id
        + ", 'attestation', 'OPT-5.1', id, 'does', " + id + ", 'observed_session', current_date, 'demonstrated', 'x', 'y' "
        + "FROM framework_version LIMIT 1")).hasStackTraceContaining("only a supervisor linked to this learner");
  }

  @Test
  void anAttestationForACompetenceNotInTheFrameworkIsRefused() {
    Browser sup = supervisor("Ida Rowe", "ida@example.org");
    Browser learner = person("Jo Learner", "jo@example.org");
    link(sup, learner, "jo@example.org");
    long learnerId = accountId("jo@example.org");
    sup.get("/supervision/learners/" + learnerId);
    var r = sup.post("/supervision/learners/" + learnerId + "/competences/OPT-99.9/attestations",
        attestation("does", "demonstrated"));
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(Jsoup.parse(r.bodyAsString()).select("main").text()).contains("no competence \"OPT-99.9\"");
    var future = sup.post("/supervision/learners/" + learnerId + "/competences/OPT-5.1/attestations",
        Map.of("level", "does", "basis", "observed_session", "observed_on", "2999-01-01", "rating", "demonstrated",
            "statement", "x"));
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(future.bodyAsString()).select("#form-error").text()).contains("cannot be in the future");
    assertThat(Sql.count(server, "SELECT count(*) FROM evidence WHERE account_id = " + learnerId)).isZero();
  }

  @Test
  void quizEvidenceCannotBeSupersededAndAnEndedLinkStopsAttestation() {
    Browser sup = supervisor("Kim Rowe", "kim@example.org");
    Browser learner = person("Lou Learner", "lou@example.org");
    link(sup, learner, "lou@example.org");
    long learnerId = accountId("lou@example.org");
    learner.get("/");
    String location = learner.post("/quizzes/opt-m1-quiz/attempts", Map.of()).getHeader("Location");
    learner.get(location + "/summary");
    learner.post(location + "/submit", Map.of());
    long quizEvidence = ((Number) Sql.single(server, "SELECT min(id) FROM evidence WHERE account_id = " + learnerId)).longValue();
    assertThatThrownBy(() -> Sql.execute(server, "INSERT INTO evidence (account_id, kind, competence_id, framework_version_id, "
        + "level, quiz_version_id, attempt_id, item_ids, percent, statement, supersedes) SELECT account_id, kind, competence_id, "
        + "framework_version_id, level, quiz_version_id, attempt_id, item_ids, 100, statement, id FROM evidence WHERE id = "
        + quizEvidence)).hasStackTraceContaining("cannot be corrected");

    Document page = learner.page("/supervision");
    learner.post(page.select("form[action$=/end]").attr("action"), Map.of());
    sup.get("/supervision");
    var after = sup.post("/supervision/learners/" + learnerId + "/competences/OPT-5.1/attestations",
        attestation("does", "demonstrated"));
    assertThat(after.statusCode()).isIn(403, 404);
    assertThat(Sql.count(server, "SELECT count(*) FROM evidence WHERE kind = 'attestation' AND account_id = " + learnerId)).isZero();
  }
}
