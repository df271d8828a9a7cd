package io.cairn.lti.nrps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {
  @Test
  void findsTheNextLinkAmongSeveral() {
    String h = "<https://lms.example/m?page=1>; rel=\"first\", <https://lms.example/m?page=3&x=1>; rel=\"next\","
        + " <https://lms.example/m?page=9>; rel=\"last\"";
    assertThat(LinkHeader.find(List.of(h), "next")).contains("https://lms.example/m?page=3&x=1");
    assertThat(LinkHeader.find(List.of(h), "last")).contains("https://lms.example/m?page=9");
  }

  @Test
  void acceptsUnquotedAndMultiValuedRelsAndSeveralHeaders() {
    assertThat(LinkHeader.find(List.of("<https://a/1>; rel=prev", "<https://a/3>;rel=next"), "next")).contains("https://a/3");
    assertThat(LinkHeader.find(List.of("<https://a/3>; type=\"x\"; rel=\"next last\""), "next")).contains("https://a/3");
    assertThat(LinkHeader.find(List.of("<https://a/3>; rel=\"NEXT\""), "next")).contains("https://a/3");
  }

  @Test
  void noNextOnTheLastPage() {
    assertThat(LinkHeader.find(List.of("<https://a/1>; rel=\"first\""), "next")).isEmpty();
    assertThat(LinkHeader.find(List.of(), "next")).isEmpty();
  }
}
