package io.cairn.lti.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.browser.Axe;
import io.cairn.lti.CookielessClient;
import io.cairn.lti.LtiJourneys;
import io.cairn.lti.LtiTestEnvironment;
import io.cairn.lti.launch.LtiClaims;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Deep Linking picker and the roster in headless Chromium: no WCAG 2.2 AA violation (axe-core),
 * and the picker's answer really reaches the platform: the browser posts the signed response across
 * origins, which the page's CSP allows for that one form.
 */
class LtiServicesBrowserTest {
  static LtiTestEnvironment env;
  static LtiChromium chromium;
  static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    env = LtiTestEnvironment.start();
    chromium = LtiChromium.start(false);
    driver = chromium.driver;
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (chromium != null) {
        chromium.close();
      }
    } finally {
      if (env != null) {
        env.close();
      }
    }
  }

  static WebDriverWait waiting() {
    return chromium.waiting();
  }

  @Test
  void theInstructorPicksWithTheKeyboardAndTheResponseReachesThePlatform() {
    var r = env.launchAs(env.browser(), "browser-teacher", c -> c.claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_REQUEST)
        .claim(LtiClaims.RESOURCE_LINK, null).claim(LtiClaims.DEEP_LINKING_SETTINGS, Map.of(
            "deep_link_return_url", env.platform.issuer() + "/dl-return", "accept_types", List.of("ltiResourceLink"),
            "accept_multiple", true, "data", "browser-data")), LtiJourneys.INSTRUCTOR);
    driver.get(env.toolBase + r.getHeader("Location"));
    waiting().until(d -> !d.findElements(By.cssSelector("form.picker")).isEmpty());
    Axe.assertNoAccessibilityViolations(driver);

    driver.findElement(By.cssSelector("input[value='quiz:opt-m2-quiz']")).sendKeys(" ");
    assertThat(driver.findElement(By.cssSelector("input[value='quiz:opt-m2-quiz']")).isSelected()).isTrue();
    driver.findElement(By.xpath("//button[normalize-space()='Add to course']")).click();
    waiting().withMessage(() -> "the platform's page after the post; now at " + driver.getCurrentUrl())
        .until(d -> !d.findElements(By.id("received")).isEmpty());
    assertThat(driver.getCurrentUrl()).isEqualTo(env.platform.issuer() + "/dl-return");
    List<String> received = env.platform.services.deepLinkingResponses;
    assertThat(received).hasSize(1);
    var claims = LtiJourneys.verifyToolJwt(env, received.get(0));
    assertThat(claims.getPayload().toJSONObject().get("https://purl.imsglobal.org/spec/lti-dl/claim/data"))
        .isEqualTo("browser-data");
    assertThat(claims.getHeader().getKeyID()).isNotBlank();
  }

  @Test
  void theRosterAndALearnersSummaryHaveNoAccessibilityViolations() {
    env.platform.services.members.put("course-1", List.of(
        new JsonObject().put("user_id", "browser-learner-a").put("name", "Ada Browser").put("roles", new JsonArray().add("Learner")),
        new JsonObject().put("user_id", "browser-learner-b").put("name", "Ben Browser").put("roles", new JsonArray().add("Learner")),
        new JsonObject().put("user_id", "browser-teacher-2").put("name", "Tom Teacher").put("roles", new JsonArray().add("Instructor"))));
    String landing = LtiJourneys.launchIntoQuiz(env, "browser-learner-a", "rl-browser-quiz", "opt-m1-quiz", c -> c);
    CookielessClient c = env.cookieless();
    LtiJourneys.takeQuiz(c, landing, "opt-m1-quiz");
    var r = env.launchAs(env.browser(), "browser-teacher-2", x -> x, LtiJourneys.INSTRUCTOR);
    driver.get(env.toolBase + r.getHeader("Location"));
    driver.findElement(By.linkText("Course roster")).click();
    waiting().until(d -> !d.findElements(By.cssSelector("table.roster-table")).isEmpty());
    Axe.assertNoAccessibilityViolations(driver);
    driver.findElement(By.partialLinkText("Results of Ada Browser")).click();
    waiting().until(d -> d.findElement(By.tagName("h1")).getText().contains("in Online therapy CPD"));
    Axe.assertNoAccessibilityViolations(driver);
  }
}
