package io.cairn.authoring.interchange;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML written by other tools (GIFT's [html] texts, QTI item bodies) to Cairn markdown. Only
 * structure survives: paragraphs, line breaks, bold, italic, code, links (http, https, mailto),
 * lists and headings; scripts, styles, images, media and frames are left out and reported.
 * Whatever comes out is still rendered and sanitised like any authored markdown.
 */
public final class HtmlText {
  private static final Set<String> DROPPED = Set.of("script", "style", "img", "iframe", "object", "embed",
      "video", "audio", "svg", "math", "form", "input", "button", "select", "textarea", "canvas");

  /** @param dropped whether anything but text and simple structure was left out */
  public record Converted(String markdown, boolean dropped) {}

  private HtmlText() {}

  public static Converted toMarkdown(String html) {
    Element body = Jsoup.parseBodyFragment(html == null ? "" : html).body();
    StringBuilder out = new StringBuilder();
    boolean[] dropped = {false};
    children(body, out, dropped);
    String md = out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    return new Converted(md, dropped[0]);
  }

  private static void children(Node parent, StringBuilder out, boolean[] dropped) {
    for (Node n : parent.childNodes()) {
      node(n, out, dropped);
    }
  }

  private static void node(Node n, StringBuilder out, boolean[] dropped) {
    if (n instanceof TextNode t) {
      out.append(escape(t.getWholeText().replaceAll("\\s+", " ")));
      return;
    }
    if (!(n instanceof Element e)) {
      return;
    }
    String tag = e.normalName();
    if (DROPPED.contains(tag)) {
      dropped[0] = true;
      return;
    }
    switch (tag) {
      case "br" -> out.append("\\\n");
      case "p", "div", "section", "article", "blockquote", "table", "tr" -> block(e, out, dropped);
      case "strong", "b" -> wrap(e, "**", out, dropped);
      case "em", "i" -> wrap(e, "*", out, dropped);
      case "code" -> out.append('`').append(e.text().replace("`", "'")).append('`');
      case "a" -> link(e, out, dropped);
      case "li" -> listItem(e, out, dropped);
      case "ul", "ol" -> block(e, out, dropped);
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        out.append("\n\n").append("#".repeat(tag.charAt(1) - '0')).append(' ');
        children(e, out, dropped);
        out.append("\n\n");
      }
      case "td", "th" -> {
        children(e, out, dropped);
        out.append(' ');
      }
      default -> children(e, out, dropped);
    }
  }

  private static void block(Element e, StringBuilder out, boolean[] dropped) {
    out.append("\n\n");
    children(e, out, dropped);
    out.append("\n\n");
  }

  private static void wrap(Element e, String mark, StringBuilder out, boolean[] dropped) {
    StringBuilder inner = new StringBuilder();
    children(e, inner, dropped);
    String s = inner.toString().strip();
    if (!s.isEmpty()) {
      out.append(mark).append(s).append(mark);
    }
  }

  private static void link(Element e, StringBuilder out, boolean[] dropped) {
    String href = e.attr("href").strip();
    StringBuilder inner = new StringBuilder();
    children(e, inner, dropped);
    if (href.matches("(?i)(https?|mailto):.*") && !href.contains(")") && !href.contains(" ")) {
      out.append('[').append(inner.toString().strip()).append("](").append(href).append(')');
    } else {
      dropped[0] |= !href.isEmpty();
      out.append(inner);
    }
  }

  private static void listItem(Element e, StringBuilder out, boolean[] dropped) {
    boolean ordered = e.parent() != null && e.parent().normalName().equals("ol");
    out.append('\n').append(ordered ? (e.elementSiblingIndex() + 1) + ". " : "- ");
    StringBuilder inner = new StringBuilder();
    children(e, inner, dropped);
    out.append(inner.toString().strip().replace("\n\n", "\n")).append('\n');
  }

  /** Markdown's own characters in text are escaped so that they show as written. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("\\*_`[]<".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
