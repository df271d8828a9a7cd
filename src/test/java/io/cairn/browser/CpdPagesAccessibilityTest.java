package io.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.evidence.cpd.ModuleOne;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * axe-core (WCAG 2.2 AA) on the CPD record, the certificate, the verification page (genuine and
 * not) and the account page, in headless Chromium, for a learner who completed module 1.
 */
class CpdPagesAccessibilityTest {
  @RegisterExtension
  static final BrowserHarness browser = new BrowserHarness();

  @Test
  void theCpdCertificateVerificationAndAccountPagesHaveNoWcagAaViolations() {
    ModuleOne.Learner l = ModuleOne.signUp(browser.server(), "Ada Record", "ada-record@example.org");
    ModuleOne.complete(l, "What I will change in my contract.");
    l.web().get("/cpd");
    String certificate = l.web().post("/cpd/certificates", Map.of("module", ModuleOne.MODULE)).getHeader("Location");
    String code = certificate.substring(certificate.lastIndexOf('/') + 1);

    browser.open("/signin");
    browser.field("Email address").sendKeys(l.email());
    browser.field("Password").sendKeys(ModuleOne.PASSWORD);
    browser.driver().findElement(By.xpath("//main//button[normalize-space()='Sign in']")).click();
    browser.waitUntil("the home page after sign-in", x -> x.getCurrentUrl().equals(browser.url("/")));

    for (String path : List.of("/cpd", "/account", certificate, "/verify/" + code, "/verify/AAAA-BBBB-CCCC-DDDD",
        "/verify/not-a-code", "/verify")) {
      browser.open(path);
      Axe.assertNoAccessibilityViolations(browser.driver());
    }

    browser.open("/cpd");
    browser.driver().findElement(By.xpath("//main//button[normalize-space()='Add to my record']")).click();
    browser.waitUntil("the form's error message", x -> !x.findElements(By.id("form-error")).isEmpty());
    assertThat(browser.field("Activity").getDomAttribute("aria-invalid")).isEqualTo("true");
    Axe.assertNoAccessibilityViolations(browser.driver());
  }
}
