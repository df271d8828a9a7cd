package io.cairn.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Hostile authored markdown is neutralised; ordinary markdown keeps its structure. */
class MarkdownTest {

  private static Document render(String markdown) {
    return Jsoup.parseBodyFragment(Markdown.renderUncached(markdown));
  }

  private static void assertNoActiveContent(Document html) {
    assertThat(html.select("script, iframe, object, embed, style, img, form, svg")).isEmpty();
    for (Element e : html.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("attribute on <%s>", e.tagName()).doesNotStartWith("on").isNotEqualTo("style")
            .isNotEqualTo("srcdoc");
        assertThat(a.getValue().toLowerCase().replaceAll("\\s", "")).doesNotStartWith("javascript:")
            .doesNotStartWith("data:").doesNotStartWith("vbscript:");
      }
    }
  }

  @Test
  void scriptTagsAreNotElements() {
    Document html = render("Hello <script>alert(1)</script>\n\n<script>\nalert(2)\n</script>\n");
    assertNoActiveContent(html);
    assertThat(html.body().text()).contains("Hello");
  }

  @Test
  void eventHandlerAttributesAreRemoved() {
    Document html = render("<a href=\"https://example.org\" onclick=\"steal()\">x</a> and <b onmouseover=\"steal()\">y</b>\n\n"
        + "<div onload=\"steal()\">z</div>");
    assertNoActiveContent(html);
  }

  @Test
  void javascriptAndDataLinksAreRemoved() {
    Document html = render("[click](javascript:alert%281%29) [case](JaVaScRiPt:alert%281%29) "
        + "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) "
        + "![pixel](data:image/png;base64,iVBORw0KGgo=) [ok](https://example.org/page)");
    assertNoActiveContent(html);
    assertThat(html.select("a[href]").eachAttr("href")).containsExactly("https://example.org/page");
    assertThat(html.select("a[href^=https]").attr("rel")).isEqualTo("nofollow noopener noreferrer");
  }

  @Test
  void rawHtmlBlocksIframesAndStylesAreNeutralised() {
    Document html = render("""
        <div style="position:fixed;top:0">Overlay</div>

        <iframe src="https://evil.example/"></iframe>

        <p style="color:red">Red</p>

        <form action="https://evil.example/"><input name="password"></form>

        <svg onload="alert(1)"></svg>
        """);
    assertNoActiveContent(html);
    assertThat(html.select("div, p[style]")).isEmpty();
  }

  @Test
  void tablesHeadingsAndListsSurvive() {
    Document html = render("""
        # Choosing a platform

        ## Security

        | Check | Why |
        |---|---|
        | End-to-end encryption | Privacy |

        - one
        - two

        **bold** and *emphasis* and `code` and a [link](https://example.org).
        """);
    assertThat(html.select("h1").text()).isEqualTo("Choosing a platform");
    assertThat(html.select("h2").text()).isEqualTo("Security");
    assertThat(html.select("table thead th").eachText()).containsExactly("Check", "Why");
    assertThat(html.select("table tbody td").eachText()).containsExactly("End-to-end encryption", "Privacy");
    assertThat(html.select("ul li")).hasSize(2);
    assertThat(html.select("strong, em, code")).hasSize(3);
    assertThat(html.select("a").attr("href")).isEqualTo("https://example.org");
  }

  @Test
  void hugeInputIsRefused() {
    String huge = "a".repeat(Markdown.MAX_CHARS + 1);
    assertThatThrownBy(() -> Markdown.render(huge)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Markdown.renderUncached(huge)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Markdown.render("a".repeat(Markdown.MAX_CHARS))).startsWith("<p>aaa");
  }

  @Test
  void nullAndBlankRenderAsNothing() {
    assertThat(Markdown.render(null)).isEmpty();
    assertThat(Markdown.render("  \n")).isEmpty();
  }
}
