package io.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.testing.Browser;
import io.cairn.testing.Sql;
import io.cairn.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A learner passes knowledge items in a quiz, rates themselves, a supervisor attests one
 * competence, and the map shows all three with the right words.
 */
class EvidenceJourneyTest {
  @RegisterExtension
  static final BrowserHarness browser = new BrowserHarness();

  static final String PASSWORD = "a long enough passphrase";

  private void signUp(String name, String email) {
    browser.open("/signup");
    browser.field("Your name").sendKeys(name);
    browser.field("Email address").sendKeys(email);
    browser.field("Password").sendKeys(PASSWORD);
    browser.driver().findElement(By.xpath("//main//button[normalize-space()='Create account']")).click();
    browser.waitForPage();
  }

  private void signIn(String email) {
    browser.open("/signin");
    browser.field("Email address").sendKeys(email);
    browser.field("Password").sendKeys(PASSWORD);
    browser.driver().findElement(By.xpath("//main//button[normalize-space()='Sign in']")).click();
    browser.waitForPage();
  }

  private void signOut() {
    browser.driver().findElement(By.xpath("//header//button[normalize-space()='Sign out']")).click();
    browser.waitForPage();
  }

  private void click(String xpath) {
    browser.driver().findElement(By.xpath(xpath)).click();
    browser.waitForPage();
  }

  private String mapStatus(String competenceId) {
    browser.open("/evidence");
    return browser.driver().findElement(By.xpath(
        "//tr[th//span[normalize-space()='" + competenceId + "']]/td[1]")).getText();
  }

  @Test
  void quizSelfRatingAndAttestationAllShowOnTheMapWithTheRightWords() {
    WebDriver d = browser.driver();
    TestServer server = browser.server();

    // The learner answers both OPT-4.1 items of the module 1 quiz correctly and submits.
    signUp("Mo Mapper", "mo@example.org");
    browser.open("/modules/opt-m1-safe-practice/units/end-of-module-quiz");
    click("//main//button[normalize-space()='Start the quiz']");
    d.findElement(By.cssSelector("label[for='q-M1-Q3-true']")).click();
    d.findElement(By.cssSelector("label[for='q-M1-Q7-B']")).click();
    click("//main//button[normalize-space()='Save and finish…']");
    click("//main//button[normalize-space()='Submit all and finish']");
    assertThat(d.findElement(By.cssSelector(".result-statement")).getText()).contains("does not show competence");
    assertThat(mapStatus("OPT-4.1")).isEqualTo("Knowledge evidenced (quiz)");

    // The learner rates themselves on OPT-8.3.
    browser.open("/evidence/competences/OPT-8.3");
    d.findElement(By.cssSelector("label[for='r-developing']")).click();
    click("//main//button[normalize-space()='Save my rating']");
    assertThat(mapStatus("OPT-8.3")).isEqualTo("Self-rated only");
    signOut();

    // A supervisor (the role given by an admin) invites the learner, who accepts.
    signUp("Dr Sam Rowe", "rowe@example.org");
    try (Browser admin = new Browser(server.cairn().vertx(), server.baseUrl())) {
      admin.signIn(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
      admin.get("/admin/accounts");
      Object id = Sql.single(server, "SELECT id FROM account WHERE email = 'rowe@example.org'");
      assertThat(admin.post("/admin/accounts/" + id + "/roles", Map.of("role", "supervisor", "action", "grant"))
          .statusCode()).isEqualTo(303);
    }
    browser.open("/supervision");
    browser.field("Learner's email address").sendKeys("mo@example.org");
    click("//main//button[normalize-space()='Send invitation']");
    signOut();
    signIn("mo@example.org");
    browser.open("/supervision");
    click("//main//button[starts-with(normalize-space(), 'Accept')]");
    signOut();

    // The supervisor attests practice on OPT-8.3.
    signIn("rowe@example.org");
    browser.open("/supervision");
    click("//main//a[normalize-space()='Mo Mapper']");
    click("//tr[th//span[normalize-space()='OPT-8.3']]/th/a");
    d.findElement(By.cssSelector("label[for='l-does']")).click();
    new Select(browser.field("Basis")).selectByVisibleText("Observed session");
    browser.js().executeScript("document.getElementById('observed_on').value = '2026-11-02'");
    new Select(browser.field("Your rating")).selectByVisibleText("Demonstrated");
    d.findElement(By.id("statement")).sendKeys("Contracted clearly for video work, including the backup plan.");
    click("//main//button[normalize-space()='Record attestation']");
    assertThat(d.findElement(By.cssSelector("main [role=status]")).getText()).contains("attestation is recorded");
    signOut();

    // The learner's map shows all three, in words that never claim competence from a quiz.
    signIn("mo@example.org");
    assertThat(mapStatus("OPT-4.1")).isEqualTo("Knowledge evidenced (quiz)");
    assertThat(mapStatus("OPT-8.3")).isEqualTo("Practice attested by Dr Sam Rowe on 2 November 2026");
    browser.open("/evidence");
    assertThat(d.findElement(By.xpath("//tr[th//span[normalize-space()='OPT-8.3']]/td[2]")).getText())
        .isEqualTo("Developing");
    assertThat(d.findElement(By.cssSelector("main .disclaimer")).getText()).contains("evidence of knowledge");
    Axe.assertNoAccessibilityViolations(d);
  }
}
