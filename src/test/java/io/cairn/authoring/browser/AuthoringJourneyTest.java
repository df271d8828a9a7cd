package io.cairn.authoring.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.browser.Axe;
import io.cairn.browser.BrowserHarness;
import io.cairn.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * In headless Chromium: a tutor writes a single-choice question, links a competence with the
 * picker, previews it, publishes, and a learner then takes it. Axe checks the editor's pages.
 */
class AuthoringJourneyTest {
  @RegisterExtension
  static final BrowserHarness browser = new BrowserHarness();

  @Test
  void aTutorWritesAQuestionAndALearnerTakesIt() {
    WebDriver d = browser.driver();
    browser.open("/signin");
    browser.field("Email address").sendKeys(TestServer.ADMIN_EMAIL);
    browser.field("Password").sendKeys(TestServer.ADMIN_PASSWORD);
    d.findElement(By.cssSelector("main form button[type=submit]")).click();
    browser.waitForPage();

    browser.open("/authoring");
    Axe.assertNoAccessibilityViolations(d);
    d.findElement(By.xpath("//tr[th[contains(., 'opt-m3-quiz')]]//button[contains(., 'Edit')]")).click();
    browser.waitForPage();
    Axe.assertNoAccessibilityViolations(d);
    new Select(d.findElement(By.id("new-type"))).selectByValue("single_choice");
    d.findElement(By.xpath("//button[normalize-space(.)='Add question']")).click();
    browser.waitForPage();

    browser.field("Question id").clear();
    browser.field("Question id").sendKeys("NEW-1");
    browser.field("Question (markdown)").sendKeys("Which is **safest** for a first video session?");
    browser.waitUntil("the live preview", x -> x.findElement(By.id("f-stem-preview")).getText().contains("safest"));
    d.findElement(By.id("competence-search")).sendKeys("OPT-1.1");
    browser.waitUntil("the picker to filter", x -> !x.findElement(By.id("c-OPT-1-1")).getAttribute("id").isEmpty());
    d.findElement(By.cssSelector("label[for=c-OPT-1-1]")).click();
    d.findElement(By.id("f-options-0-id")).sendKeys("A");
    d.findElement(By.id("f-options-0-text")).sendKeys("Agree a backup phone number first");
    d.findElement(By.cssSelector("label[for=f-options-0-correct]")).click();
    d.findElement(By.id("f-options-1-id")).sendKeys("B");
    d.findElement(By.id("f-options-1-text")).sendKeys("Start at once");
    d.findElement(By.xpath("//button[normalize-space(.)='Preview']")).click();
    browser.waitForPage();
    assertThat(d.findElement(By.cssSelector(".preview")).getText()).contains("safest");
    Axe.assertNoAccessibilityViolations(d);
    d.findElement(By.xpath("//button[normalize-space(.)='Save question']")).click();
    browser.waitForPage();
    assertThat(d.findElement(By.id("q-NEW-1")).getText()).contains("safest");

    d.findElement(By.linkText("Publish…")).click();
    browser.waitForPage();
    Axe.assertNoAccessibilityViolations(d);
    d.findElement(By.xpath("//main//button[normalize-space(.)='Publish']")).click();
    browser.waitForPage();
    assertThat(d.findElement(By.id("published")).getText()).contains("Published");

    // a learner takes it
    d.manage().deleteAllCookies();
    browser.open("/signup");
    browser.field("Your name").sendKeys("Lou Learner");
    browser.field("Email address").sendKeys("lou@example.org");
    browser.field("Password").sendKeys("a long enough passphrase");
    d.findElement(By.cssSelector("main form button[type=submit]")).click();
    browser.waitForPage();
    var quiz = browser.server().cairn().catalog().quiz("opt-m3-quiz").orElseThrow();
    assertThat(quiz.version()).isEqualTo(2);
    String unit = browser.server().cairn().catalog().module(quiz.moduleId()).orElseThrow().module().units().stream()
        .filter(u -> "opt-m3-quiz".equals(u.quiz())).findFirst().orElseThrow().id();
    browser.open("/modules/" + quiz.moduleId() + "/units/" + unit);
    d.findElement(By.cssSelector("main form[action='/quizzes/opt-m3-quiz/attempts'] button")).click();
    browser.waitForPage();
    assertThat(d.findElement(By.id("q-NEW-1")).getText()).contains("safest");
  }
}
