package io.cairn.authoring.interchange.qti;

import static io.cairn.authoring.interchange.qti.Qti.el;
import static io.cairn.authoring.interchange.qti.Qti.text;

import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import java.util.List;
import javax.xml.XMLConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The content package manifest: the test, one resource per item, and per item the competences
 * (LOM classification, purpose "competency") and the evidence level (purpose "skill level"),
 * which QTI items have no place for themselves.
 */
final class QtiManifest {
  static final String TEST_HREF = "assessment-test.xml";
  static final String COMPETENCES = "cairn:competences";
  static final String EVIDENCE = "cairn:evidence_level";

  private QtiManifest() {}

  static Document write(Quiz quiz) {
    Document doc = SecureXml.newDocument();
    Element m = doc.createElementNS(Qti.CP_NS, "manifest");
    doc.appendChild(m);
    m.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsi", Qti.XSI);
    m.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:imsmd", Qti.LOM_NS);
    m.setAttributeNS(Qti.XSI, "xsi:schemaLocation", Qti.CP_NS + " " + Qti.CP_XSD);
    m.setAttribute("identifier", "MANIFEST-" + Qti.encode(quiz.id()));
    Element meta = el(m, "metadata");
    text(meta, "schema", "QTI Package");
    text(meta, "schemaversion", "3.0.0");
    el(m, "organizations");
    Element resources = el(m, "resources");
    Element test = el(resources, "resource", "identifier", "TEST-" + Qti.encode(quiz.id()), "type", Qti.TEST_TYPE,
        "href", TEST_HREF);
    el(test, "file", "href", TEST_HREF);
    List<Question> items = quiz.answerableQuestions();
    for (Question q : items) {
      el(test, "dependency", "identifierref", "ITEM-" + Qti.encode(q.id()));
    }
    for (Question q : items) {
      Element r = el(resources, "resource", "identifier", "ITEM-" + Qti.encode(q.id()), "type", Qti.ITEM_TYPE,
          "href", QtiTestWriter.href(q));
      Element lom = doc.createElementNS(Qti.LOM_NS, "imsmd:lom");
      el(r, "metadata").appendChild(lom);
      classification(lom, "competency", COMPETENCES, q.competences());
      classification(lom, "skill level", EVIDENCE, List.of(q.evidenceLevel().code()));
      el(r, "file", "href", QtiTestWriter.href(q));
    }
    return doc;
  }

  private static void classification(Element lom, String purpose, String source, List<String> ids) {
    Element c = el(lom, "imsmd:classification");
    Element p = el(c, "imsmd:purpose");
    text(p, "imsmd:source", "LOMv1.0");
    text(p, "imsmd:value", purpose);
    Element path = el(c, "imsmd:taxonPath");
    text(el(path, "imsmd:source"), "imsmd:string", source);
    for (String id : ids) {
      text(el(path, "imsmd:taxon"), "imsmd:id", id);
    }
  }
}
