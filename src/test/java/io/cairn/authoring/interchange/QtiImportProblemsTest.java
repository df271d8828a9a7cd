package io.cairn.authoring.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.quiz.model.Question;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Malformed, hostile and foreign QTI: per-item errors naming the file and element; XXE refused. */
class QtiImportProblemsTest {
  static final String NS = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";

  static byte[] zip(Map<String, String> files) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(f.getKey()));
        zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static String item(String id, String declaration, String body, String processing) {
    return "<qti-assessment-item xmlns=\"" + NS + "\" identifier=\"" + id + "\" title=\"t\" adaptive=\"false\" "
        + "time-dependent=\"false\">" + declaration
        + "<qti-outcome-declaration identifier=\"SCORE\" cardinality=\"single\" base-type=\"float\"/>"
        + "<qti-item-body>" + body + "</qti-item-body>" + processing + "</qti-assessment-item>";
  }

  static final String GOOD = item("good", "<qti-response-declaration identifier=\"RESPONSE\" cardinality=\"single\" "
      + "base-type=\"identifier\"><qti-correct-response><qti-value>B</qti-value></qti-correct-response>"
      + "</qti-response-declaration>",
      "<p>Which is <em>right</em>?</p><qti-choice-interaction response-identifier=\"RESPONSE\" shuffle=\"true\" "
          + "max-choices=\"1\"><qti-simple-choice identifier=\"A\">Wrong<qti-feedback-inline outcome-identifier="
          + "\"FEEDBACK\" identifier=\"A\" show-hide=\"show\">Not this.</qti-feedback-inline></qti-simple-choice>"
          + "<qti-simple-choice identifier=\"B\">Right <img src=\"x.png\" alt=\"x\"/></qti-simple-choice>"
          + "</qti-choice-interaction>",
      "<qti-response-processing template=\"https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct\"/>");

  static Map<String, String> packageWith(Map<String, String> items) {
    StringBuilder manifest = new StringBuilder("<manifest xmlns=\"http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1\" "
        + "identifier=\"M\"><resources>");
    items.keySet().forEach(href -> manifest.append("<resource identifier=\"R-").append(href.hashCode() & 0xffff)
        .append("\" type=\"imsqti_item_xmlv3p0\" href=\"").append(href).append("\"/>"));
    manifest.append("</resources></manifest>");
    Map<String, String> files = new LinkedHashMap<>();
    files.put("imsmanifest.xml", manifest.toString());
    files.putAll(items);
    return files;
  }

  @Test
  void anItemFromAnotherToolImportsWithItsInlineFeedbackAndAReportOfWhatWasLeftOut() throws IOException {
    ImportResult r = InterchangeService.importQti(zip(packageWith(Map.of("items/good.xml", GOOD))), "foreign");
    Question.SingleChoice sc = (Question.SingleChoice) r.quiz().questions().get(0);
    assertThat(sc.stem()).isEqualTo("Which is *right*?");
    assertThat(sc.options()).extracting(Question.Option::text).containsExactly("Wrong", "Right");
    assertThat(sc.options().get(0).feedback()).isEqualTo("Not this.");
    assertThat(sc.options().get(1).correct()).isTrue();
    assertThat(r.quiz().settings().shuffleOptions()).isTrue();
    assertThat(r.problems()).anyMatch(p -> p.where().equals("items/good.xml › qti-simple-choice")
        && p.message().contains("left out"));
    assertThat(r.problems()).anyMatch(p -> p.message().startsWith("no competences"));
  }

  @Test
  void eachBrokenItemIsReportedWithItsFileAndElementWhileTheOthersImport() throws IOException {
    Map<String, String> items = new LinkedHashMap<>();
    items.put("items/good.xml", GOOD);
    items.put("items/not-xml.xml", "<qti-assessment-item xmlns=\"" + NS + "\"><unclosed>");
    items.put("items/no-declaration.xml", item("nodecl", "",
        "<qti-choice-interaction response-identifier=\"RESPONSE\"><qti-simple-choice identifier=\"A\">a"
            + "</qti-simple-choice></qti-choice-interaction>", ""));
    items.put("items/essay.xml", item("essay", "<qti-response-declaration identifier=\"RESPONSE\" cardinality=\"single\" "
        + "base-type=\"string\"/>", "<p>Why?</p><qti-extended-text-interaction response-identifier=\"RESPONSE\"/>", ""));
    items.put("items/qti2.xml", "<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\" identifier=\"x\"/>");
    items.put("items/two-right.xml", item("two", "<qti-response-declaration identifier=\"RESPONSE\" cardinality=\"single\" "
        + "base-type=\"identifier\"><qti-correct-response><qti-value>A</qti-value><qti-value>B</qti-value>"
        + "</qti-correct-response></qti-response-declaration>", "<p>Pick</p><qti-choice-interaction "
        + "response-identifier=\"RESPONSE\"><qti-simple-choice identifier=\"A\">a</qti-simple-choice><qti-simple-choice "
        + "identifier=\"B\">b</qti-simple-choice></qti-choice-interaction>", ""));
    items.put("items/missing.xml", null);
    Map<String, String> files = packageWith(items);
    files.remove("items/missing.xml");
    ImportResult r = InterchangeService.importQti(zip(files), null);

    assertThat(r.quiz().questions()).extracting(Question::id).containsExactly("good");
    assertThat(r.errors()).extracting(ImportProblem::where).containsExactly(
        "items/not-xml.xml", "items/no-declaration.xml › qti-choice-interaction",
        "items/essay.xml › qti-extended-text-interaction", "items/qti2.xml › assessmentItem",
        "items/two-right.xml › qti-response-declaration", "items/missing.xml");
    assertThat(r.errors().get(0).message()).startsWith("not well-formed XML at line 1");
    assertThat(r.errors().get(2).message()).contains("no question type for qti-extended-text-interaction");
    assertThat(r.errors().get(3).message()).contains("QTI 2.x");
  }

  @Test
  void anExternalEntityIsRefusedAndNothingIsRead() throws IOException {
    Path secret = Files.createTempFile("secret", ".txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"
        + GOOD.replace("Which is", "&s; Which is");
    ImportResult r = InterchangeService.importQti(zip(packageWith(Map.of("items/xxe.xml", xxe))), null);
    assertThat(r.quiz().questions()).isEmpty();
    assertThat(r.errors()).extracting(ImportProblem::where).contains("items/xxe.xml");
    assertThat(r.errors().get(0).message()).contains("DOCTYPE").doesNotContain("TOP-SECRET");
    assertThat(r.toString()).doesNotContain("TOP-SECRET-CONTENT");

    String billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
        + "<manifest>&b;</manifest>";
    ImportResult bomb = InterchangeService.importQti(zip(Map.of("imsmanifest.xml", billionLaughs)), null);
    assertThat(bomb.errors()).extracting(ImportProblem::where).contains("imsmanifest.xml");
  }

  @Test
  void aZipBombAndAPathOutsideThePackageAreRefused() throws IOException {
    ImportResult big = InterchangeService.importQti(zip(Map.of("items/huge.xml", "0".repeat(6 * 1024 * 1024))), null);
    assertThat(big.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("more than 5 MB"));
    ImportResult escape = InterchangeService.importQti(zip(Map.of("../../etc/passwd", "x")), null);
    assertThat(escape.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("outside its folder"));
    ImportResult notZip = InterchangeService.importQti("PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1), null);
    assertThat(notZip.errors()).isNotEmpty();
  }

  @Test
  void aSingleItemFileImportsAsAOneQuestionQuiz() {
    ImportResult r = InterchangeService.importFile("item.xml", GOOD.getBytes(StandardCharsets.UTF_8), java.util.Set.of("OPT-1.1"));
    assertThat(r.quiz().questions()).extracting(Question::id).containsExactly("good");
    assertThat(r.quiz().id()).isEqualTo("item");
  }

  @Test
  void anExportNamesWhatQtiApproximates() {
    List<ExportNote> notes = InterchangeService.exportQti(Samples.quiz(Samples.notForGift())).notes();
    assertThat(notes).anyMatch(n -> n.questionId().equals("NUR") && n.message().contains("unit \"mg\" (required)"));
    assertThat(notes).anyMatch(n -> n.questionId().equals("OR") && n.message().contains("adjacent-pairs"));
    assertThat(notes).anyMatch(n -> n.questionId().equals("STP") && n.message().contains("qti-pattern-match"));
  }
}
