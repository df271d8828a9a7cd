package io.cairn.browser;

import static org.assertj.core.api.Assertions.fail;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (src/test/resources/browser/axe.min.js, MPL-2.0) in the current page at WCAG 2.2
 * AA. The library is passed to WebDriver as the body of the script it executes, so no script
 * element is added to the page and the page's Content-Security-Policy (script-src 'self') does not
 * apply to it.
 */
public final class Axe {
  /** The rule tags checked: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
  public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
  private static final String SOURCE = load("/browser/axe.min.js");

  private static final String RUN = """
      var done = arguments[arguments.length - 1];
      axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
        .then(function (r) {
          done(JSON.stringify({
            version: r.testEngine.version,
            url: r.url,
            passes: r.passes.length,
            incomplete: r.incomplete.map(function (i) {
              return i.id + ' at ' + i.nodes.map(function (n) { return n.target.join(' '); }).join(', ');
            }),
            violations: r.violations.map(function (v) {
              return { id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(function (n) {
                  return { target: n.target.join(' '), html: n.html, summary: n.failureSummary };
                }) };
            })
          }));
        })
        .catch(function (e) { done(JSON.stringify({ error: String(e && e.stack || e) })); });
      """;

  private Axe() {}

  public record Node(String target, String html, String summary) {}

  public record Violation(String id, String impact, String help, String helpUrl, List<Node> nodes) {}

  /**
   * @param passes how many rules passed: 0 means axe did not really check anything
   * @param incomplete rules axe could not decide (for a person to check): rule id and elements
   */
  public record Results(String version, String url, int passes, List<String> incomplete, List<Violation> violations) {}

  /** Runs axe in the page that is loaded now. */
  public static Results run(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
      js.executeScript(SOURCE);
      if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
        fail("axe-core did not load in " + driver.getCurrentUrl());
      }
    }
    Object raw = js.executeAsyncScript(RUN, TAGS);
    JsonObject r = new JsonObject(String.valueOf(raw));
    if (r.containsKey("error")) {
      fail("axe-core failed in " + driver.getCurrentUrl() + ": " + r.getString("error"));
    }
    List<Violation> violations = new ArrayList<>();
    for (Object o : r.getJsonArray("violations")) {
      JsonObject v = (JsonObject) o;
      List<Node> nodes = new ArrayList<>();
      for (Object n : v.getJsonArray("nodes")) {
        JsonObject node = (JsonObject) n;
        nodes.add(new Node(node.getString("target"), node.getString("html"), node.getString("summary")));
      }
      violations.add(new Violation(v.getString("id"), v.getString("impact"), v.getString("help"),
          v.getString("helpUrl"), nodes));
    }
    List<String> incomplete = new ArrayList<>();
    r.getJsonArray("incomplete", new JsonArray()).forEach(i -> incomplete.add(String.valueOf(i)));
    return new Results(r.getString("version"), r.getString("url"), r.getInteger("passes"), incomplete, violations);
  }

  /**
   * Fails, listing each rule with its impact and the elements concerned, when axe finds a WCAG 2.2
   * A or AA violation in the page that is loaded now; also fails if axe passed no rule at all (it
   * did not really run).
   */
  public static Results assertNoAccessibilityViolations(WebDriver driver) {
    Results r = run(driver);
    if (r.passes() == 0) {
      fail("axe-core " + r.version() + " passed no rule in " + r.url() + ": it did not really check the page");
    }
    if (!r.violations().isEmpty()) {
      fail("axe-core " + r.version() + " found " + r.violations().size() + " WCAG 2.2 AA violation(s) in "
          + r.url() + ":\n" + describe(r.violations()));
    }
    System.out.println("axe-core " + r.version() + " on " + r.url() + ": " + r.passes() + " rules passed, no violations"
        + (r.incomplete().isEmpty() ? "" : "; for a person to review: " + String.join("; ", r.incomplete())));
    return r;
  }

  public static String describe(List<Violation> violations) {
    return violations.stream().map(v -> "- " + v.id() + " (" + v.impact() + "): " + v.help() + " <" + v.helpUrl() + ">\n"
        + v.nodes().stream().map(n -> "    at " + n.target() + "\n      " + n.html()
            + (n.summary() == null ? "" : "\n      " + n.summary().replace("\n", "\n      ")))
            .collect(Collectors.joining("\n")))
        .collect(Collectors.joining("\n"));
  }

  private static String load(String resource) {
    try (InputStream in = Axe.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the test resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
