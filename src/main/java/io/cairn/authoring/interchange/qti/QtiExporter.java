package io.cairn.authoring.interchange.qti;

import io.cairn.authoring.interchange.ExportNote;
import io.cairn.authoring.interchange.ExportResult;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A quiz as a QTI 3.0 content package: imsmanifest.xml, assessment-test.xml and one item per
 * answerable question under items/. Pure: builds the zip in memory.
 */
public final class QtiExporter {
  private QtiExporter() {}

  public static ExportResult export(Quiz quiz) {
    List<ExportNote> notes = new ArrayList<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(zip, "imsmanifest.xml", SecureXml.write(QtiManifest.write(quiz)));
      put(zip, QtiManifest.TEST_HREF, SecureXml.write(QtiTestWriter.write(quiz, notes)));
      for (Question q : quiz.answerableQuestions()) {
        put(zip, QtiTestWriter.href(q), SecureXml.write(QtiItemWriter.write(q, quiz.settings().shuffleOptions(), notes)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ExportResult(bytes.toByteArray(), "application/zip", quiz.id() + ".qti.zip", notes);
  }

  private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }
}
