package io.cairn.evidence.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.evidence.Disclaimer;
import io.cairn.evidence.cpd.ModuleOne;
import io.cairn.evidence.cpd.Supervisors;
import io.cairn.testing.Browser;
import io.cairn.testing.Sql;
import io.cairn.testing.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Download all my data" and "erase my account": what the export holds, and that erasure removes
 * every row about the person in one go while attempts stay without identity.
 */
class ErasureTest {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A learner with something in every table: progress, reflection, attempts, evidence of every kind, links. */
  static ModuleOne.Learner busyLearner(String name, String email, Browser[] supervisor) {
    ModuleOne.Learner l = ModuleOne.signUp(server, name, email);
    ModuleOne.complete(l, "Reflection of " + name + ".");
    l.web().get("/evidence/competences/OPT-4.1");
    l.web().post("/evidence/competences/OPT-4.1/self-assessment", Map.of("rating", "developing"));
    l.web().get("/cpd");
    l.web().post("/cpd/entries", Map.of("title", "Course elsewhere", "done_on", LocalDate.now(ZoneOffset.UTC).toString(),
        "minutes", "60", "notes", "Notes of " + name, "competence", "OPT-3.1"));
    assertThat(l.web().post("/cpd/certificates", Map.of("module", ModuleOne.MODULE)).statusCode()).isEqualTo(303);
    supervisor[0] = Supervisors.linked(server, "Supervisor of " + name, "sup-" + email, l);
    Supervisors.attest(supervisor[0], l, "OPT-5.1", "Observed " + name + " contracting well.");
    Sql.execute(server, "INSERT INTO time_accommodation (account_id, quiz_id, extra_percent, note) VALUES ("
        + l.id() + ", NULL, 25, 'extra time')");
    ModuleOne.attempt(l, false); // a second attempt, submitted
    l.api().post("/api/quizzes/" + ModuleOne.QUIZ + "/attempts", null); // and an open one (attempts allowed: 3)
    return l;
  }

  /** Every column in the schema that refers to an account, as "table.column". */
  static List<String> accountReferences() {
    return Sql.column(server, """
        SELECT c.conrelid::regclass || '.' || a.attname FROM pg_constraint c
          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
         WHERE c.contype = 'f' AND c.confrelid = 'account'::regclass ORDER BY 1""").stream().map(Object::toString).toList();
  }

  @Test
  void downloadAllMyDataHoldsEverythingAboutThePerson() {
    ModuleOne.Learner una = busyLearner("Una Export", "una@example.org", new Browser[1]);
    HttpResponse<Buffer> r = una.web().get("/account/export.json");
    assertThat(r.getHeader("Content-Disposition")).matches("attachment; filename=\"cairn-my-data-\\d{4}-\\d{2}-\\d{2}\\.json\"");
    JsonObject data = r.bodyAsJsonObject();
    assertThat(data.getString("statement")).isEqualTo(Disclaimer.RECORD);
    assertThat(data.getJsonObject("account").getString("email")).isEqualTo("una@example.org");
    assertThat(data.getJsonArray("progress")).hasSize(6); // every unit opened
    assertThat(data.getJsonArray("reflections").getJsonObject(0).getString("text")).isEqualTo("Reflection of Una Export.");
    assertThat(data.getJsonArray("attempts")).hasSize(3);
    assertThat(data.getJsonArray("attempts").getJsonObject(0).getJsonArray("responses")).isNotEmpty();
    assertThat(data.getJsonArray("evidence").stream().map(e -> ((JsonObject) e).getString("kind")).distinct())
        .containsExactlyInAnyOrder("knowledge_check", "self_assessment", "reflection", "attestation");
    assertThat(data.getJsonArray("supervision").getJsonObject(0).getString("otherPerson")).isEqualTo("Supervisor of Una Export");
    assertThat(data.getJsonArray("accommodations").getJsonObject(0).getInteger("extraPercent")).isEqualTo(25);
    assertThat(data.getJsonArray("cpdEntries").getJsonObject(0).getString("notes")).isEqualTo("Notes of Una Export");
    assertThat(data.getJsonArray("certificates").getJsonObject(0).getString("holderName")).isEqualTo("Una Export");
    assertThat(data.getJsonArray("sessions")).isNotEmpty();

    ModuleOne.Learner vic = ModuleOne.signUp(server, "Vic Nosy", "vic@example.org");
    String theirs = vic.web().get("/account/export.json").bodyAsString();
    assertThat(theirs).contains("vic@example.org").doesNotContain("una@example.org").doesNotContain("Una Export");
  }

  @Test
  void aWrongPasswordRefusesErasureAndChangesNothing() {
    ModuleOne.Learner wyn = ModuleOne.signUp(server, "Wyn Careful", "wyn@example.org");
    ModuleOne.doUnits(wyn, "Wyn reflects.");
    long evidence = Sql.count(server, "SELECT count(*) FROM evidence WHERE account_id = " + wyn.id());
    Document page = wyn.web().page("/account");
    assertThat(page.select("dl.facts").text()).contains("Wyn Careful", "wyn@example.org", "learner");
    HttpResponse<Buffer> wrong = wyn.web().post("/account/erase", Map.of("password", "not my password at all"));
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(Jsoup.parse(wrong.bodyAsString()).select("#form-error").text()).contains("not right", "Nothing was changed");
    assertThat(wyn.web().post("/account/erase", Map.of()).statusCode()).isEqualTo(400);
    assertThat(Sql.count(server, "SELECT count(*) FROM account WHERE id = " + wyn.id())).isEqualTo(1);
    assertThat(Sql.count(server, "SELECT count(*) FROM evidence WHERE account_id = " + wyn.id())).isEqualTo(evidence);
    assertThat(Sql.count(server, "SELECT count(*) FROM unit_progress WHERE account_id = " + wyn.id())).isEqualTo(6);
    assertThat(wyn.web().get("/cpd").statusCode()).isEqualTo(200);
  }

  @Test
  void erasureRemovesThePersonEverywhereAndKeepsAttemptsWithoutIdentity() {
    Browser[] sup = new Browser[1];
    ModuleOne.Learner xan = busyLearner("Xan Erased", "xan@example.org", sup);
    long id = xan.id();
    String code = Sql.single(server, "SELECT code FROM certificate WHERE account_id = " + id).toString();
    List<Object> submitted = Sql.column(server, "SELECT id FROM attempt WHERE state = 'submitted' AND account_id = " + id
        + " ORDER BY id");
    long responses = Sql.count(server, "SELECT count(*) FROM attempt_response r JOIN attempt a ON a.id = r.attempt_id "
        + "WHERE a.state = 'submitted' AND a.account_id = " + id);
    assertThat(submitted).hasSize(2);
    assertThat(Sql.count(server, "SELECT count(*) FROM evidence WHERE account_id = " + id)).isGreaterThan(5);
    long othersEvidence = Sql.count(server, "SELECT count(*) FROM evidence WHERE account_id <> " + id);

    xan.web().get("/account");
    HttpResponse<Buffer> done = xan.web().post("/account/erase", Map.of("password", ModuleOne.PASSWORD));
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(done.getHeader("Location")).isEqualTo("/account/erased");

    for (String ref : accountReferences()) {
      String table = ref.substring(0, ref.indexOf('.'));
      String column = ref.substring(ref.indexOf('.') + 1);
      assertThat(Sql.count(server, "SELECT count(*) FROM " + table + " WHERE " + column + " = " + id)).as(ref).isZero();
    }
    for (String table : List.of("reflection", "unit_progress", "cpd_entry", "time_accommodation", "session", "evidence")) {
      assertThat(Sql.count(server, "SELECT count(*) FROM " + table + " WHERE account_id = " + id)).as(table).isZero();
    }
    assertThat(Sql.count(server, "SELECT count(*) FROM supervision WHERE learner_id = " + id)).isZero();
    assertThat(Sql.count(server, "SELECT count(*) FROM account WHERE id = " + id + " OR email = 'xan@example.org'")).isZero();
    assertThat(Sql.count(server, "SELECT count(*) FROM evidence WHERE note LIKE '%Xan%'")).isZero();
    assertThat(Sql.count(server, "SELECT count(*) FROM evidence WHERE account_id <> " + id)).isEqualTo(othersEvidence);

    String ids = submitted.stream().map(Object::toString).reduce((a, b) -> a + "," + b).orElseThrow();
    assertThat(Sql.count(server, "SELECT count(*) FROM attempt WHERE account_id IS NULL AND state = 'submitted' AND id IN ("
        + ids + ")")).isEqualTo(2);
    assertThat(Sql.count(server, "SELECT count(*) FROM attempt_response WHERE attempt_id IN (" + ids + ")")).isEqualTo(responses);
    assertThat(Sql.count(server, "SELECT count(*) FROM attempt_question_score WHERE attempt_id IN (" + ids + ")")).isPositive();
    assertThat(Sql.count(server, "SELECT count(*) FROM attempt WHERE state = 'in_progress' AND account_id IS NULL")).isZero();

    assertThat(Sql.single(server, "SELECT (holder_name IS NULL AND account_id IS NULL AND holder_erased_at IS NOT NULL)::text "
        + "FROM certificate WHERE code = '" + code + "'")).isEqualTo("true");
    HttpResponse<Buffer> verify = new Browser(server.cairn().vertx(), server.baseUrl()).get("/verify/" + code);
    assertThat(verify.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(verify.bodyAsString()).select("#verdict").text())
        .contains("its holder erased their account", "can no longer be verified");
    assertThat(verify.bodyAsString()).doesNotContain("Xan Erased");

    assertThat(xan.web().get("/cpd").statusCode()).isEqualTo(303); // the old session is gone
    Browser again = new Browser(server.cairn().vertx(), server.baseUrl());
    assertThat(again.signIn("xan@example.org", ModuleOne.PASSWORD).statusCode()).isEqualTo(401);
    assertThat(sup[0].page("/supervision").select("main").text()).doesNotContain("xan@example.org").contains("No learners yet");
  }

  @Test
  void aSupervisorsAttestationsStayWithTheirLearnersUnderAnAnonymousName() {
    Browser[] sup = new Browser[1];
    ModuleOne.Learner yas = ModuleOne.signUp(server, "Yas Learner", "yas@example.org");
    sup[0] = Supervisors.linked(server, "Dr Zed Leaving", "zed@example.org", yas);
    Supervisors.attest(sup[0], yas, "OPT-5.1", "Observed a phone session.");
    sup[0].get("/account");
    assertThat(sup[0].post("/account/erase", Map.of("password", ModuleOne.PASSWORD)).statusCode()).isEqualTo(303);
    assertThat(Sql.single(server, "SELECT display_name || '|' || coalesce(email, '-') || '|' || coalesce(password_hash, '-') "
        + "|| '|' || cardinality(roles) FROM account WHERE id = (SELECT attested_by FROM evidence WHERE account_id = "
        + yas.id() + ")")).isEqualTo(Erasure.FORMER_SUPERVISOR + "|-|-|0");
    assertThat(Sql.count(server, "SELECT count(*) FROM supervision WHERE learner_id = " + yas.id())).isZero();
    long zed = ((Number) Sql.single(server, "SELECT attested_by FROM evidence WHERE account_id = " + yas.id())).longValue();
    for (String ref : accountReferences()) {
      if (!ref.equals("evidence.attested_by")) {
        String table = ref.substring(0, ref.indexOf('.'));
        String column = ref.substring(ref.indexOf('.') + 1);
        assertThat(Sql.count(server, "SELECT count(*) FROM " + table + " WHERE " + column + " = " + zed)).as(ref).isZero();
      }
    }
    assertThat(yas.web().page("/cpd").select("#attestation-table td").eachText()).contains(Erasure.FORMER_SUPERVISOR);
    assertThat(new Browser(server.cairn().vertx(), server.baseUrl()).signIn("zed@example.org", ModuleOne.PASSWORD)
        .statusCode()).isEqualTo(401);
  }

  @Test
  void evidenceStaysAppendOnlyOutsideAnErasure() {
    ModuleOne.Learner ann = ModuleOne.signUp(server, "Ann Ledger", "ann@example.org");
    ModuleOne.doUnits(ann, "Ann reflects.");
    long id = ann.id();
    long rows = Sql.count(server, "SELECT count(*) FROM evidence WHERE account_id = " + id);
    assertThat(rows).isPositive();
    assertThatThrownBy(() -> Sql.execute(server, "DELETE FROM evidence WHERE account_id = " + id))
        .hasStackTraceContaining("append-only");
    assertThatThrownBy(() -> Sql.execute(server, "BEGIN; SET LOCAL cairn.erasure = '" + (id + 1000) + "'; "
        + "DELETE FROM evidence WHERE account_id = " + id + "; COMMIT")).hasStackTraceContaining("append-only");
    assertThatThrownBy(() -> Sql.execute(server, "BEGIN; SET LOCAL cairn.erasure = '" + id + "'; "
        + "UPDATE evidence SET note = 'changed' WHERE account_id = " + id + "; COMMIT")).hasStackTraceContaining("append-only");
    assertThatThrownBy(() -> Sql.execute(server, "BEGIN; SET LOCAL cairn.erasure = '" + id + "'; TRUNCATE evidence CASCADE; COMMIT"))
        .hasStackTraceContaining("append-only");
    assertThat(Sql.count(server, "SELECT count(*) FROM evidence WHERE account_id = " + id)).isEqualTo(rows);
  }
}
