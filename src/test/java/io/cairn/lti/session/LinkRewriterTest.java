package io.cairn.lti.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkRewriterTest {
  static final String T = "v1.abc.123.4.sig";

  @Test
  void sameSiteLinksFormsAndDataUrlsCarryTheToken() {
    String html = "<a href=\"/modules/m1\">x</a><form method=\"post\" action=\"/attempts/3/save?page=2\">"
        + "<div data-autosave-url=\"/api/attempts/3/responses\"></div><a href=\"/modules/m1#units\">y</a>";
    String out = LinkRewriter.rewriteHtml(html, T);
    assertThat(out).contains("href=\"/modules/m1?lt=" + T + "\"")
        .contains("action=\"/attempts/3/save?page=2&amp;lt=" + T + "\"")
        .contains("data-autosave-url=\"/api/attempts/3/responses?lt=" + T + "\"")
        .contains("href=\"/modules/m1?lt=" + T + "#units\"");
  }

  @Test
  void assetsOtherSitesAndTokenedLinksAreLeftAlone() {
    String html = "<link href=\"/css/cairn.css\"><script src=\"/js/quiz.js\"></script><a href=\"/media/a.mp3\">a</a>"
        + "<a href=\"https://example.org/x\">b</a><a href=\"//evil.example/\">c</a><a href=\"/x?lt=" + T + "\">d</a>";
    assertThat(LinkRewriter.rewriteHtml(html, T)).isEqualTo(html);
  }

  @Test
  void getFormsGetAHiddenField() {
    String out = LinkRewriter.rewriteHtml("<form method=\"get\" action=\"/admin/accounts\"><input name=\"q\"></form>", T);
    assertThat(out).contains("<input type=\"hidden\" name=\"lt\" value=\"" + T + "\">");
  }

  @Test
  void redirectsKeepTheToken() {
    assertThat(LinkRewriter.rewriteLocation("/attempts/3/summary", T)).isEqualTo("/attempts/3/summary?lt=" + T);
    assertThat(LinkRewriter.rewriteLocation("/signin?next=%2F", T)).isEqualTo("/signin?next=%2F&lt=" + T);
    assertThat(LinkRewriter.rewriteLocation("https://platform.example/", T)).isEqualTo("https://platform.example/");
  }
}
