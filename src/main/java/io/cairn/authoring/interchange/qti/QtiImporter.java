package io.cairn.authoring.interchange.qti;

import io.cairn.authoring.interchange.ImportProblem;
import io.cairn.authoring.interchange.ImportProblem.Severity;
import io.cairn.authoring.interchange.ImportResult;
import io.cairn.authoring.interchange.QuizIds;
import io.cairn.content.model.EvidenceLevel;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import io.cairn.quiz.model.QuizSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;

/**
 * Reads a QTI 3.0 content package (or a single item file) into a Cairn quiz: the test's order,
 * scenarios and settings, each item as a question, or a problem naming the item file and element.
 * Pure: everything happens in memory, with the limits of {@link QtiZip} and the parser of
 * {@link SecureXml}.
 */
public final class QtiImporter {
  private final List<ImportProblem> problems = new ArrayList<>();
  private final Map<String, byte[]> files;
  private final Map<String, QtiManifestReader.ItemMeta> meta;
  private final Set<String> ids = new HashSet<>();
  private boolean shuffleOptions;

  private QtiImporter(Map<String, byte[]> files, Map<String, QtiManifestReader.ItemMeta> meta) {
    this.files = files;
    this.meta = meta;
  }

  public static ImportResult read(byte[] bytes, String suggestedQuizId) {
    String fallbackId = suggestedQuizId != null && QuizIds.SLUG.matcher(suggestedQuizId).matches()
        ? suggestedQuizId : "imported-quiz";
    if (!QtiZip.isZip(bytes)) {
      QtiImporter single = new QtiImporter(Map.of("item.xml", bytes), Map.of("item.xml", QtiManifestReader.ItemMeta.NONE));
      List<Question> qs = single.item(new QtiTestReader.ItemRef("item.xml", 1), false).map(List::of).orElse(List.of());
      return single.finish(new QtiTestReader.Test(null, null, null, null, false, false, null, List.of()), qs, fallbackId);
    }
    Map<String, byte[]> files;
    try {
      files = QtiZip.read(bytes);
    } catch (QtiZip.Unreadable e) {
      ImportProblem p = ImportProblem.inFile(Severity.ERROR, "package", null, null, e.getMessage());
      return new ImportResult(new Quiz(fallbackId, fallbackId, null, QuizSettings.DEFAULTS, List.of()), List.of(p));
    }
    List<ImportProblem> early = new ArrayList<>();
    QtiManifestReader.Contents contents = QtiManifestReader.read(files, early);
    QtiImporter importer = new QtiImporter(files, contents.items());
    importer.problems.addAll(early);
    QtiTestReader.Test test = importer.test(contents.testHref());
    return importer.finish(test, importer.questions(test, contents), fallbackId);
  }

  private QtiTestReader.Test test(String href) {
    QtiTestReader.Test none = new QtiTestReader.Test(null, null, null, null, false, false, null, List.of());
    if (href == null) {
      problems.add(ImportProblem.inFile(Severity.NOTE, "package", null, null,
          "no assessment test: the items are imported in the order of the manifest, with default settings"));
      return none;
    }
    Document doc = parse(href);
    if (doc == null) {
      return none;
    }
    if (!"qti-assessment-test".equals(doc.getDocumentElement().getLocalName())) {
      problems.add(ImportProblem.inFile(Severity.ERROR, href, doc.getDocumentElement().getTagName(), null,
          "not a qti-assessment-test"));
      return none;
    }
    return QtiTestReader.read(href, doc, problems);
  }

  private List<Question> questions(QtiTestReader.Test test, QtiManifestReader.Contents contents) {
    List<Question> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (QtiTestReader.Entry e : test.entries()) {
      if (e.item() != null) {
        used.add(e.item().href());
        item(e.item(), false).ifPresent(out::add);
        continue;
      }
      List<Question> subs = new ArrayList<>();
      e.items().forEach(i -> {
        used.add(i.href());
        item(i, true).ifPresent(subs::add);
      });
      String sid = e.scenarioId() == null || !ids.add(e.scenarioId()) ? fresh("S") : e.scenarioId();
      if (!subs.isEmpty()) {
        out.add(new Question.Scenario(sid, e.vignette(), e.scenarioFeedback(), subs));
      }
    }
    for (String href : contents.items().keySet()) {
      if (!used.contains(href)) {
        if (!test.entries().isEmpty()) {
          problems.add(ImportProblem.inFile(Severity.NOTE, href, null, null,
              "the test does not use this item; it is added at the end of the quiz"));
        }
        item(new QtiTestReader.ItemRef(href, 1), false).ifPresent(out::add);
      }
    }
    return out;
  }

  private java.util.Optional<Question> item(QtiTestReader.ItemRef ref, boolean inScenario) {
    Document doc = parse(ref.href());
    if (doc == null) {
      return java.util.Optional.empty();
    }
    QtiManifestReader.ItemMeta m = meta.getOrDefault(ref.href(), QtiManifestReader.ItemMeta.NONE);
    EvidenceLevel level = m.level() != null ? m.level() : inScenario ? EvidenceLevel.KNOWS_HOW : EvidenceLevel.KNOWS;
    Question q = new QtiItemReader(ref.href(), problems)
        .read(doc, new QtiItemReader.Context(m.competences(), level, ref.weight()));
    if (q == null) {
      return java.util.Optional.empty();
    }
    if (!ids.add(q.id())) {
      problems.add(ImportProblem.inFile(Severity.ERROR, ref.href(), "qti-assessment-item", q.id(),
          "another item has the same identifier; not imported"));
      return java.util.Optional.empty();
    }
    shuffleOptions |= Qti.descendants(doc.getDocumentElement(), "*").stream()
        .anyMatch(e -> (e.getLocalName().equals("qti-choice-interaction") || e.getLocalName().equals("qti-match-interaction"))
            && "true".equals(e.getAttribute("shuffle")));
    if (q.competences().isEmpty()) {
      problems.add(ImportProblem.inFile(Severity.WARNING, ref.href(), null, q.id(), "no competences: link at least "
          + "one in the editor (or in the manifest's LOM classification, purpose \"competency\") before publishing"));
    }
    return java.util.Optional.of(q);
  }

  private Document parse(String href) {
    byte[] bytes = files.get(href);
    if (bytes == null) {
      problems.add(ImportProblem.inFile(Severity.ERROR, href, null, null, "the package refers to this file but "
          + "does not contain it"));
      return null;
    }
    try {
      return SecureXml.parse(bytes);
    } catch (SecureXml.XmlError e) {
      problems.add(ImportProblem.inFile(Severity.ERROR, href, null, null, e.getMessage()));
      return null;
    }
  }

  private ImportResult finish(QtiTestReader.Test test, List<Question> questions, String fallbackId) {
    if (questions.isEmpty()) {
      problems.add(ImportProblem.inFile(Severity.ERROR, "package", null, null, "no question could be imported"));
    }
    String id = test.id() != null && QuizIds.SLUG.matcher(test.id()).matches() ? test.id() : fallbackId;
    QuizSettings d = QuizSettings.DEFAULTS;
    QuizSettings settings = new QuizSettings(test.passMark() == null ? d.passMarkPercent() : test.passMark(),
        test.timeLimitMinutes(), d.attemptsAllowed(), d.grading(), test.shuffle(), shuffleOptions,
        test.linear() ? QuizSettings.Layout.ONE_PER_PAGE : d.layout(), d.feedback(), null, d.review(), false, List.of());
    String title = test.title() == null || test.title().isBlank() ? id : test.title();
    return new ImportResult(new Quiz(id, title, test.intro(), settings, questions), problems);
  }

  private String fresh(String prefix) {
    for (int n = 1; ; n++) {
      if (ids.add(prefix + n)) {
        return prefix + n;
      }
    }
  }
}
