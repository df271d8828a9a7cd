package io.cairn.lti.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.browser.BrowserHarness;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the LTI browser tests, which drive the simulated platform and Cairn side by
 * side (BrowserHarness serves a single Cairn). Optionally blocks third-party cookies, as browsers
 * increasingly do inside a platform's iframe.
 */
final class LtiChromium implements AutoCloseable {
  final ChromeDriver driver;
  private final ChromeDriverService service;
  private final Path profile;

  private LtiChromium(ChromeDriver driver, ChromeDriverService service, Path profile) {
    this.driver = driver;
    this.service = service;
    this.profile = profile;
  }

  static LtiChromium start(boolean blockThirdPartyCookies) throws IOException {
    assertThat(BrowserHarness.CHROMIUM).as("Debian's chromium (apt-get install -y chromium chromium-driver)").isExecutable();
    assertThat(BrowserHarness.CHROMEDRIVER).as("Debian's chromium-driver").isExecutable();
    System.setProperty("SE_AVOID_STATS", "true");
    Path profile = Files.createTempDirectory("cairn-lti-chromium-");
    List<String> args = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run",
        "--disable-sync", "--no-default-browser-check", "--password-store=basic",
        "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000", "--lang=en-GB"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserHarness.CHROMIUM.toFile());
    if (blockThirdPartyCookies) {
      // the 3PC phase-out test switch, and the user setting
      args.add("--test-third-party-cookie-phaseout");
      options.setExperimentalOption("prefs", Map.of("profile.block_third_party_cookies", true,
          "profile.cookie_controls_mode", 1));
    }
    options.addArguments(args);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(BrowserHarness.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(BrowserHarness.TIMEOUT).scriptTimeout(BrowserHarness.TIMEOUT);
    return new LtiChromium(driver, service, profile);
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, BrowserHarness.TIMEOUT);
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      service.stop();
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}
