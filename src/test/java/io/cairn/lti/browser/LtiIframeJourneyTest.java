package io.cairn.lti.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.lti.LtiTestEnvironment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The LTI launch as a learner meets it: the simulated platform's course page (on 127.0.0.1) frames
 * Cairn (on localhost, another site) in an iframe, in a headless Chromium that blocks third-party
 * cookies. The launch binds its state through the platform's postMessage storage, and the learner
 * moves around Cairn inside the frame on the launch-session token alone.
 */
class LtiIframeJourneyTest {
  static LtiTestEnvironment env;
  static LtiChromium chromium;
  static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    env = LtiTestEnvironment.start();
    chromium = LtiChromium.start(true);
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

  static String inFrame(String script) {
    return String.valueOf(((JavascriptExecutor) driver).executeScript(script));
  }

  /**
   * The browser really blocks third-party cookies: a SameSite=None; Secure cookie set by localhost
   * inside a frame of 127.0.0.1 is not sent back there, while the same cookie set at top level is.
   */
  @Test
  void thisBrowserBlocksThirdPartyCookies() {
    String localhost = "http://localhost:" + env.platform.port();
    try {
      driver.get(env.platform.issuer() + "/probe");
      driver.switchTo().frame("probe");
      waiting().until(d -> inFrame("return document.body.textContent").contains("set"));
      ((JavascriptExecutor) driver).executeScript("window.location.href = arguments[0]", localhost + "/probe/read");
      waiting().until(d -> !d.findElements(By.id("cookie")).isEmpty());
      assertThat(driver.findElement(By.id("cookie")).getText()).as("cookie sent to a third-party frame").isEqualTo("null");
      driver.switchTo().defaultContent();

      driver.get(localhost + "/probe/set");
      driver.get(localhost + "/probe/read");
      assertThat(driver.findElement(By.id("cookie")).getText()).as("the same cookie at top level").isEqualTo("probe=1");
    } finally {
      driver.switchTo().defaultContent();
      driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }
  }

  @Test
  void aLearnerLaunchesIntoTheFrameWithThirdPartyCookiesBlocked() {
    driver.get(env.platform.issuer() + "/course?login_hint=browser-learner");
    driver.switchTo().frame("tool");
    waiting().withMessage(() -> "the module page in the frame; it shows: " + driver.getPageSource())
        .until(d -> d.findElements(By.cssSelector("li.who")).size() == 1);
    assertThat(driver.findElement(By.cssSelector("li.who")).getText()).contains("Person browser-learner");
    String url = inFrame("return window.location.href");
    assertThat(url).startsWith(env.toolBase + "/modules/opt-m1-safe-practice?lt=v1.");

    // the learner moves on inside the frame: the next page knows them without any cookie
    WebElement unit = driver.findElement(By.cssSelector("main a[href*='/units/']"));
    unit.click();
    waiting().until(d -> inFrame("return window.location.pathname").contains("/units/"));
    assertThat(driver.findElement(By.cssSelector("li.who")).getText()).contains("Person browser-learner");
    assertThat(inFrame("return document.cookie")).isEmpty();

    // the state went through the platform's storage frame, both ways
    driver.switchTo().defaultContent();
    driver.switchTo().frame("lti_storage_frame");
    @SuppressWarnings("unchecked")
    List<String> messages = (List<String>) ((JavascriptExecutor) driver).executeScript("return window.messages");
    assertThat(messages).anyMatch(m -> m.startsWith("lti.put_data state_") && m.endsWith("from " + env.toolBase));
    assertThat(messages).anyMatch(m -> m.startsWith("lti.get_data state_") && m.endsWith("from " + env.toolBase));
    driver.switchTo().defaultContent();

    // and Cairn never got a cookie in: the browser holds none for its site
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> cookies = (List<Map<String, Object>>) driver.executeCdpCommand("Network.getAllCookies",
        Map.of()).get("cookies");
    assertThat(cookies).noneMatch(c -> String.valueOf(c.get("domain")).contains("localhost"));
    assertThat(env.count("SELECT count(*) FROM lti_user WHERE sub = 'browser-learner'")).isEqualTo(1);
  }
}
