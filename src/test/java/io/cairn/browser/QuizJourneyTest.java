package io.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.cairn.testing.Jdbc;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * A learner takes the Module 1 quiz in a real browser (headless Chromium) against a real Cairn:
 * answers with clicks and the keyboard, sees the answers kept across a reload (autosave), submits
 * through the summary page and reads the result, whose first screenful says what the result does
 * and does not show. Also the countdown's screen-reader behaviour and axe-core on the quiz pages.
 */
class QuizJourneyTest {
  @RegisterExtension
  static final BrowserHarness browser = new BrowserHarness();

  static final String MODULE = "/modules/opt-m1-safe-practice";
  static final String QUIZ_UNIT = MODULE + "/units/end-of-module-quiz";
  static final String PASSWORD = "a long enough passphrase";
  static final Pattern ATTEMPT = Pattern.compile(".*/attempts/(\\d+)$");
  static final String STATEMENT = "This result is evidence of knowledge for your CPD record. It does not show "
      + "competence in online or phone practice, which is assessed by a supervisor or tutor who evaluates "
      + "your practice.";
  /** M1-Q1's correct option (B), found by its label as a learner would. */
  static final String Q1_B = "What happens if the connection fails: who re-establishes contact, on which number, "
      + "and how long to wait";
  static final AtomicInteger PEOPLE = new AtomicInteger();

  @Test
  void takeTheModuleOneQuizToTheResultPage() {
    WebDriver d = browser.driver();
    String email = signUp("Quinn Quiz", QUIZ_UNIT);
    long attempt = startTheQuiz();
    assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Module 1 quiz: setting up safe OPT practice");

    // Single choice: option B by its label text (options are shuffled, so never by position).
    WebElement q1b = option("M1-Q1", Q1_B);
    label(q1b).click();
    assertThat(q1b.isSelected()).as("clicking the label chooses M1-Q1 B").isTrue();

    // Multiple response: the four safe practices (A, B, C and F), not D or E.
    for (String id : List.of("A", "B", "C", "F")) {
      d.findElement(By.id("q-M1-Q2-" + id)).click();
    }
    // True/false.
    d.findElement(By.id("q-M1-Q3-true")).click();
    // Matching: one select per medium.
    Map<String, String> matching = Map.of("1", "c", "2", "a", "3", "d", "4", "b");
    matching.forEach((prompt, choice) -> new Select(d.findElement(By.id("q-M1-Q4-" + prompt))).selectByValue(choice));
    // Ordering: a position for each step.
    Map<String, String> ordering = Map.of("see-hear", "1", "identity-location", "2", "privacy", "3",
        "backup-number", "4", "begin-work", "5");
    ordering.forEach((item, position) ->
        new Select(d.findElement(By.id("q-M1-Q6-" + item))).selectByVisibleText(position));

    // quiz.js saves in the background; the status says so only once the last change is saved.
    browser.waitUntil("the autosave status", x -> "Your answers are saved.".equals(saveStatus()));

    // A reload shows what the server kept.
    d.navigate().refresh();
    browser.waitForPage();
    assertThat(d.getCurrentUrl()).isEqualTo(browser.url("/attempts/" + attempt));
    assertThat(option("M1-Q1", Q1_B).isSelected()).as("M1-Q1 B after a reload").isTrue();
    for (String id : List.of("A", "B", "C", "D", "E", "F")) {
      assertThat(d.findElement(By.id("q-M1-Q2-" + id)).isSelected()).as("M1-Q2 %s after a reload", id)
          .isEqualTo(List.of("A", "B", "C", "F").contains(id));
    }
    assertThat(d.findElement(By.id("q-M1-Q3-true")).isSelected()).as("M1-Q3 true after a reload").isTrue();
    assertThat(d.findElement(By.id("q-M1-Q3-false")).isSelected()).isFalse();
    matching.forEach((prompt, choice) -> assertThat(selected("q-M1-Q4-" + prompt))
        .as("M1-Q4 prompt %s after a reload", prompt).isEqualTo(choice));
    ordering.forEach((item, position) -> assertThat(selected("q-M1-Q6-" + item))
        .as("M1-Q6 %s after a reload", item).isEqualTo(position));
    assertThat(d.findElements(By.cssSelector("input[name='q.M1-Q7']:checked"))).as("M1-Q7 was not answered").isEmpty();

    // Save and finish: the summary lists what is answered and what is not.
    button("Save and finish…").click();
    browser.waitUntil("the summary page", x -> x.getCurrentUrl().equals(browser.url("/attempts/" + attempt + "/summary")));
    browser.waitForPage();
    assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Before you submit");
    assertThat(d.findElement(By.tagName("main")).getText()).contains("You have answered 5 of 10 questions.");
    List<String> rows = d.findElements(By.cssSelector("ul.summary-grid > li")).stream().map(WebElement::getText).toList();
    assertThat(rows).containsExactly(
        "Question 1: answered", "Question 2: answered", "Question 3: answered", "Question 4: answered",
        "Question 5: not answered", "Question 6: answered", "Question 7: not answered",
        "Question 8: not answered", "Question 9: not answered", "Question 10: not answered");

    button("Submit all and finish").click();
    browser.waitUntil("the result page", x -> x.getCurrentUrl().equals(browser.url("/attempts/" + attempt + "/result")));
    browser.waitForPage();

    // The statement is in the first screenful, and comes before the score.
    WebElement statement = d.findElement(By.xpath(
        "//main//*[normalize-space(.) = " + literal(STATEMENT) + " and not(*[normalize-space(.) = "
            + literal(STATEMENT) + "])]"));
    assertThat(statement.isDisplayed()).isTrue();
    WebElement score = d.findElement(By.cssSelector(".score-card .score"));
    assertThat(score.getText()).isEqualTo("50% · 5 of 10 points");
    double statementTop = top(statement);
    double viewport = ((Number) browser.js().executeScript("return window.innerHeight")).doubleValue();
    assertThat(statementTop).as("the statement starts in the first screenful (height %s)", viewport)
        .isGreaterThanOrEqualTo(0).isLessThan(viewport);
    assertThat(statementTop).as("the statement comes before the score").isLessThan(top(score));
    assertThat(((Number) browser.js().executeScript(
        "return arguments[0].compareDocumentPosition(arguments[1])", statement, score)).intValue() & 4)
        .as("the statement precedes the score in the document (reading order)").isEqualTo(4);
    assertThat(d.findElement(By.cssSelector(".verdict")).getText()).startsWith("Not passed this time.");

    // The competence table.
    WebElement table = d.findElement(By.cssSelector("table.competence-breakdown"));
    assertThat(table.findElement(By.tagName("caption")).getText()).isNotBlank();
    List<WebElement> competences = table.findElements(By.cssSelector("tbody > tr"));
    assertThat(competences).isNotEmpty();
    assertThat(table.getText()).contains("OPT-5.1", "OPT-4.1");

    // And in PostgreSQL: submitted by the learner, with one evidence row per competence touched.
    String db = browser.server().databaseUrl();
    assertThat(Jdbc.column(db, "SELECT state || ' ' || submitted_by || ' ' || percent::text FROM attempt a "
        + "JOIN account u ON u.id = a.account_id WHERE a.id = " + attempt + " AND u.email = '" + email + "'"))
        .containsExactly("submitted learner 50.00");
    long evidence = Jdbc.number(db, "SELECT count(*) FROM evidence WHERE attempt_id = " + attempt
        + " AND kind = 'knowledge_check' AND cardinality(item_ids) > 0");
    assertThat(evidence).as("evidence rows of attempt %s", attempt).isPositive().isEqualTo(competences.size());
    assertThat(Jdbc.number(db, "SELECT count(*) FROM evidence WHERE attempt_id = " + attempt
        + " AND competence_id = 'OPT-4.1' AND level = 'knows' AND percent = 50"))
        .as("OPT-4.1 (M1-Q3 right, M1-Q7 unanswered) is recorded at 50%").isEqualTo(1);
  }

  @Test
  void countdownIsATimerThatScreenReadersCanQueryWithoutInterruption() {
    WebDriver d = browser.driver();
    signUp("Tess Timer", QUIZ_UNIT);
    startTheQuiz();

    WebElement timer = d.findElement(By.id("timer"));
    assertThat(timer.getDomAttribute("role")).isEqualTo("timer");
    assertThat(timer.getDomAttribute("aria-live")).isEqualTo("off");
    WebElement value = timer.findElement(By.id("timer-value"));

    // quiz.js replaces the server's "20 min" with a ticking count.
    Pattern ticking = Pattern.compile("(\\d+) min (\\d\\d) s");
    String first = browser.waitUntil("the countdown to start",
        x -> ticking.matcher(value.getText()).matches() ? value.getText() : null);
    String next = browser.waitUntil("the countdown to change from " + first, x -> {
      String now = value.getText();
      return !now.equals(first) && ticking.matcher(now).matches() ? now : null;
    });
    assertThat(seconds(ticking, next)).isLessThan(seconds(ticking, first));
    assertThat(seconds(ticking, first)).as("more than 5 minutes left").isGreaterThan(300).isLessThanOrEqualTo(20 * 60);
    assertThat(timer.getText()).startsWith("Time left: ");

    // The announcements live elsewhere: polite, and silent until 5 minutes are left.
    WebElement announce = d.findElement(By.id("timer-announce"));
    assertThat(announce.getDomAttribute("aria-live")).isEqualTo("polite");
    assertThat(announce.getDomProperty("textContent")).isEmpty();
    assertThat((Boolean) browser.js().executeScript("return !arguments[0].contains(arguments[1])", timer, announce))
        .as("the announcements are not inside the silent timer").isTrue();
  }

  @Test
  void quizPagesHaveNoAccessibilityViolations() {
    WebDriver d = browser.driver();
    signUp("Axel Axe", QUIZ_UNIT);
    long attempt = startTheQuiz();
    browser.waitUntil("the countdown to start", x -> x.findElement(By.id("timer-value")).getText().contains(" s"));
    Axe.assertNoAccessibilityViolations(d);

    label(option("M1-Q1", Q1_B)).click();
    d.findElement(By.id("q-M1-Q3-false")).click();
    browser.waitUntil("the autosave status", x -> "Your answers are saved.".equals(saveStatus()));
    Axe.assertNoAccessibilityViolations(d);

    button("Save and finish…").click();
    browser.waitUntil("the summary page", x -> x.getCurrentUrl().endsWith("/attempts/" + attempt + "/summary"));
    browser.waitForPage();
    Axe.assertNoAccessibilityViolations(d);

    button("Submit all and finish").click();
    browser.waitUntil("the result page", x -> x.getCurrentUrl().endsWith("/attempts/" + attempt + "/result"));
    browser.waitForPage();
    assertThat(d.findElements(By.cssSelector(".review fieldset.question"))).as("the review is shown").isNotEmpty();
    Axe.assertNoAccessibilityViolations(d);
  }

  @Test
  void keyboardOnlyCanAnswerAndSubmit() {
    WebDriver d = browser.driver();
    String email = signUp("Kit Keys", QUIZ_UNIT);
    Actions keys = new Actions(d);

    // Start the quiz from the unit page with the keyboard.
    WebElement start = tabUntil("the Start the quiz button", e -> "Start the quiz".equals(e.getText()));
    assertThat(hasFocusOutline(start)).as("the start button shows a focus indicator").isTrue();
    keys.sendKeys(Keys.ENTER).perform();
    browser.waitUntil("the attempt page", x -> ATTEMPT.matcher(x.getCurrentUrl()).matches());
    browser.waitForPage();
    Matcher m = ATTEMPT.matcher(d.getCurrentUrl());
    assertThat(m.matches()).isTrue();
    long attempt = Long.parseLong(m.group(1));

    // The skip link, then Tab into M1-Q1's radio group, arrows to option B.
    keys.sendKeys(Keys.TAB).perform();
    assertThat(browser.focused().getText()).isEqualTo("Skip to main content");
    keys.sendKeys(Keys.ENTER).perform();
    browser.waitUntil("focus on <main>", x -> "main".equals(browser.focused().getDomAttribute("id")));
    WebElement radio = tabUntil("a radio of M1-Q1", e -> "q.M1-Q1".equals(e.getDomAttribute("name")));
    assertThat(radio.getDomAttribute("type")).isEqualTo("radio");
    assertThat(hasFocusOutline(radio)).as("the radio shows a focus indicator").isTrue();
    WebElement b = option("M1-Q1", Q1_B);
    for (int i = 0; i < 4 && !browser.focused().equals(b); i++) {
      keys.sendKeys(Keys.ARROW_DOWN).perform();
    }
    assertThat(browser.focused()).as("the arrow keys reach option B").isEqualTo(b);
    if (!b.isSelected()) {
      keys.sendKeys(Keys.SPACE).perform();
    }
    assertThat(b.isSelected()).isTrue();
    assertThat(d.findElements(By.cssSelector("input[name='q.M1-Q1']:checked"))).hasSize(1);

    // On to the finish button, and through the summary page.
    WebElement finish = tabUntil("the Save and finish button", e -> "Save and finish…".equals(e.getText()));
    assertThat(hasFocusOutline(finish)).as("the finish button shows a focus indicator").isTrue();
    keys.sendKeys(Keys.ENTER).perform();
    browser.waitUntil("the summary page", x -> x.getCurrentUrl().equals(browser.url("/attempts/" + attempt + "/summary")));
    browser.waitForPage();
    assertThat(d.findElement(By.tagName("main")).getText()).contains("You have answered 1 of 10 questions.");
    tabUntil("the Submit all and finish button", e -> "Submit all and finish".equals(e.getText()));
    keys.sendKeys(Keys.ENTER).perform();
    browser.waitUntil("the result page", x -> x.getCurrentUrl().equals(browser.url("/attempts/" + attempt + "/result")));
    browser.waitForPage();

    assertThat(d.findElement(By.cssSelector(".score-card .score")).getText()).isEqualTo("10% · 1 of 10 points");
    assertThat(d.findElement(By.tagName("main")).getText()).contains(STATEMENT);
    assertThat(Jdbc.column(browser.server().databaseUrl(), "SELECT a.state FROM attempt a JOIN account u ON u.id = "
        + "a.account_id WHERE a.id = " + attempt + " AND u.email = '" + email + "'")).containsExactly("submitted");
  }


  /**
   * WCAG 2.4.11 (focus not obscured): the countdown sticks to the top of the window, so moving
   * backwards with Shift+Tab must not leave the focused control behind it, wide or narrow.
   */
  @Test
  void stickyTimerNeverHidesTheFocusedControl() {
    WebDriver d = browser.driver();
    signUp("Sam Shift", QUIZ_UNIT);
    long attempt = startTheQuiz();
    try {
      for (Dimension size : List.of(new Dimension(1280, 1000), new Dimension(360, 740))) {
        d.manage().window().setSize(size);
        browser.open("/attempts/" + attempt);
        Actions keys = new Actions(d);
        tabUntil("the Save and finish button", e -> "Save and finish…".equals(e.getText()));
        int checked = 0;
        for (int i = 0; i < 80; i++) {
          keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
          WebElement f = browser.focused();
          String id = String.valueOf(f.getDomAttribute("id"));
          if (!id.startsWith("q-M1-")) {
            continue; // a button, not a question's control
          }
          checked++;
          @SuppressWarnings("unchecked")
          Map<String, Number> r = (Map<String, Number>) browser.js().executeScript(
              "var a = arguments[0].getBoundingClientRect(), b = document.getElementById('timer').getBoundingClientRect();"
                  + "return { top: a.top, timerBottom: b.bottom };", f);
          assertThat(r.get("top").doubleValue())
              .as("%s at %s: the focused control's top is below the sticky timer", id, size)
              .isGreaterThanOrEqualTo(r.get("timerBottom").doubleValue());
          if (id.startsWith("q-M1-Q1-")) {
            break;
          }
        }
        assertThat(checked).as("Shift+Tab went through the questions at %s", size).isGreaterThan(10);
      }
    } finally {
      d.manage().window().setSize(new Dimension(1280, 1000));
    }
  }

  /** Signs a new learner up through the form and waits to be sent on to {@code next}; returns the email. */
  private String signUp(String name, String next) {
    int n = PEOPLE.incrementAndGet();
    String email = "quiz" + n + "@example.org";
    browser.open("/signup?next=" + next);
    browser.field("Your name").sendKeys(name);
    browser.field("Email address").sendKeys(email);
    browser.field("Password").sendKeys(PASSWORD);
    button("Create account").click();
    browser.waitUntil("the page after sign-up", x -> x.getCurrentUrl().equals(browser.url(next)));
    browser.waitForPage();
    return email;
  }

  /** On the quiz unit page: presses "Start the quiz" and returns the new attempt's id. */
  private long startTheQuiz() {
    button("Start the quiz").click();
    browser.waitUntil("the attempt page", x -> ATTEMPT.matcher(x.getCurrentUrl()).matches());
    browser.waitForPage();
    Matcher m = ATTEMPT.matcher(browser.driver().getCurrentUrl());
    assertThat(m.matches()).isTrue();
    return Long.parseLong(m.group(1));
  }

  private WebElement button(String text) {
    return browser.driver().findElement(By.xpath("//main//button[normalize-space() = " + literal(text) + "]"));
  }

  /** The input of a question whose label reads {@code text}. */
  private WebElement option(String question, String text) {
    WebElement label = browser.driver().findElement(By.xpath(
        "//fieldset[@id = 'q-" + question + "']//label[normalize-space() = " + literal(text) + "]"));
    return browser.driver().findElement(By.id(label.getDomAttribute("for")));
  }

  private WebElement label(WebElement input) {
    return browser.driver().findElement(By.cssSelector("label[for='" + input.getDomAttribute("id") + "']"));
  }

  private String selected(String selectId) {
    return new Select(browser.driver().findElement(By.id(selectId))).getFirstSelectedOption().getDomAttribute("value");
  }

  /** The autosave status; it may be visually hidden, so its text content rather than its rendered text. */
  private String saveStatus() {
    return browser.driver().findElement(By.id("save-status")).getDomProperty("textContent").strip();
  }

  /** Presses Tab until the focused element matches (at most 200 times). */
  private WebElement tabUntil(String what, Predicate<WebElement> target) {
    Actions keys = new Actions(browser.driver());
    for (int i = 0; i < 200; i++) {
      keys.sendKeys(Keys.TAB).perform();
      WebElement focused = browser.focused();
      if (target.test(focused)) {
        return focused;
      }
    }
    return fail("Tab never reached " + what + " on " + browser.driver().getCurrentUrl());
  }

  private double top(WebElement e) {
    return ((Number) browser.js().executeScript("return arguments[0].getBoundingClientRect().top", e)).doubleValue();
  }

  private boolean hasFocusOutline(WebElement e) {
    return (Boolean) browser.js().executeScript(
        "var s = getComputedStyle(arguments[0]);"
            + "return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;", e);
  }

  private static int seconds(Pattern ticking, String text) {
    Matcher m = ticking.matcher(text);
    assertThat(m.matches()).isTrue();
    return Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
  }

  private static String literal(String s) {
    if (!s.contains("'")) {
      return "'" + s + "'";
    }
    return "concat('" + s.replace("'", "', \"'\", '") + "')";
  }
}
