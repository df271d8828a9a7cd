package io.cairn.authoring.interchange.qti;

import static io.cairn.authoring.interchange.qti.Qti.el;
import static io.cairn.authoring.interchange.qti.Qti.encode;
import static io.cairn.authoring.interchange.qti.Qti.text;

import io.cairn.authoring.interchange.ExportNote;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import io.cairn.quiz.model.QuizSettings;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The assessment test: one section in the quiz's order, each scenario a sub-section whose
 * candidate rubric block is the vignette; points as item weights; time limit, question shuffling
 * and the pass mark (outcome processing) as QTI has them. Other settings are reported.
 */
final class QtiTestWriter {
  static final String WEIGHT = "WEIGHT";

  private QtiTestWriter() {}

  static Document write(Quiz quiz, List<ExportNote> notes) {
    Document doc = SecureXml.newDocument();
    Element test = doc.createElementNS(Qti.NS, "qti-assessment-test");
    doc.appendChild(test);
    test.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsi", Qti.XSI);
    test.setAttributeNS(Qti.XSI, "xsi:schemaLocation", Qti.NS + " " + Qti.XSD);
    test.setAttribute("identifier", encode(quiz.id()));
    test.setAttribute("title", quiz.title());
    QuizSettings s = quiz.settings();
    outcome(test, "SCORE", "float", null);
    double max = quiz.answerableQuestions().stream().mapToDouble(Question::points).sum();
    outcome(test, "MAXSCORE", "float", Qti.number(max));
    outcome(test, "PASS", "boolean", null);
    if (s.timeLimitMinutes() != null) {
      el(test, "qti-time-limits", "max-time", String.valueOf(s.timeLimitMinutes() * 60));
    }
    Element part = el(test, "qti-test-part", "identifier", "part-1", "navigation-mode",
        s.layout() == QuizSettings.Layout.ONE_PER_PAGE ? "linear" : "nonlinear", "submission-mode", "simultaneous");
    Element section = el(part, "qti-assessment-section", "identifier", "quiz", "title", quiz.title(), "visible", "true");
    if (s.shuffleQuestions()) {
      el(section, "qti-ordering", "shuffle", "true");
    }
    if (quiz.intro() != null && !quiz.intro().isBlank()) {
      QtiText.write(el(section, "qti-rubric-block", "view", "candidate", "use", "intro"), quiz.intro());
    }
    for (Question q : quiz.questions()) {
      if (q instanceof Question.Scenario sc) {
        Element sub = el(section, "qti-assessment-section", "identifier", encode(sc.id()), "title", "Scenario",
            "visible", "true", "class", "cairn-scenario");
        QtiText.write(el(sub, "qti-rubric-block", "view", "candidate", "use", "vignette"), sc.vignette());
        if (sc.feedback() != null && !sc.feedback().isBlank()) {
          QtiText.write(el(sub, "qti-rubric-block", "view", "tutor", "use", "scenario-feedback"), sc.feedback());
          notes.add(new ExportNote(sc.id(), "the scenario's feedback is written as a rubric block for tutors: QTI "
              + "players do not show it to learners after the last sub-question"));
        }
        sc.questions().forEach(sq -> itemRef(sub, sq));
      } else {
        itemRef(section, q);
      }
    }
    outcomeProcessing(test, s.passMarkPercent());
    notes.addAll(unexpressed(s));
    return doc;
  }

  static String href(Question q) {
    return "items/" + encode(q.id()) + ".xml";
  }

  private static void itemRef(Element section, Question q) {
    Element ref = el(section, "qti-assessment-item-ref", "identifier", encode(q.id()), "href", href(q));
    el(ref, "qti-weight", "identifier", WEIGHT, "value", Qti.number(q.points()));
  }

  private static void outcome(Element test, String id, String type, String value) {
    Element o = el(test, "qti-outcome-declaration", "identifier", id, "cardinality", "single", "base-type", type);
    if (value != null) {
      text(el(o, "qti-default-value"), "qti-value", value);
    }
  }

  /** SCORE = the weighted sum of item scores; PASS = SCORE ≥ MAXSCORE × pass mark. */
  private static void outcomeProcessing(Element test, int passMark) {
    Element op = el(test, "qti-outcome-processing");
    Element sum = el(el(op, "qti-set-outcome-value", "identifier", "SCORE"), "qti-sum");
    el(sum, "qti-test-variables", "variable-identifier", "SCORE", "weight-identifier", WEIGHT);
    Element gte = el(el(op, "qti-set-outcome-value", "identifier", "PASS"), "qti-gte");
    el(gte, "qti-variable", "identifier", "SCORE");
    Element product = el(gte, "qti-product");
    el(product, "qti-variable", "identifier", "MAXSCORE");
    text(product, "qti-base-value", Qti.number(passMark / 100.0), "base-type", "float", "class", "cairn-pass-mark");
  }

  private static List<ExportNote> unexpressed(QuizSettings s) {
    List<String> lost = new ArrayList<>();
    QuizSettings d = QuizSettings.DEFAULTS;
    if (s.attemptsAllowed() != d.attemptsAllowed()) {
      lost.add("attempts allowed (" + s.attemptsAllowed() + ")");
    }
    if (s.grading() != d.grading()) {
      lost.add("grading across attempts (" + s.grading().code() + ")");
    }
    if (s.feedback() != d.feedback() || !s.review().equals(d.review())) {
      lost.add("when feedback and the review are shown");
    }
    if (s.closesAt() != null) {
      lost.add("the closing date");
    }
    if (s.certaintyBasedMarking()) {
      lost.add("certainty-based marking");
    }
    if (!s.draw().isEmpty()) {
      lost.add("the random draw per competence");
    }
    return lost.isEmpty() ? List.of() : List.of(new ExportNote(null, "not carried by QTI: " + String.join(", ", lost)
        + "; the layout is approximated by the navigation mode (one per page as linear)"));
  }
}
