package io.cairn.authoring.interchange.qti;

import static io.cairn.authoring.interchange.qti.Qti.el;
import static io.cairn.authoring.interchange.qti.Qti.encode;
import static io.cairn.authoring.interchange.qti.Qti.text;

import io.cairn.authoring.interchange.ExportNote;
import io.cairn.quiz.model.Question;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** One answerable question as a QTI 3.0 assessment item. */
final class QtiItemWriter {
  private final Question q;
  private final List<ExportNote> notes;
  private final Document doc = SecureXml.newDocument();
  private final Element item;
  private final List<String[]> feedback = new ArrayList<>(); // identifier, markdown

  private QtiItemWriter(Question q, List<ExportNote> notes) {
    this.q = q;
    this.notes = notes;
    item = doc.createElementNS(Qti.NS, "qti-assessment-item");
    doc.appendChild(item);
    item.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsi", Qti.XSI);
    item.setAttributeNS(Qti.XSI, "xsi:schemaLocation", Qti.NS + " " + Qti.XSD);
    item.setAttribute("identifier", encode(q.id()));
    item.setAttribute("title", title(q.stem()));
    item.setAttribute("adaptive", "false");
    item.setAttribute("time-dependent", "false");
    item.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", "en-GB");
  }

  static Document write(Question q, boolean shuffle, List<ExportNote> notes) {
    QtiItemWriter w = new QtiItemWriter(q, notes);
    new QtiTypes(w, shuffle).write(q);
    return w.doc;
  }

  Question question() {
    return q;
  }

  List<ExportNote> notes() {
    return notes;
  }

  /** Remembers a modal feedback to write; blank texts are skipped. */
  void feedback(String identifier, String markdown) {
    if (markdown != null && !markdown.isBlank()) {
      feedback.add(new String[] {identifier, markdown});
    }
  }

  boolean hasFeedback() {
    return !feedback.isEmpty();
  }

  boolean hasFeedback(String identifier) {
    return feedback.stream().anyMatch(f -> f[0].equals(identifier));
  }

  Element response(String cardinality, String baseType, List<String> correct) {
    Element decl = el(item, "qti-response-declaration", "identifier", "RESPONSE", "cardinality", cardinality,
        "base-type", baseType);
    if (!correct.isEmpty()) {
      Element c = el(decl, "qti-correct-response");
      correct.forEach(v -> text(c, "qti-value", v));
    }
    return decl;
  }

  /** The outcome declarations and the item body with the stem; returns the body. */
  Element body() {
    outcome("SCORE", "float", "0");
    outcome("MAXSCORE", "float", "1");
    if (hasFeedback()) {
      el(item, "qti-outcome-declaration", "identifier", "FEEDBACK", "cardinality", "multiple", "base-type", "identifier");
    }
    Element body = el(item, "qti-item-body");
    QtiText.write(body, q.stem()).setAttribute("class", "cairn-stem");
    return body;
  }

  private void outcome(String id, String type, String value) {
    Element o = el(item, "qti-outcome-declaration", "identifier", id, "cardinality", "single", "base-type", type);
    text(el(o, "qti-default-value"), "qti-value", value);
  }

  /** Response processing: the template when no feedback needs setting, else the same rule written out. */
  Element processing(String template, boolean optionFeedback) {
    if (!hasFeedback() && template != null) {
      QtiProcessing.template(item, template);
      return null;
    }
    Element rp = QtiProcessing.custom(item);
    if (hasFeedback(Qti.GENERAL)) {
      QtiProcessing.addFeedback(rp, "qti-base-value", Qti.GENERAL);
    }
    if (Qti.MATCH_CORRECT.equals(template)) {
      QtiProcessing.matchCorrect(rp);
    } else if (Qti.MAP_RESPONSE.equals(template)) {
      QtiProcessing.mapResponse(rp);
    }
    if (optionFeedback) {
      QtiProcessing.addFeedback(rp, "qti-variable", "RESPONSE");
    }
    return rp;
  }

  /** Writes the remembered feedback; call last (modal feedback ends an item). */
  void finish() {
    for (String[] f : feedback) {
      Element modal = el(item, "qti-modal-feedback", "outcome-identifier", "FEEDBACK", "identifier", encode(f[0]),
          "show-hide", "show");
      QtiText.write(el(modal, "qti-content-body"), f[1]);
    }
  }

  static Element mapping(Element decl, String defaultValue) {
    return el(decl, "qti-mapping", "lower-bound", "0", "upper-bound", "1", "default-value", defaultValue);
  }

  static String share(double d) {
    return BigDecimal.valueOf(d).toPlainString();
  }

  private static String title(String stem) {
    String plain = stem == null ? "" : stem.replaceAll("[*_`#>\\[\\]]", "").replaceAll("\\s+", " ").strip();
    return plain.length() > 80 ? plain.substring(0, 79) + "…" : plain;
  }
}
