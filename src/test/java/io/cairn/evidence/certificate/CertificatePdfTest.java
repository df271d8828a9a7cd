package io.cairn.evidence.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.evidence.Disclaimer;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF on its own: characters Helvetica lacks are replaced, long text wraps, many competences add a page. */
class CertificatePdfTest {
  static Certificate certificate(String holder, String title, int competences) {
    List<Certificate.Competence> list = java.util.stream.IntStream.rangeClosed(1, competences)
        .mapToObj(i -> new Certificate.Competence("C-" + i, "Competence number " + i + " with a fairly long title"))
        .toList();
    Instant t = Instant.parse("2026-11-20T10:15:30Z");
    return new Certificate("ABCDEFGHJKLMNPQR", 1L, holder, null, "m", 2, title, 150, t, list, Disclaimer.RECORD, t,
        null, null);
  }

  static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void replacesCharactersTheFontCannotEncodeInsteadOfFailing() throws Exception {
    byte[] pdf = CertificatePdf.render(certificate("Zoë Łukasz 李雷 Ǆ", "Title → with arrows", 3), "http://x/verify/ABCD");
    String text = text(pdf);
    assertThat(text).contains("Zoë ?ukasz ?? DZ").contains("Title ? with arrows").contains("2.5 hours")
        .contains("20 November 2026").contains("ABCD-EFGH-JKLM-NPQR");
  }

  @Test
  void wrapsLongLinesAndAddsPagesRatherThanCuttingText() throws Exception {
    String title = "A very long module title ".repeat(12).strip();
    String url = "https://cpd.example.org/" + "a".repeat(150) + "/verify/ABCD-EFGH-JKLM-NPQR";
    byte[] pdf = CertificatePdf.render(certificate("Ann", title, 70), url);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text.replaceAll("\\s+", " ")).contains(title).contains("C-70 Competence number 70")
          .contains(Disclaimer.RECORD);
      assertThat(text.replaceAll("\\s+", "")).contains(url);
    }
  }
}
