package io.cairn.evidence.cpd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.cairn.evidence.Disclaimer;
import io.cairn.testing.Browser;
import io.cairn.testing.Sql;
import io.cairn.testing.TestServer;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CPD record of a learner who completed module 1 through the real routes (units done, the
 * reflection saved, a failed and then a passed attempt), with a free entry and an attestation;
 * its page, and its CSV and JSON exports parsed back and compared with the page and the database.
 */
class CpdRecordTest {
  static final String REFLECTION = "I rated myself lowest on data protection; I will write a processing agreement.";
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  static TestServer server;
  static ModuleOne.Learner nia;
  static String moduleStatusBefore;
  static String moduleStatusAfterFail;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    nia = ModuleOne.signUp(server, "Nia Record", "nia@example.org");
    moduleStatusBefore = quizStatus(nia);
    ModuleOne.doUnits(nia, REFLECTION);
    assertThat(ModuleOne.attempt(nia, false).getBoolean("passed")).isFalse();
    moduleStatusAfterFail = quizStatus(nia);
    assertThat(ModuleOne.attempt(nia, true).getBoolean("passed")).isTrue();
    Browser sup = Supervisors.linked(server, "Dr Sam Super", "sam@example.org", nia);
    Supervisors.attest(sup, nia, "OPT-5.1", "Observed a video session; the contract covered disconnection.");
    nia.web().get("/cpd");
    var added = nia.web().post("/cpd/entries", Map.of("title", "Workshop: \"Risk\", online, and you",
        "provider", "=HYPERLINK(\"http://x\")", "done_on", LocalDate.now(ZoneOffset.UTC).minusDays(3).toString(),
        "minutes", "90", "notes", "Line one, with a comma.\nLine two \"quoted\"."));
    assertThat(added.statusCode()).as(added.bodyAsString()).isEqualTo(303);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String quizStatus(ModuleOne.Learner l) {
    Document page = l.web().page("/modules/" + ModuleOne.MODULE);
    return page.select("li.unit-row:has(a[href$=/end-of-module-quiz]) .status").text();
  }

  /** The completion date by the rule, straight from the database. */
  static LocalDate completedOn(long account) {
    return LocalDate.parse(Sql.single(server, "SELECT (greatest((SELECT max(done_at) FROM unit_progress WHERE account_id = "
        + account + "), (SELECT min(submitted_at) FROM attempt WHERE passed AND account_id = " + account
        + ")) AT TIME ZONE 'UTC')::date::text").toString());
  }

  @Test
  void theModulePageShowsTheQuizUnitsStatusFromAttempts() {
    assertThat(moduleStatusBefore).isEqualTo("Not started");
    assertThat(moduleStatusAfterFail).isEqualTo("Not passed yet");
    assertThat(quizStatus(nia)).isEqualTo("Passed");
    Document page = nia.web().page("/modules/" + ModuleOne.MODULE);
    assertThat(page.select(".facts").text()).contains("6 of 6 units done");
    Document home = nia.web().page("/");
    assertThat(home.select("li:has(a[href=/modules/" + ModuleOne.MODULE + "]) .facts").text()).contains("6 (6 done)");
  }

  @Test
  void theRecordShowsTheCompletedModuleReflectionQuizEvidenceAttestationAndEntry() {
    Document page = nia.web().page("/cpd");
    Element main = page.selectFirst("main");
    assertThat(main.child(0).text()).isEqualTo("Your CPD record");
    assertThat(main.child(1).text()).isEqualTo(Disclaimer.RECORD);
    assertThat(page.select("nav a[href=/cpd]").text()).isEqualTo("CPD record");
    assertThat(page.select("nav a[href=/account]").text()).isEqualTo("Account");

    Element row = page.selectFirst("#completed tbody tr");
    assertThat(row.select("th").text()).isEqualTo(ModuleOne.module().title());
    assertThat(row.select("td").get(0).text()).isEqualTo("3");
    assertThat(row.select("td").get(1).text()).isEqualTo(DAY.format(completedOn(nia.id())));
    assertThat(page.select("#total-hours").text()).isEqualTo("4.5 hours"); // 180 + 90 minutes

    assertThat(page.select("#reflection-table tbody tr td").get(1).text()).isEqualTo(REFLECTION);
    List<String> results = page.select("#attempts tbody tr td:eq(4)").eachText();
    assertThat(results).containsExactly("Not passed", "Passed");
    List<Object> percents = Sql.column(server, "SELECT round(percent)::int || '%' FROM attempt WHERE account_id = "
        + nia.id() + " ORDER BY submitted_at");
    assertThat(page.select("#attempts tbody tr td:eq(3)").eachText()).containsExactlyElementsOf(
        percents.stream().map(Object::toString).toList());
    Element attestation = page.selectFirst("#attestation-table tbody tr");
    assertThat(attestation.select("th").text()).startsWith("OPT-5.1");
    assertThat(attestation.select("td").eachText()).contains("Dr Sam Super", "Observed session", "Demonstrated");
    assertThat(page.select("#entry-table tbody th").text()).isEqualTo("Workshop: \"Risk\", online, and you");
  }

  @Test
  void theCsvExportParsesBackToThePageAndTheDatabase() throws Exception {
    HttpResponse<Buffer> r = nia.web().get("/cpd/export.csv");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.getHeader("Content-Type")).startsWith("text/csv");
    assertThat(r.getHeader("Content-Disposition")).matches("attachment; filename=\"cairn-cpd-record-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
    CsvMapper csv = new CsvMapper();
    List<Map<String, String>> rows;
    try (MappingIterator<Map<String, String>> it = csv.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(r.bodyAsString())) {
      rows = it.readAll();
    }
    assertThat(rows).allSatisfy(row -> assertThat(row.get("statement")).isEqualTo(Disclaimer.RECORD));
    Map<String, String> module = only(rows, "completed_module");
    assertThat(module.get("title")).isEqualTo(ModuleOne.module().title());
    assertThat(module.get("module")).isEqualTo(ModuleOne.MODULE);
    assertThat(module.get("minutes")).isEqualTo("180");
    assertThat(module.get("date")).isEqualTo(completedOn(nia.id()).toString());
    assertThat(only(rows, "reflection").get("text")).isEqualTo(REFLECTION);
    List<Map<String, String>> attempts = rows.stream().filter(x -> x.get("section").equals("quiz_attempt")).toList();
    List<Object> percents = Sql.column(server, "SELECT percent FROM attempt WHERE account_id = " + nia.id()
        + " ORDER BY submitted_at");
    assertThat(attempts).hasSize(2);
    for (int i = 0; i < 2; i++) {
      assertThat(new BigDecimal(attempts.get(i).get("percent"))).isEqualByComparingTo((BigDecimal) percents.get(i));
    }
    assertThat(attempts.stream().map(x -> x.get("passed")).toList()).containsExactly("false", "true");
    Map<String, String> entry = only(rows, "cpd_entry");
    assertThat(entry.get("title")).isEqualTo("Workshop: \"Risk\", online, and you");
    assertThat(entry.get("provider")).isEqualTo("'=HYPERLINK(\"http://x\")"); // never a live formula
    assertThat(entry.get("text")).isEqualTo("Line one, with a comma.\nLine two \"quoted\".");
    assertThat(only(rows, "attestation").get("supervisor")).isEqualTo("Dr Sam Super");
    assertThat(only(rows, "attestation").get("level")).isEqualTo("does");
    assertThat(only(rows, "attestation").get("competences")).isEqualTo("OPT-5.1");
    assertThat(only(rows, "total").get("minutes")).isEqualTo("270");
    Document page = nia.web().page("/cpd");
    assertThat(page.select("#total-hours").text()).isEqualTo(Integer.parseInt(only(rows, "total").get("minutes")) / 60.0 + " hours");
  }

  @Test
  void theJsonExportCarriesTheStatementAndEverythingOnThePage() {
    HttpResponse<Buffer> r = nia.web().get("/cpd/export.json");
    assertThat(r.getHeader("Content-Disposition")).matches("attachment; filename=\"cairn-cpd-record-\\d{4}-\\d{2}-\\d{2}\\.json\"");
    JsonObject json = r.bodyAsJsonObject();
    assertThat(json.getString("statement")).isEqualTo(Disclaimer.RECORD);
    assertThat(json.getJsonObject("learner").getString("name")).isEqualTo("Nia Record");
    assertThat(json.getLong("totalCpdMinutes")).isEqualTo(270);
    assertThat(json.getDouble("totalCpdHours")).isEqualTo(4.5);
    JsonObject module = json.getJsonArray("completedModules").getJsonObject(0);
    assertThat(module.getString("moduleId")).isEqualTo(ModuleOne.MODULE);
    assertThat(module.getInteger("cpdMinutes")).isEqualTo(180);
    assertThat(module.getString("completedAt")).startsWith(completedOn(nia.id()).toString());
    assertThat(json.getJsonArray("reflections").getJsonObject(0).getString("text")).isEqualTo(REFLECTION);
    JsonArray attempts = json.getJsonArray("quizAttempts");
    assertThat(attempts).hasSize((int) Sql.count(server, "SELECT count(*) FROM attempt WHERE state = 'submitted' AND account_id = " + nia.id()));
    assertThat(attempts.getJsonObject(1).getBoolean("passed")).isTrue();
    assertThat(json.getJsonArray("attestations").getJsonObject(0).getString("competenceId")).isEqualTo("OPT-5.1");
    assertThat(json.getJsonArray("cpdEntries").getJsonObject(0).getString("provider")).isEqualTo("=HYPERLINK(\"http://x\")");
  }

  @Test
  void aFreeEntryWithNotesAddsReflectionEvidenceAndWithdrawingKeepsItMarked() {
    ModuleOne.Learner ola = ModuleOne.signUp(server, "Ola Entries", "ola@example.org");
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    ola.web().get("/cpd");
    MultiMap form = MultiMap.caseInsensitiveMultiMap().add("_csrf", ola.web().csrf()).add("title", "Peer supervision group")
        .add("done_on", today).add("minutes", "120").add("notes", "Discussed contracting for text work.")
        .add("competence", "OPT-5.1").add("competence", "OPT-3.1");
    assertThat(ola.web().postRaw("/cpd/entries", form).statusCode()).isEqualTo(303);
    long entry = ((Number) Sql.single(server, "SELECT id FROM cpd_entry WHERE account_id = " + ola.id())).longValue();
    assertThat(Sql.column(server, "SELECT competence_id FROM evidence WHERE kind = 'reflection' AND cpd_entry_id = " + entry
        + " ORDER BY 1")).containsExactly("OPT-3.1", "OPT-5.1");
    ola.web().get("/cpd");
    assertThat(ola.web().post("/cpd/entries", Map.of("title", "Reading", "done_on", today, "minutes", "30"))
        .statusCode()).isEqualTo(303);
    assertThat(Sql.count(server, "SELECT count(*) FROM evidence WHERE account_id = " + ola.id())).isEqualTo(2);

    var bad = ola.web().post("/cpd/entries", Map.of("title", "Bad", "done_on", today, "minutes", "30",
        "notes", "x", "competence", "OPT-99.9"));
    assertThat(bad.statusCode()).isEqualTo(400);
    Document badPage = Jsoup.parse(bad.bodyAsString());
    assertThat(badPage.select("#form-error").text()).contains("no competence \"OPT-99.9\"");
    assertThat(badPage.select("#title").val()).isEqualTo("Bad");
    assertThat(Sql.count(server, "SELECT count(*) FROM cpd_entry WHERE account_id = " + ola.id())).isEqualTo(2);

    ModuleOne.Learner pat = ModuleOne.signUp(server, "Pat Other", "pat@example.org");
    pat.web().get("/cpd");
    assertThat(pat.web().post("/cpd/entries/" + entry + "/withdraw", Map.of()).statusCode()).isEqualTo(404);
    assertThat(Sql.count(server, "SELECT count(*) FROM cpd_entry WHERE withdrawn_at IS NOT NULL")).isZero();

    ola.web().get("/cpd");
    assertThat(ola.web().post("/cpd/entries/" + entry + "/withdraw", Map.of()).statusCode()).isEqualTo(303);
    assertThat(ola.web().post("/cpd/entries/" + entry + "/withdraw", Map.of()).statusCode()).isEqualTo(404);
    Document page = ola.web().page("/cpd");
    assertThat(page.select("#entry-table tbody th").eachText()).containsExactly("Reading");
    assertThat(page.select("#total-hours").text()).isEqualTo("0.5 hours");
    assertThat(Sql.count(server, "SELECT count(*) FROM cpd_entry WHERE withdrawn_at IS NOT NULL AND id = " + entry)).isEqualTo(1);
    assertThat(Sql.count(server, "SELECT count(*) FROM evidence WHERE cpd_entry_id = " + entry)).isEqualTo(2);
  }

  @Test
  void anotherLearnerSeesOnlyTheirOwnRecordAndExports() {
    ModuleOne.Learner quinn = ModuleOne.signUp(server, "Quinn Else", "quinn@example.org");
    JsonObject json = quinn.web().get("/cpd/export.json").bodyAsJsonObject();
    assertThat(json.getJsonObject("learner").getString("name")).isEqualTo("Quinn Else");
    assertThat(json.getJsonArray("completedModules")).isEmpty();
    assertThat(json.getJsonArray("quizAttempts")).isEmpty();
    assertThat(quinn.web().get("/cpd/export.csv").bodyAsString()).doesNotContain("Nia").doesNotContain(REFLECTION);
    assertThat(quinn.web().page("/cpd").select("#completed")).isEmpty();
    Browser anonymous = new Browser(server.cairn().vertx(), server.baseUrl());
    assertThat(anonymous.get("/cpd/export.json").statusCode()).isEqualTo(303);
    assertThat(anonymous.get("/cpd").getHeader("Location")).startsWith("/signin");
  }

  @Test
  void addingAnEntryWithoutTheFormTokenIsRefused() {
    MultiMap form = MultiMap.caseInsensitiveMultiMap().add("title", "x").add("done_on", "2026-01-01").add("minutes", "5");
    assertThat(nia.web().postRaw("/cpd/entries", form).statusCode()).isEqualTo(403);
  }

  static Map<String, String> only(List<Map<String, String>> rows, String section) {
    List<Map<String, String>> found = rows.stream().filter(r -> section.equals(r.get("section"))).toList();
    assertThat(found).as(section).hasSize(1);
    return found.get(0);
  }
}
