package io.cairn.authoring.interchange;

import io.cairn.authoring.interchange.ImportProblem.Severity;
import io.cairn.authoring.interchange.gift.GiftImporter;
import io.cairn.authoring.interchange.gift.GiftWriter;
import io.cairn.authoring.interchange.qti.QtiExporter;
import io.cairn.authoring.interchange.qti.QtiImporter;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The entry points for GIFT and QTI 3.0: bytes in, a quiz and every problem out; a quiz in, bytes
 * and every export note out. Pure and blocking (CPU only): call it off the event loop for large
 * files. The editor's "import as draft" and the pages in {@code interchange.web} use it.
 */
public final class InterchangeService {
  public enum Format {
    GIFT, QTI;

    /** A zip (or an XML file) is QTI; anything else is read as GIFT text. */
    public static Format detect(String fileName, byte[] bytes) {
      String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
      boolean zip = bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K';
      return zip || name.endsWith(".zip") || name.endsWith(".xml") ? QTI : GIFT;
    }
  }

  private InterchangeService() {}

  public static ImportResult importGift(byte[] bytes, String quizId) {
    return GiftImporter.read(bytes, quizId);
  }

  public static ImportResult importQti(byte[] bytes, String quizId) {
    return QtiImporter.read(bytes, quizId);
  }

  /**
   * Imports a file by its kind, with the quiz id taken from the file or else from its name.
   *
   * @param knownCompetences competence ids of the target framework; when not empty, other ids are reported
   */
  public static ImportResult importFile(String fileName, byte[] bytes, Set<String> knownCompetences) {
    String suggested = QuizIds.slug(fileName, "imported-quiz");
    ImportResult r = Format.detect(fileName, bytes) == Format.QTI ? importQti(bytes, suggested)
        : importGift(bytes, suggested);
    return knownCompetences == null || knownCompetences.isEmpty() ? r : checkCompetences(r, knownCompetences);
  }

  public static ExportResult exportGift(Quiz quiz) {
    return GiftWriter.export(quiz);
  }

  public static ExportResult exportQti(Quiz quiz) {
    return QtiExporter.export(quiz);
  }

  static ImportResult checkCompetences(ImportResult r, Set<String> known) {
    List<ImportProblem> problems = new ArrayList<>(r.problems());
    for (Question q : r.quiz().answerableQuestions()) {
      List<String> unknown = q.competences().stream().filter(c -> !known.contains(c)).toList();
      if (!unknown.isEmpty()) {
        problems.add(new ImportProblem(Severity.WARNING, "question " + q.id(), 0, q.id(), "not competences of the "
            + "framework: " + String.join(", ", unknown) + "; fix or remove them before publishing"));
      }
    }
    return new ImportResult(r.quiz(), problems);
  }
}
