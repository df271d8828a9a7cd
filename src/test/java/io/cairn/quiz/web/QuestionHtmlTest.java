package io.cairn.quiz.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.content.model.EvidenceLevel;
import io.cairn.quiz.attempt.ReviewPolicy;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.scoring.Response;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The question markup: everything escaped, the page kept to ASCII, no answer key before review. */
class QuestionHtmlTest {
  static final Question.SingleChoice HOSTILE = new Question.SingleChoice("Q1", "Pick *one*", 1, List.of("C-1"),
      EvidenceLevel.KNOWS, null, List.of(
          new Question.Option("a", "<script>alert(1)</script> café — “quoted” 😀", true, "right"),
          new Question.Option("b\"x", "plain", false, null)));

  static String render(Question q, Response r, ReviewPolicy reveal) {
    StringBuilder out = new StringBuilder();
    QuestionHtml.question(out, q, 1,
        new QuestionHtml.QuestionState(List.of(), r, false, false, false, reveal, null, false));
    return out.toString();
  }

  @Test
  void textIsEscapedAndNonAsciiBecomesReferences() {
    String html = render(HOSTILE, new Response(List.of("a"), Map.of(), List.of(), null, null), ReviewPolicy.NOTHING);
    assertThat(html).doesNotContain("<script>");
    assertThat(html.chars().allMatch(c -> c < 0x80)).as("ASCII only").isTrue();
    Document doc = Jsoup.parseBodyFragment(html);
    assertThat(doc.select("label[for=q-Q1-a]").text()).isEqualTo("<script>alert(1)</script> café — “quoted” 😀");
    assertThat(doc.select("input[name=q.Q1]").eachAttr("value")).containsExactly("a", "b\"x");
    assertThat(doc.select("input[value=a]").hasAttr("checked")).isTrue();
    assertThat(doc.select("em").text()).isEqualTo("one");
  }

  @Test
  void theKeyAppearsOnlyWhenTheReviewAllowsIt() {
    assertThat(render(HOSTILE, null, ReviewPolicy.NOTHING)).doesNotContain("is-key").doesNotContain("correct answer");
    String review = render(HOSTILE, null, new ReviewPolicy(true, true, true, true));
    assertThat(Jsoup.parseBodyFragment(review).select(".is-key label").text()).contains("(correct answer)");
  }
}
