package io.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A learner in a real browser (headless Chromium) against a real Cairn: signs up, opens a module,
 * plays the film for a few seconds and sees the progress recorded, on the page and in PostgreSQL.
 * Also keyboard-only sign-up and axe-core (WCAG 2.2 AA) on the main learner pages.
 */
class LearnerJourneyTest {
  @RegisterExtension
  static final BrowserHarness browser = new BrowserHarness();

  static final String MODULE = "/modules/opt-m1-safe-practice";
  static final String FILM = MODULE + "/units/two-rooms";
  static final String PASSWORD = "a long enough passphrase";
  static final Pattern WATCHED = Pattern.compile("(\\d+)% watched");
  static final AtomicInteger PEOPLE = new AtomicInteger();

  @Test
  void signUpOpenTheFilmPlayItAndSeeProgressRecorded() throws SQLException {
    WebDriver d = browser.driver();

    // Signed out, the module page offers to sign in; from there, create an account.
    browser.open(MODULE);
    d.findElement(By.tagName("main")).findElement(By.linkText("Sign in")).click();
    browser.waitForPage();
    d.findElement(By.tagName("main")).findElement(By.linkText("Create an account")).click();
    browser.waitForPage();
    assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Create an account");

    String email = "journey@example.org";
    browser.field("Your name").sendKeys("Jo Journey");
    browser.field("Email address").sendKeys(email);
    browser.field("Password").sendKeys(PASSWORD);
    d.findElement(By.xpath("//main//button[normalize-space()='Create account']")).click();

    // Back on the module page, signed in.
    browser.waitUntil("the module page after sign-up", x -> x.getCurrentUrl().equals(browser.url(MODULE)));
    browser.waitForPage();
    assertThat(d.findElement(By.cssSelector(".site-header")).getText()).contains("Signed in as Jo Journey");
    WebElement first = d.findElements(By.cssSelector("ol.units > li.unit-row")).get(0);
    assertThat(first.findElement(By.cssSelector(".unit-type")).getText()).isEqualTo("Film");
    assertThat(first.findElement(By.cssSelector(".status")).getText()).isEqualTo("Not started");

    // Open the first unit: the film.
    first.findElement(By.partialLinkText("Two rooms, one session")).click();
    browser.waitUntil("the film unit page", x -> x.getCurrentUrl().equals(browser.url(FILM)));
    browser.waitForPage();
    assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Two rooms, one session");
    WebElement video = d.findElement(By.cssSelector("figure.player video"));
    assertThat(browser.js().executeScript("return arguments[0].canPlayType('video/mp4; codecs=\"avc1.42E01E\"')", video))
        .as("this Chromium can play the H.264 film").isNotEqualTo("");
    browser.waitUntil("the film's metadata (duration)", x -> (Boolean) browser.js().executeScript(
        "return arguments[0].readyState >= 1 && isFinite(arguments[0].duration)", video));

    // Play and pause with real clicks on the player (the script calls only if a click is ignored).
    clickToggles(video, "play");
    browser.waitUntil("the film to play past 3 seconds", x -> (Boolean) browser.js().executeScript(
        "return !arguments[0].paused && arguments[0].currentTime > 3", video));
    clickToggles(video, "pause");

    // media-progress.js posts the played span on pause and updates the status line.
    String status = browser.waitUntil("the status line to show how much was watched", x -> {
      String text = x.findElement(By.cssSelector("#unit-status strong")).getText();
      return WATCHED.matcher(text).matches() ? text : null;
    });
    assertThat(percent(status)).isGreaterThan(0);

    // A reload of the module page shows it, and it is stored.
    browser.open(MODULE);
    WebElement row = d.findElements(By.cssSelector("ol.units > li")).stream()
        .filter(li -> li.findElement(By.tagName("a")).getText().contains("Two rooms, one session"))
        .findFirst().orElseThrow(() -> new AssertionError("the film is not listed on the module page"));
    String rowStatus = row.findElement(By.cssSelector(".status")).getText();
    assertThat(rowStatus).matches(WATCHED);
    assertThat(percent(rowStatus)).isGreaterThan(0);
    assertThat(playedSeconds(email, "opt-m1-safe-practice", "two-rooms")).isGreaterThanOrEqualTo(3);
  }

  @Test
  void keyboardOnlySignUpStartsAtTheSkipLink() {
    WebDriver d = browser.driver();
    browser.open("/signup?next=" + MODULE);
    WebElement skip = d.findElement(By.cssSelector("a.skip-link"));
    assertThat(skip.isDisplayed()).as("the skip link is off screen until focused").isFalse();

    Actions keys = new Actions(d);
    keys.sendKeys(Keys.TAB).perform();
    WebElement focused = browser.focused();
    assertThat(focused.getText()).isEqualTo("Skip to main content");
    assertThat(focused).isEqualTo(skip);
    assertThat(skip.isDisplayed()).as("the focused skip link is visible").isTrue();
    Rectangle r = skip.getRect();
    assertThat(r.getX()).isGreaterThanOrEqualTo(0);
    assertThat(r.getY()).isGreaterThanOrEqualTo(0);
    assertThat(hasFocusOutline(skip)).as("the skip link shows a focus indicator").isTrue();

    // Enter follows it to the main content; the next Tab is the first field of the form.
    keys.sendKeys(Keys.ENTER).perform();
    browser.waitUntil("focus on <main>", x -> "main".equals(browser.focused().getDomAttribute("id")));
    keys.sendKeys(Keys.TAB).perform();
    assertThat(browser.focused()).isEqualTo(browser.field("Your name"));
    assertThat(hasFocusOutline(browser.focused())).as("the name field shows a focus indicator").isTrue();
    keys.sendKeys("Kim Keyboard").sendKeys(Keys.TAB).perform();
    assertThat(browser.focused()).isEqualTo(browser.field("Email address"));
    keys.sendKeys("kim@example.org").sendKeys(Keys.TAB).perform();
    assertThat(browser.focused()).isEqualTo(browser.field("Password"));
    keys.sendKeys(PASSWORD).sendKeys(Keys.TAB).perform();
    assertThat(browser.focused().getText()).isEqualTo("Create account");
    keys.sendKeys(Keys.ENTER).perform();

    browser.waitUntil("the module page after a keyboard-only sign-up",
        x -> x.getCurrentUrl().equals(browser.url(MODULE)));
    browser.waitForPage();
    assertThat(d.findElement(By.cssSelector(".site-header")).getText()).contains("Signed in as Kim Keyboard");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", MODULE, FILM, "/frameworks/bacp-opt-adults"})
  void signedInPagesHaveNoWcagAaViolations(String path) {
    signUp();
    browser.open(path);
    if (path.equals(FILM)) {
      WebElement video = browser.driver().findElement(By.tagName("video"));
      browser.waitUntil("the film's metadata", x -> (Boolean) browser.js().executeScript(
          "return arguments[0].readyState >= 1", video));
    }
    Axe.assertNoAccessibilityViolations(browser.driver());
  }

  @Test
  void signUpPageHasNoWcagAaViolationsBeforeAndAfterAnError() {
    browser.open("/signup");
    Axe.assertNoAccessibilityViolations(browser.driver());

    browser.field("Your name").sendKeys("Eve Error");
    browser.field("Email address").sendKeys("not-an-email");
    browser.field("Password").sendKeys(PASSWORD);
    browser.driver().findElement(By.xpath("//main//button[normalize-space()='Create account']")).click();
    browser.waitUntil("the form's error message", x -> !x.findElements(By.id("form-error")).isEmpty());
    assertThat(browser.field("Email address").getDomAttribute("aria-invalid")).isEqualTo("true");
    Axe.assertNoAccessibilityViolations(browser.driver());
  }

  /** axe really runs under the page's CSP, and really reports a broken page. */
  @Test
  void axeRunsUnderTheContentSecurityPolicyAndCatchesAViolation() {
    browser.open("/signup");
    // The CSP is in force: an inline script added to the page does not run.
    browser.js().executeScript("var s = document.createElement('script');"
        + "s.textContent = 'window.inlineRan = true'; document.body.appendChild(s);");
    assertThat(browser.js().executeScript("return window.inlineRan === true")).isEqualTo(false);

    Axe.Results clean = Axe.run(browser.driver());
    assertThat(clean.version()).startsWith("4.");
    assertThat(clean.passes()).isGreaterThan(0);
    assertThat(clean.violations()).isEmpty();

    // An image without a text alternative, and pale grey text (set through the CSSOM, which the
    // CSP allows): axe must report both, so a clean result above means something.
    browser.js().executeScript("var main = document.querySelector('main');"
        + "var i = document.createElement('img'); i.src = '/css/cairn.css'; main.appendChild(i);"
        + "var p = document.createElement('p'); p.textContent = 'Hard to read'; p.style.color = '#c0c0c0';"
        + "main.appendChild(p);");
    Axe.Results broken = Axe.run(browser.driver());
    assertThat(broken.violations()).extracting(Axe.Violation::id).contains("image-alt", "color-contrast");
  }

  /** Signs a new learner up through the form; leaves the browser on the home page. */
  private void signUp() {
    int n = PEOPLE.incrementAndGet();
    browser.open("/signup");
    browser.field("Your name").sendKeys("Ada Axe " + n);
    browser.field("Email address").sendKeys("ada" + n + "@example.org");
    browser.field("Password").sendKeys(PASSWORD);
    browser.driver().findElement(By.xpath("//main//button[normalize-space()='Create account']")).click();
    browser.waitUntil("the home page after sign-up", x -> x.getCurrentUrl().equals(browser.url("/")));
  }

  /**
   * Clicks the middle of the player, as a person would, and waits briefly for it to "play" or
   * "pause"; if headless Chromium's controls ignore the click, calls the media element's method.
   */
  private void clickToggles(WebElement media, String action) {
    String reached = action.equals("play") ? "return !arguments[0].paused" : "return arguments[0].paused";
    new Actions(browser.driver()).moveToElement(media).click().perform();
    try {
      browser.waitUntil("the film to " + action + " after a click", Duration.ofSeconds(3),
          x -> (Boolean) browser.js().executeScript(reached, media));
    } catch (TimeoutException e) {
      System.out.println("A click on the player did not " + action + " the film; calling " + action + "().");
      browser.js().executeScript("return arguments[0]." + action + "()", media);
      browser.waitUntil("the film to " + action, x -> (Boolean) browser.js().executeScript(reached, media));
    }
  }

  private boolean hasFocusOutline(WebElement e) {
    return (Boolean) browser.js().executeScript(
        "var s = getComputedStyle(arguments[0]);"
            + "return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;", e);
  }

  private static int percent(String status) {
    Matcher m = WATCHED.matcher(status);
    assertThat(m.find()).as("\"%s\" gives a percentage watched", status).isTrue();
    return Integer.parseInt(m.group(1));
  }

  /** Seconds of the unit this learner played, as stored (played is an int4multirange). */
  private static int playedSeconds(String email, String module, String unit) throws SQLException {
    URI db = URI.create(browser.server().databaseUrl());
    String user = db.getUserInfo() == null ? "postgres" : db.getUserInfo().split(":")[0];
    try (Connection c = DriverManager.getConnection(
            "jdbc:postgresql://" + db.getHost() + ":" + db.getPort() + db.getPath(), user, "");
         PreparedStatement s = c.prepareStatement("""
             SELECT played_seconds(p.played) FROM unit_progress p JOIN account a ON a.id = p.account_id
             WHERE a.email = ? AND p.module_id = ? AND p.unit_id = ?""")) {
      s.setString(1, email);
      s.setString(2, module);
      s.setString(3, unit);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).as("a unit_progress row for %s in %s/%s", email, module, unit).isTrue();
        return r.getInt(1);
      }
    }
  }
}
