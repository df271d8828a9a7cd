package io.cairn.lti.deeplinking;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.cairn.content.Catalog;
import io.cairn.lti.RepositoryCatalog;
import io.cairn.lti.ToolEndpoints;
import io.cairn.lti.launch.LtiClaims;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentItemsTest {
  static final ToolEndpoints TOOL = ToolEndpoints.of(URI.create("https://cairn.example/"));
  static final Catalog CATALOG = RepositoryCatalog.load();

  @Test
  void thePickerOffersEveryModuleAndQuizWithCpdMinutes() {
    List<PickerOptions.Option> modules = PickerOptions.modules(CATALOG);
    List<PickerOptions.Option> quizzes = PickerOptions.quizzes(CATALOG);
    assertThat(modules).hasSize(CATALOG.modules().size()).allMatch(m -> m.cpdMinutes() > 0);
    assertThat(quizzes).extracting(PickerOptions.Option::id).contains("opt-m1-quiz", "opt-m2-quiz", "opt-m3-quiz");
    assertThat(quizzes).allMatch(q -> q.cpdMinutes() > 0 && q.moduleTitle() != null);
    assertThat(PickerOptions.find(CATALOG, "quiz:opt-m1-quiz")).isPresent();
    assertThat(PickerOptions.find(CATALOG, "quiz:nope")).isEmpty();
    assertThat(PickerOptions.find(CATALOG, "module:opt-m1-quiz")).isEmpty();
  }

  @Test
  void aQuizItemCarriesALineItemUnlessThePlatformTakesNone() {
    PickerOptions.Option quiz = PickerOptions.find(CATALOG, "quiz:opt-m2-quiz").orElseThrow();
    Map<String, Object> item = ContentItems.of(List.of(quiz), TOOL, true).get(0);
    assertThat(item).containsEntry("type", "ltiResourceLink").containsEntry("url", "https://cairn.example/lti/launch")
        .containsEntry("custom", Map.of("cairn_quiz", "opt-m2-quiz"));
    assertThat(item.get("lineItem")).isEqualTo(Map.of("label", quiz.title(), "scoreMaximum", 100,
        "resourceId", "opt-m2-quiz", "tag", "cairn-quiz"));
    assertThat(ContentItems.of(List.of(quiz), TOOL, false).get(0)).doesNotContainKey("lineItem");
    PickerOptions.Option module = PickerOptions.find(CATALOG, "module:opt-m1-safe-practice").orElseThrow();
    assertThat(ContentItems.of(List.of(module), TOOL, true).get(0)).doesNotContainKey("lineItem")
        .containsEntry("custom", Map.of("cairn_module", "opt-m1-safe-practice"));
  }

  @Test
  void settingsReadTextFlagsAndKeepDataAsSent() {
    DeepLinkingSettings s = DeepLinkingSettings.from(Map.of("deep_link_return_url", "https://lms.example/ret",
        "accept_types", List.of("link", "ltiResourceLink"), "accept_multiple", "false", "accept_lineitem", false,
        "data", Map.of("k", List.of(1, 2))));
    assertThat(s.acceptsResourceLinks()).isTrue();
    assertThat(s.acceptMultiple()).isFalse();
    assertThat(s.acceptLineItem()).isFalse();
    assertThat(s.data()).isEqualTo(Map.of("k", List.of(1, 2)));
    DeepLinkingSettings defaults = DeepLinkingSettings.from(Map.of("accept_types", "ltiResourceLink"));
    assertThat(defaults.acceptMultiple()).isFalse();
    assertThat(defaults.acceptLineItem()).isTrue();
    assertThat(defaults.acceptsResourceLinks()).isTrue();
  }

  @Test
  void theResponseClaimsNameTheClientThePlatformAndTheMessage() throws Exception {
    DeepLinkingSettings s = DeepLinkingSettings.from(Map.of("deep_link_return_url", "https://lms.example/ret",
        "accept_types", List.of("ltiResourceLink"), "data", "csrf-ish-token"));
    Instant now = Instant.parse("2026-11-01T12:00:00Z");
    JWTClaimsSet c = DeepLinkingResponse.claims("client-1", "https://lms.example", "dep-1", s, List.of(), now);
    assertThat(c.getIssuer()).isEqualTo("client-1");
    assertThat(c.getAudience()).containsExactly("https://lms.example");
    assertThat(c.toJSONObject().get("aud")).isEqualTo("https://lms.example");
    assertThat(c.getStringClaim("nonce")).isNotBlank();
    assertThat(c.getStringClaim(LtiClaims.DEPLOYMENT_ID)).isEqualTo("dep-1");
    assertThat(c.getStringClaim(LtiClaims.MESSAGE_TYPE)).isEqualTo("LtiDeepLinkingResponse");
    assertThat(c.getStringClaim(LtiClaims.VERSION)).isEqualTo("1.3.0");
    assertThat(c.getStringClaim(DeepLinkingResponse.DATA)).isEqualTo("csrf-ish-token");
    assertThat(c.getListClaim(DeepLinkingResponse.CONTENT_ITEMS)).isEmpty();
    assertThat(c.getExpirationTime().toInstant()).isEqualTo(now.plusSeconds(300));
  }
}
