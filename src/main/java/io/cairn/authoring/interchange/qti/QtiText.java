package io.cairn.authoring.interchange.qti;

import io.cairn.authoring.interchange.HtmlText;
import io.cairn.content.Markdown;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.TextNode;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Cairn markdown in QTI bodies: written as the rendered, sanitised HTML inside a div that keeps
 * the markdown source in data-cairn-md, so that other tools show the HTML and Cairn reads its own
 * text back exactly. Content from other tools (no data-cairn-md) is converted by {@link HtmlText}.
 */
final class QtiText {
  /** What a converted text lost on the way (images, media, scripts…). */
  record Read(String markdown, boolean dropped) {}

  private QtiText() {}

  static Element write(Element parent, String markdown) {
    Element div = Qti.el(parent, "div", Qti.MD_ATTR, markdown);
    org.jsoup.nodes.Element body = Jsoup.parseBodyFragment(Markdown.render(markdown)).body();
    for (org.jsoup.nodes.Node n : body.childNodes()) {
      copy(n, div);
    }
    return div;
  }

  private static void copy(org.jsoup.nodes.Node n, Element parent) {
    if (n instanceof TextNode t) {
      parent.appendChild(parent.getOwnerDocument().createTextNode(t.getWholeText()));
    } else if (n instanceof org.jsoup.nodes.Element e) {
      Element out = Qti.el(parent, e.normalName());
      for (Attribute a : e.attributes()) {
        if (a.getKey().matches("[a-z][a-z0-9-]*")) {
          out.setAttribute(a.getKey(), a.getValue());
        }
      }
      for (org.jsoup.nodes.Node c : e.childNodes()) {
        copy(c, out);
      }
    }
  }

  /**
   * The markdown of a container: Cairn's own source when there is one, else its HTML converted.
   *
   * @param skip local names of elements (and their content) to leave out, such as interactions
   */
  static Read read(Element container, Set<String> skip) {
    for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.hasAttribute(Qti.MD_ATTR)) {
        return new Read(e.getAttribute(Qti.MD_ATTR), false);
      }
    }
    StringBuilder html = new StringBuilder();
    for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
      html(n, skip, html);
    }
    HtmlText.Converted c = HtmlText.toMarkdown(html.toString());
    return new Read(c.markdown(), c.dropped());
  }

  private static void html(Node n, Set<String> skip, StringBuilder out) {
    if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
      out.append(n.getNodeValue().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
      return;
    }
    if (!(n instanceof Element e) || skip(e, skip)) {
      return;
    }
    String name = e.getLocalName();
    out.append('<').append(name);
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node a = attributes.item(i);
      out.append(' ').append(a.getLocalName() == null ? a.getNodeName() : a.getLocalName()).append("=\"")
          .append(a.getNodeValue().replace("&", "&amp;").replace("\"", "&quot;")).append('"');
    }
    out.append('>');
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      html(c, skip, out);
    }
    out.append("</").append(name).append('>');
  }

  private static boolean skip(Element e, Set<String> skip) {
    String name = e.getLocalName();
    return skip.contains(name) || name.endsWith("-interaction") || name.startsWith("qti-feedback")
        || name.equals("qti-modal-feedback") || name.equals("qti-rubric-block");
  }
}
