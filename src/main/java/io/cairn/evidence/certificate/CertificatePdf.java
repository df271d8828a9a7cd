package io.cairn.evidence.certificate;

import io.cairn.evidence.cpd.CpdRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A certificate as a one-page A4 PDF (more pages only if the competence list is very long), made
 * with Apache PDFBox and the standard Helvetica fonts, so nothing is embedded or installed.
 * Characters Helvetica cannot encode are replaced (by their unaccented letter, else "?"), never a
 * failure; long lines wrap. Blocking: call it off the event loop.
 */
public final class CertificatePdf {
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);
  private static final float MARGIN = 56;

  private final PDDocument doc = new PDDocument();
  private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
  private PDPageContentStream out;
  private float y;

  private CertificatePdf() {}

  /** @param verifyUrl the public address that verifies this certificate */
  public static byte[] render(Certificate c, String verifyUrl) {
    CertificatePdf pdf = new CertificatePdf();
    try {
      return pdf.write(c, verifyUrl);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] write(Certificate c, String verifyUrl) throws IOException {
    try (doc) {
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle("Certificate of participation: " + clean(regular, c.moduleTitle()));
      info.setAuthor("Cairn");
      newPage();
      line(bold, 26, "Certificate of participation", 14);
      if (c.revoked()) {
        line(bold, 14, "REVOKED on " + DAY.format(c.revokedAt()) + ": " + c.revokeReason(), 8);
      }
      line(regular, 12, "This certifies that", 6);
      line(bold, 20, c.holderErased() ? "(the holder erased their account)" : c.holderName(), 10);
      line(regular, 12, "took part in and completed the CPD module", 6);
      line(bold, 16, c.moduleTitle(), 12);
      line(regular, 12, "CPD time: " + hours(c.cpdMinutes()) + " hours", 4);
      line(regular, 12, "Completed on " + DAY.format(c.completedAt()) + " (module version " + c.moduleVersion() + ")", 4);
      line(regular, 12, "Issued on " + DAY.format(c.issuedAt()), 12);
      line(bold, 12, "Competences the module addressed", 4);
      for (Certificate.Competence k : c.competences()) {
        line(regular, 10, k.id() + "  " + k.title(), 2);
      }
      y -= 10;
      line(italic, 11, c.statement(), 12);
      line(bold, 12, "Verification code: " + c.groupedCode(), 4);
      line(regular, 11, "Check that this certificate is genuine at " + verifyUrl, 0);
      out.close();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    }
  }

  static String hours(int minutes) {
    double h = CpdRecord.hours(minutes);
    return h == Math.rint(h) ? String.valueOf((long) h) : String.valueOf(h);
  }

  private void newPage() throws IOException {
    if (out != null) {
      out.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    out = new PDPageContentStream(doc, page);
    y = page.getMediaBox().getHeight() - MARGIN;
  }

  /** Writes text wrapped to the page width, then leaves {@code after} points of space. */
  private void line(PDFont font, float size, String text, float after) throws IOException {
    float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    for (String part : wrap(font, size, clean(font, text), width)) {
      if (y - size < MARGIN) {
        newPage();
      }
      y -= size * 1.25f;
      out.beginText();
      out.setFont(font, size);
      out.newLineAtOffset(MARGIN, y);
      out.showText(part);
      out.endText();
    }
    y -= after;
  }

  static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = current.length() == 0 ? word : current + " " + word;
      if (width(font, size, candidate) <= width) {
        current.setLength(0);
        current.append(candidate);
        continue;
      }
      if (current.length() > 0) {
        lines.add(current.toString());
        current.setLength(0);
      }
      while (width(font, size, word) > width) { // a word longer than the line (a URL): break it
        int cut = word.length() - 1;
        while (cut > 1 && width(font, size, word.substring(0, cut)) > width) {
          cut--;
        }
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
      }
      current.append(word);
    }
    if (current.length() > 0 || lines.isEmpty()) {
      lines.add(current.toString());
    }
    return lines;
  }

  private static float width(PDFont font, float size, String s) throws IOException {
    return font.getStringWidth(s) / 1000 * size;
  }

  /**
   * Only what the font can encode: whitespace becomes a space, accents and ligatures fall back to
   * plain letters (NFKD), anything else becomes "?".
   */
  static String clean(PDFont font, String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> {
      String s = Character.isWhitespace(cp) || Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
      if (encodable(font, s)) {
        out.append(s);
        return;
      }
      String base = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
      out.append(!base.isEmpty() && encodable(font, base) ? base : "?");
    });
    return out.toString().strip();
  }

  private static boolean encodable(PDFont font, String s) {
    try {
      font.encode(s);
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }
}
