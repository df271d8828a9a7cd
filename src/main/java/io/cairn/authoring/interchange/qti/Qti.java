package io.cairn.authoring.interchange.qti;

import io.cairn.authoring.interchange.QuizIds;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** QTI 3.0 names, and the small DOM helpers the readers and writers share. */
final class Qti {
  static final String NS = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
  static final String XSD = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";
  static final String CP_NS = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
  static final String CP_XSD = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd";
  static final String LOM_NS = "http://ltsc.ieee.org/xsd/LOM";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  static final String TEMPLATES = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/";
  static final String MATCH_CORRECT = TEMPLATES + "match_correct.xml";
  static final String MAP_RESPONSE = TEMPLATES + "map_response.xml";
  static final String ITEM_TYPE = "imsqti_item_xmlv3p0";
  static final String TEST_TYPE = "imsqti_test_xmlv3p0";
  /** Where Cairn keeps the markdown source beside its rendered HTML (QTI 3 allows data-* attributes). */
  static final String MD_ATTR = "data-cairn-md";
  static final String GENERAL = "GENERAL";
  static final String INCORRECT = "INCORRECT";

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");

  private Qti() {}

  /** A Cairn id as a QTI identifier: ids that start with a digit get a leading underscore. */
  static String encode(String id) {
    return IDENTIFIER.matcher(id).matches() ? id : "_" + id;
  }

  /** A QTI identifier as a Cairn id: leading underscores go. */
  static String decode(String identifier) {
    String s = identifier == null ? "" : identifier.strip().replaceFirst("^_+", "");
    return QuizIds.LOCAL.matcher(s).matches() ? s : null;
  }

  static Element el(Node parent, String name, String... attributes) {
    Document doc = parent instanceof Document d ? d : parent.getOwnerDocument();
    String ns = parent instanceof Element p && p.getNamespaceURI() != null ? p.getNamespaceURI() : NS;
    Element e = doc.createElementNS(ns, name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      e.setAttribute(attributes[i], attributes[i + 1]);
    }
    parent.appendChild(e);
    return e;
  }

  static Element text(Node parent, String name, String text, String... attributes) {
    Element e = el(parent, name, attributes);
    e.setTextContent(text);
    return e;
  }

  static List<Element> children(Element parent, String localName) {
    List<Element> list = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && (localName == null || localName.equals(e.getLocalName()))) {
        list.add(e);
      }
    }
    return list;
  }

  static Element child(Element parent, String localName) {
    List<Element> list = children(parent, localName);
    return list.isEmpty() ? null : list.get(0);
  }

  /** Every element below {@code root} with that local name, in document order. */
  static List<Element> descendants(Element root, String localName) {
    List<Element> list = new ArrayList<>();
    var nodes = root.getElementsByTagNameNS("*", localName);
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  static String attr(Element e, String name) {
    String v = e.getAttribute(name);
    return v == null || v.isEmpty() ? null : v.strip();
  }

  static String number(double d) {
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
