package io.cairn.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineItemUrlsTest {
  @Test
  void scoresGoBeforeTheQueryString() {
    assertThat(LineItemUrls.scores("https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem?type_id=1"))
        .isEqualTo("https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=1");
  }

  @Test
  void scoresOfAPlainOrSlashEndedLineItem() {
    assertThat(LineItemUrls.scores("https://lms.example/api/lti/courses/1/line_items/5"))
        .isEqualTo("https://lms.example/api/lti/courses/1/line_items/5/scores");
    assertThat(LineItemUrls.scores("https://lms.example/lineitems/5/")).isEqualTo("https://lms.example/lineitems/5/scores");
    assertThat(LineItemUrls.scores("https://lms.example/li/5?a=1&b=2#top")).isEqualTo("https://lms.example/li/5/scores?a=1&b=2#top");
  }

  @Test
  void queryParametersAreAddedToAnExistingQuery() {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("resource_link_id", "rl 1");
    q.put("resource_id", "opt-m1-quiz");
    q.put("tag", null);
    assertThat(LineItemUrls.withQuery("https://lms.example/lineitems?type_id=1", q))
        .isEqualTo("https://lms.example/lineitems?type_id=1&resource_link_id=rl+1&resource_id=opt-m1-quiz");
    assertThat(LineItemUrls.withQuery("https://lms.example/lineitems", q))
        .isEqualTo("https://lms.example/lineitems?resource_link_id=rl+1&resource_id=opt-m1-quiz");
  }
}
