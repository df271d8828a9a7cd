package io.cairn.browser;

import static org.assertj.core.api.Assertions.fail;

import io.cairn.testing.TestServer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Cairn (fresh database, free port) and one headless Chromium driven through the system
 * chromedriver, shared by the tests of one class. Register it as a static field:
 *
 * <pre>{@code
 * @RegisterExtension static final BrowserHarness browser = new BrowserHarness();
 * }</pre>
 *
 * <p>When a test fails, a screenshot, the page source and the browser console are saved to
 * {@code target/browser-failures/<class>.<test>.{png,html,log}}. Selenium Manager is never run:
 * the driver and browser are the Debian packages {@code chromium} and {@code chromium-driver},
 * and a missing one fails the class (it is never skipped).
 */
public final class BrowserHarness
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, TestExecutionExceptionHandler {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  public static final Duration TIMEOUT = Duration.ofSeconds(20);
  static final Path FAILURES = Path.of("target", "browser-failures");
  static final Path LOGS = Path.of("target", "browser-logs");

  /** Kept strongly: java.util.logging holds loggers weakly, and the handler must stay attached. */
  private static final Logger SELENIUM_MANAGER_LOG = Logger.getLogger("org.openqa.selenium.manager");

  private TestServer server;
  private ChromeDriverService service;
  private ChromeDriver driver;
  private Path profile;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    requireInstalled(CHROMIUM, "chromium");
    requireInstalled(CHROMEDRIVER, "chromium-driver");
    // Selenium Manager would otherwise report usage statistics if it ever ran; it must not run.
    System.setProperty("SE_AVOID_STATS", "true");
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());

    server = TestServer.start();
    try {
      startBrowser(context.getRequiredTestClass().getSimpleName());
    } catch (RuntimeException | Error e) {
      afterAll(context);
      throw e;
    }
  }

  private void startBrowser(String name) throws IOException {
    Files.createDirectories(LOGS);
    profile = Files.createTempDirectory("cairn-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--no-first-run",
        "--disable-sync", "--disable-quic", "--no-default-browser-check", "--password-store=basic",
        "--user-data-dir=" + profile.toAbsolutePath(),
        "--autoplay-policy=no-user-gesture-required", "--mute-audio",
        "--window-size=1280,1000", "--lang=en-GB");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);

    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withLogFile(LOGS.resolve(name + "-chromedriver.log").toFile())
        .withLogLevel(ChromiumDriverLogLevel.WARNING)
        .build();

    List<LogRecord> managerRecords = new ArrayList<>();
    Handler watch = new Handler() {
      @Override
      public void publish(LogRecord r) {
        synchronized (managerRecords) {
          managerRecords.add(r);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Level before = SELENIUM_MANAGER_LOG.getLevel();
    SELENIUM_MANAGER_LOG.setLevel(Level.ALL);
    SELENIUM_MANAGER_LOG.addHandler(watch);
    try {
      driver = new ChromeDriver(service, options);
    } finally {
      SELENIUM_MANAGER_LOG.removeHandler(watch);
      SELENIUM_MANAGER_LOG.setLevel(before);
    }
    if (!managerRecords.isEmpty()) {
      fail("Selenium Manager ran, but the harness must only use " + CHROMEDRIVER + ": "
          + managerRecords.stream().map(LogRecord::getMessage).collect(Collectors.joining("; ")));
    }
    driver.manage().timeouts().pageLoadTimeout(TIMEOUT).scriptTimeout(TIMEOUT);
  }

  private static void requireInstalled(Path binary, String debianPackage) {
    if (!Files.isExecutable(binary)) {
      fail(binary + " is missing: the browser tests need Debian's chromium and chromium-driver. "
          + ".ci/run installs them (apt-get install -y chromium chromium-driver); on a workstation run "
          + "that command once as root. The browser tests are never skipped. (Missing package: "
          + debianPackage + ")");
    }
  }

  /** Each test starts signed out, on a blank page, so tests of a class do not depend on order. */
  @Override
  public void beforeEach(ExtensionContext context) {
    driver.get("about:blank");
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    try {
      driver.manage().logs().get(LogType.BROWSER); // reading the console empties it
    } catch (RuntimeException ignored) {
      // only used for failure reports
    }
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    try {
      saveArtefacts(artefactName(context));
    } catch (RuntimeException | IOException e) {
      failure.addSuppressed(e);
    }
    throw failure;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      if (service != null) {
        service.stop();
        service = null;
      }
      deleteQuietly(profile);
      if (server != null) {
        server.close();
        server = null;
      }
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public JavascriptExecutor js() {
    return driver;
  }

  public TestServer server() {
    return server;
  }

  public String baseUrl() {
    return server.baseUrl();
  }

  public String url(String path) {
    return server.baseUrl() + path;
  }

  /** Loads a page of the server and waits for the document to be complete. */
  public void open(String path) {
    driver.get(url(path));
    waitForPage();
  }

  public void waitForPage() {
    waitUntil("the document to finish loading",
        d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /** Waits (up to {@link #TIMEOUT}) until the condition is truthy; the message says what for. */
  public <T> T waitUntil(String what, Function<WebDriver, T> condition) {
    return waitUntil(what, TIMEOUT, condition);
  }

  public <T> T waitUntil(String what, Duration timeout, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, timeout)
        .withMessage(() -> "waiting for " + what + " on " + driver.getCurrentUrl())
        .until(condition);
  }

  /** The form control labelled with this text (the label's own text, not its hint). */
  public WebElement field(String labelText) {
    List<WebElement> labels = driver.findElements(By.xpath(
        "//label[normalize-space(text()[1]) = " + xpathLiteral(labelText) + "]"));
    if (labels.size() != 1) {
      fail("expected one <label> reading \"" + labelText + "\" on " + driver.getCurrentUrl()
          + ", found " + labels.size());
    }
    WebElement label = labels.get(0);
    String target = label.getDomAttribute("for");
    if (target != null && !target.isEmpty()) {
      return driver.findElement(By.id(target));
    }
    return label.findElement(By.cssSelector("input, select, textarea"));
  }

  /** The element that has keyboard focus. */
  public WebElement focused() {
    return driver.switchTo().activeElement();
  }

  private static String xpathLiteral(String s) {
    if (!s.contains("'")) {
      return "'" + s + "'";
    }
    return "concat('" + s.replace("'", "', \"'\", '") + "')";
  }

  private static String artefactName(ExtensionContext context) {
    String method = context.getTestMethod().map(m -> m.getName()).orElse("unknown");
    String display = context.getDisplayName();
    String name = context.getRequiredTestClass().getSimpleName() + "." + method;
    if (!display.startsWith(method + "(")) {
      name += "-" + display; // a parameterised invocation, e.g. "[3] /signup"
    }
    return name.replaceAll("[^A-Za-z0-9._-]+", "_");
  }

  private void saveArtefacts(String name) throws IOException {
    if (driver == null) {
      return;
    }
    Files.createDirectories(FAILURES);
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(FAILURES.resolve(name + ".png"), png);
    String html = "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource();
    Files.writeString(FAILURES.resolve(name + ".html"), html, StandardCharsets.UTF_8);
    StringBuilder console = new StringBuilder();
    try {
      for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
        console.append(e.getLevel()).append(' ').append(e.getMessage()).append('\n');
      }
    } catch (RuntimeException e) {
      console.append("browser console not available: ").append(e.getMessage()).append('\n');
    }
    Files.writeString(FAILURES.resolve(name + ".log"), console, StandardCharsets.UTF_8);
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException | RuntimeException ignored) {
      // a leftover profile in target/tmp is harmless; mvn clean removes it
    }
  }
}
