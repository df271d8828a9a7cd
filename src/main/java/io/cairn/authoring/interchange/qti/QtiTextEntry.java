package io.cairn.authoring.interchange.qti;

import static io.cairn.authoring.interchange.qti.Qti.el;

import io.cairn.authoring.interchange.ExportNote;
import io.cairn.quiz.model.Question;
import java.util.List;
import org.w3c.dom.Element;

/** Short text and numeric questions: a text-entry interaction with a string or float response. */
final class QtiTextEntry {
  private QtiTextEntry() {}

  static void shortText(QtiItemWriter w, Question.ShortText st) {
    w.feedback(Qti.INCORRECT, st.wrongFeedback());
    Element decl = w.response("single", "string", st.accept().isEmpty() ? List.of() : List.of(st.accept().get(0)));
    if (!st.accept().isEmpty()) {
      Element mapping = el(decl, "qti-mapping", "lower-bound", "0", "upper-bound", "1", "default-value", "0");
      for (String a : st.accept()) {
        el(mapping, "qti-map-entry", "map-key", a, "mapped-value", "1", "case-sensitive", String.valueOf(st.caseSensitive()));
      }
    }
    el(el(w.body(), "p"), "qti-text-entry-interaction", "response-identifier", "RESPONSE", "expected-length", "40");
    if (st.pattern() == null && !w.hasFeedback()) {
      QtiProcessing.template(itemOf(decl), Qti.MAP_RESPONSE);
    } else {
      Element rp = w.processing(null, false);
      QtiProcessing.rightOrWrong(rp, w.hasFeedback(Qti.INCORRECT), ifEl -> {
        Element or = el(ifEl, "qti-or");
        if (!st.accept().isEmpty()) {
          Element gt = el(or, "qti-gt");
          el(gt, "qti-map-response", "identifier", "RESPONSE");
          Qti.text(gt, "qti-base-value", "0", "base-type", "float");
        }
        if (st.pattern() != null) {
          el(el(or, "qti-pattern-match", "pattern", st.pattern()), "qti-variable", "identifier", "RESPONSE");
        }
      });
    }
    w.notes().add(new ExportNote(st.id(), "QTI players compare typed answers as written (apart from case, when "
        + "not case-sensitive): Cairn's folding of white space and Unicode normalisation is not carried"));
    if (st.pattern() != null) {
      w.notes().add(new ExportNote(st.id(), "the pattern is written as qti-pattern-match: QTI uses XML Schema regular "
          + "expressions, which differ from Java's in places, and matches them with case"
          + (st.caseSensitive() ? "" : " (Cairn ignores case; a re-import reads the pattern as not case-sensitive)")));
    }
  }

  static void numeric(QtiItemWriter w, Question.Numeric n) {
    w.feedback(Qti.INCORRECT, n.wrongFeedback());
    w.response("single", "float", List.of(Qti.number(n.answer())));
    el(el(w.body(), "p"), "qti-text-entry-interaction", "response-identifier", "RESPONSE", "expected-length", "12");
    Element rp = w.processing(null, false);
    QtiProcessing.rightOrWrong(rp, w.hasFeedback(Qti.INCORRECT), ifEl -> {
      Element equal;
      if (n.tolerance() == 0) {
        equal = el(ifEl, "qti-equal", "tolerance-mode", "exact");
      } else if (n.toleranceMode() == Question.ToleranceMode.RELATIVE) {
        String pct = QtiTypes.percent(n.tolerance());
        equal = el(ifEl, "qti-equal", "tolerance-mode", "relative", "tolerance", pct + " " + pct);
      } else {
        String t = Qti.number(n.tolerance());
        equal = el(ifEl, "qti-equal", "tolerance-mode", "absolute", "tolerance", t + " " + t);
      }
      equal.setAttribute("include-lower-bound", "true");
      equal.setAttribute("include-upper-bound", "true");
      el(equal, "qti-variable", "identifier", "RESPONSE");
      el(equal, "qti-correct", "identifier", "RESPONSE");
    });
    if (n.unit() != null) {
      w.notes().add(new ExportNote(n.id(), "the unit \"" + n.unit() + "\"" + (n.unitRequired() ? " (required)" : "")
          + " is not carried: a QTI float response is a bare number"));
    }
  }

  private static Element itemOf(Element decl) {
    return (Element) decl.getParentNode();
  }
}
