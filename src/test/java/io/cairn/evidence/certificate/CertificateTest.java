package io.cairn.evidence.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.evidence.Disclaimer;
import io.cairn.evidence.cpd.ModuleOne;
import io.cairn.evidence.cpd.Supervisors;
import io.cairn.testing.Browser;
import io.cairn.testing.Sql;
import io.cairn.testing.TestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Certificates of participation: issued once, printable, a PDF, verified by anyone, revoked by an admin. */
class CertificateTest {
  static final String PUBLIC_URL = "http://cpd.example.org:8080";
  static TestServer server;
  static ModuleOne.Learner rae;
  static String code;

  @BeforeAll
  static void start() {
    server = TestServer.start(Map.of("CAIRN_PUBLIC_URL", PUBLIC_URL));
    rae = ModuleOne.signUp(server, "Rae Certified", "rae@example.org");
    rae.web().get("/cpd");
    var early = rae.web().post("/cpd/certificates", Map.of("module", ModuleOne.MODULE));
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(Jsoup.parse(early.bodyAsString()).select("main").text()).contains("not completed");
    ModuleOne.complete(rae, "Reflection for the certificate.");
    code = issue(rae);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String issue(ModuleOne.Learner l) {
    Document record = l.web().page("/cpd");
    assertThat(record.select("form[action=/cpd/certificates] input[name=module]").val()).isEqualTo(ModuleOne.MODULE);
    HttpResponse<Buffer> r = l.web().post("/cpd/certificates", Map.of("module", ModuleOne.MODULE));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(303);
    String location = r.getHeader("Location");
    assertThat(location).matches("/certificates/[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}");
    return location.substring("/certificates/".length());
  }

  static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void issuingTwiceGivesTheSameOneCertificate() {
    rae.web().get("/cpd");
    var again = rae.web().post("/cpd/certificates", Map.of("module", ModuleOne.MODULE));
    assertThat(again.getHeader("Location")).isEqualTo("/certificates/" + code);
    assertThat(Sql.count(server, "SELECT count(*) FROM certificate WHERE revoked_at IS NULL AND account_id = " + rae.id()))
        .isEqualTo(1);
    assertThat(rae.web().page("/cpd").select("#completed a[href=/certificates/" + code + "]")).hasSize(1);
  }

  @Test
  void thePrintablePageHasTheDetailsAndPrintStyles() {
    Document page = rae.web().page("/certificates/" + code);
    String text = page.select(".certificate").text();
    assertThat(text).contains("Rae Certified", ModuleOne.module().title(), "3 hours", code, Disclaimer.RECORD,
        PUBLIC_URL + "/verify/" + code, "OPT-4.1");
    assertThat(page.select("link[href=/css/certificate.css]")).hasSize(1);
    assertThat(rae.web().get("/css/certificate.css").bodyAsString()).contains("@media print");
  }

  @Test
  void thePdfSaysWhoDidWhatWithTheDisclaimerAndTheVerificationUrl() throws Exception {
    HttpResponse<Buffer> r = rae.web().get("/certificates/" + code + ".pdf");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.getHeader("Content-Type")).isEqualTo("application/pdf");
    assertThat(r.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"cairn-certificate-" + code + ".pdf\"");
    String text = pdfText(r.body().getBytes());
    assertThat(text).contains("Certificate of participation", "Rae Certified", ModuleOne.module().title(),
        "CPD time: 3 hours", "Verification code: " + code, Disclaimer.RECORD, PUBLIC_URL + "/verify/" + code,
        "OPT-5.1");
  }

  @Test
  void anotherLearnerCannotSeeOrIssueSomeoneElsesCertificate() {
    ModuleOne.Learner sid = ModuleOne.signUp(server, "Sid Other", "sid@example.org");
    assertThat(sid.web().get("/certificates/" + code).statusCode()).isEqualTo(404);
    assertThat(sid.web().get("/certificates/" + code + ".pdf").statusCode()).isEqualTo(404);
    sid.web().get("/cpd");
    assertThat(sid.web().post("/cpd/certificates", Map.of("module", ModuleOne.MODULE)).statusCode()).isEqualTo(409);
    assertThat(Sql.count(server, "SELECT count(*) FROM certificate WHERE account_id = " + sid.id())).isZero();
  }

  @Test
  void anyoneCanVerifyARealCode() {
    Browser anyone = new Browser(server.cairn().vertx(), server.baseUrl());
    HttpResponse<Buffer> r = anyone.get("/verify/" + code.toLowerCase());
    assertThat(r.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(r.bodyAsString());
    assertThat(page.select("#verdict").text()).startsWith("Genuine");
    assertThat(page.select("#details").text()).contains("Rae Certified", ModuleOne.module().title(), "3 hours");
    assertThat(page.select(".disclaimer").text()).contains(Disclaimer.RECORD);
    assertThat(page.select("form[action$=/revoke]")).isEmpty();
    assertThat(anyone.get("/verify?code=" + code).getHeader("Location")).isEqualTo("/verify/" + code);
  }

  @Test
  void aForgedOrMalformedCodeIsNotACairnCertificate() {
    Browser anyone = new Browser(server.cairn().vertx(), server.baseUrl());
    String forged = VerificationCode.grouped(VerificationCode.generate());
    HttpResponse<Buffer> r = anyone.get("/verify/" + forged);
    assertThat(r.statusCode()).isEqualTo(404);
    Document page = Jsoup.parse(r.bodyAsString());
    assertThat(page.select("#verdict").text()).startsWith("This is not a Cairn certificate.").contains("No certificate was ever issued");
    assertThat(page.select(".disclaimer").text()).contains(Disclaimer.RECORD);

    HttpResponse<Buffer> bad = anyone.get("/verify/%3Cb%3Enot-a-code");
    assertThat(bad.statusCode()).isEqualTo(404);
    assertThat(bad.bodyAsString()).doesNotContain("<b>not-a-code");
    assertThat(Jsoup.parse(bad.bodyAsString()).select("#verdict").text())
        .startsWith("This is not a Cairn certificate.").contains("<b>not-a-code").contains("is not a Cairn verification code");
  }

  @Test
  void anAdminRevokesWithAReasonAndVerificationSaysSo() {
    ModuleOne.Learner tom = ModuleOne.signUp(server, "Tom Revoked", "tom@example.org");
    ModuleOne.complete(tom, "Tom's reflection.");
    String tomCode = issue(tom);
    String revoke = "/admin/certificates/" + tomCode + "/revoke";
    tom.web().get("/cpd");
    assertThat(tom.web().post(revoke, Map.of("reason", "mine")).statusCode()).isEqualTo(403);
    Browser admin = Supervisors.admin(server);
    Document verify = admin.page("/verify/" + tomCode);
    assertThat(verify.select("form[action=" + revoke + "]")).hasSize(1);
    assertThat(admin.post(revoke, Map.of("reason", " ")).statusCode()).isEqualTo(400);
    assertThat(Sql.count(server, "SELECT count(*) FROM certificate WHERE revoked_at IS NOT NULL")).isZero();
    var done = admin.post(revoke, Map.of("reason", "Issued in error: attempts were shared."));
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(admin.post(revoke, Map.of("reason", "again")).statusCode()).isEqualTo(409);

    Document page = new Browser(server.cairn().vertx(), server.baseUrl()).page("/verify/" + tomCode);
    assertThat(page.select("#verdict").text()).contains("has been revoked", "Issued in error: attempts were shared.",
        "no longer valid");
    assertThat(Sql.single(server, "SELECT revoke_reason FROM certificate WHERE code = '" + tomCode.replace("-", "") + "'"))
        .isEqualTo("Issued in error: attempts were shared.");

    String reissued = issue(tom); // still complete: a new certificate, the revoked one stays revoked
    assertThat(reissued).isNotEqualTo(tomCode);
    assertThat(Sql.count(server, "SELECT count(*) FROM certificate WHERE account_id = " + tom.id())).isEqualTo(2);
  }

  @Test
  void aCertificateCannotBeAlteredOrDeletedThroughSql() {
    assertThatThrownBy(() -> Sql.execute(server, "UPDATE certificate SET cpd_minutes = 999"))
        .hasStackTraceContaining("cannot change once issued");
    assertThatThrownBy(() -> Sql.execute(server, "UPDATE certificate SET holder_name = 'Someone Else'"))
        .hasStackTraceContaining("holder cannot change");
    assertThatThrownBy(() -> Sql.execute(server, "DELETE FROM certificate"))
        .hasStackTraceContaining("kept for verification");
  }
}
