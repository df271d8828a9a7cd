package io.cairn.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.testing.Browser;
import io.cairn.testing.Jdbc;
import io.cairn.testing.TestServer;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Media with range requests, security headers, error pages and size limits on a running server. */
class WebTest {
  static TestServer server;
  static Browser browser;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    browser = new Browser(server.cairn().vertx(), server.baseUrl());
  }

  @AfterAll
  static void stop() {
    browser.close();
    server.close();
  }

  private static HttpResponse<Buffer> getRange(String path, String range) {
    return browser.client().getAbs(server.baseUrl() + path).putHeader("Range", range).send().await();
  }

  @Test
  void mediaIsServedWithRangeRequests() throws IOException {
    Path film = Path.of("webroot/media/opt-m1/two-rooms.mp4");
    byte[] bytes = Files.readAllBytes(film);

    HttpResponse<Buffer> head = getRange("/media/opt-m1/two-rooms.mp4", "bytes=0-99");
    assertThat(head.statusCode()).isEqualTo(206);
    assertThat(head.getHeader("Content-Range")).isEqualTo("bytes 0-99/" + bytes.length);
    assertThat(head.body().getBytes()).hasSize(100).isEqualTo(Arrays.copyOfRange(bytes, 0, 100));

    HttpResponse<Buffer> middle = getRange("/media/opt-m1/two-rooms.mp4", "bytes=1000-1099");
    assertThat(middle.statusCode()).isEqualTo(206);
    assertThat(middle.getHeader("Content-Range")).isEqualTo("bytes 1000-1099/" + bytes.length);
    assertThat(middle.body().getBytes()).isEqualTo(Arrays.copyOfRange(bytes, 1000, 1100));

    HttpResponse<Buffer> whole = browser.get("/media/opt-m1/two-rooms.mp4");
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.getHeader("Accept-Ranges")).isEqualTo("bytes");
    assertThat(whole.getHeader("Content-Type")).isEqualTo("video/mp4");
    assertThat(whole.body().length()).isEqualTo(bytes.length);
  }

  @Test
  void captionsAreServed() {
    HttpResponse<Buffer> r = browser.get("/media/opt-m1/two-rooms.en.vtt");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.bodyAsString()).startsWith("WEBVTT");
  }

  @Test
  void aPathOutsideTheMediaFolderIsNotServed() {
    assertThat(browser.get("/media/../quizzes/opt-m1-safe-practice/quiz.yaml").statusCode()).isEqualTo(404);
    assertThat(browser.get("/media/%2e%2e/%2e%2e/pom.xml").statusCode()).isEqualTo(404);
  }

  @Test
  void pagesCarrySecurityHeaders() {
    for (String path : new String[] {"/", "/signin", "/frameworks/bacp-opt-adults", "/no-such-page"}) {
      HttpResponse<Buffer> r = browser.get(path);
      assertThat(r.getHeader("Content-Security-Policy")).as(path)
          .contains("default-src 'self'").contains("script-src 'self'").contains("object-src 'none'")
          .contains("frame-ancestors 'self'");
      assertThat(r.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(r.getHeader("Referrer-Policy")).as(path).isEqualTo("same-origin");
      assertThat(r.getHeader("X-Request-Id")).as(path).matches("[a-z2-9]{10}");
    }
    assertThat(browser.get("/").getHeader("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void anUnexpectedErrorIs500WithAReferenceAndNoInternals() {
    try (Browser b = new Browser(server.cairn().vertx(), server.baseUrl())) {
      b.signUp("Lou Lamb", "lou@example.org", "a long enough passphrase");
      // a table the reflection page reads is gone: the query fails inside the handler
      String db = server.databaseUrl();
      try {
        execute(db, "ALTER TABLE reflection RENAME TO reflection_hidden");
        HttpResponse<Buffer> r = b.get("/modules/opt-m1-safe-practice/units/self-audit");
        assertThat(r.statusCode()).isEqualTo(500);
        String body = r.bodyAsString();
        String requestId = r.getHeader("X-Request-Id");
        assertThat(Jsoup.parse(body).select("main").text())
            .contains("Sorry, something went wrong on our side and nothing was changed")
            .contains(requestId);
        assertThat(body).doesNotContain("Exception").doesNotContain("reflection_hidden")
            .doesNotContain("relation").doesNotContain("io.vertx").doesNotContain("io.cairn").doesNotContain("\tat ");
      } finally {
        execute(db, "ALTER TABLE reflection_hidden RENAME TO reflection");
      }
      assertThat(b.get("/modules/opt-m1-safe-practice/units/self-audit").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void anOversizedFormPostIs413AndChangesNothing() {
    try (Browser b = new Browser(server.cairn().vertx(), server.baseUrl())) {
      b.get("/signup");
      String huge = "x".repeat(HttpVerticle.FORM_LIMIT_BYTES + 1024);
      HttpResponse<Buffer> r = b.postRaw("/signup", MultiMap.caseInsensitiveMultiMap().add("_csrf", b.csrf())
          .add("name", huge).add("email", "big@example.org").add("password", "a long enough passphrase"));
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(Jsoup.parse(r.bodyAsString()).select("main").text())
          .contains("What you sent is larger than this page accepts.");
    }
    assertThat(Jdbc.number(server.databaseUrl(), "SELECT count(*) FROM account WHERE email = 'big@example.org'")).isZero();
  }

  @Test
  void aFormWithTooManyFieldsIs413() {
    try (Browser b = new Browser(server.cairn().vertx(), server.baseUrl())) {
      b.get("/signin");
      MultiMap form = MultiMap.caseInsensitiveMultiMap().add("_csrf", b.csrf());
      for (int i = 0; i < 2000; i++) {
        form.add("f" + i, "v");
      }
      assertThat(b.postRaw("/signin", form).statusCode()).isEqualTo(413);
    }
  }

  @Test
  void anOversizedJsonPostIs413() {
    try (Browser b = new Browser(server.cairn().vertx(), server.baseUrl())) {
      b.signUp("Max Mass", "max@example.org", "a long enough passphrase");
      String unit = "/modules/opt-m1-safe-practice/units/two-rooms";
      b.get(unit);
      io.vertx.core.json.JsonArray ranges = new io.vertx.core.json.JsonArray();
      // each [0,1] takes 6 characters: this is well over the limit
      for (int i = 0; i < HttpVerticle.FORM_LIMIT_BYTES / 5; i++) {
        ranges.add(new io.vertx.core.json.JsonArray().add(0).add(1));
      }
      HttpResponse<Buffer> r = b.postJson(unit + "/played", new io.vertx.core.json.JsonObject()
          .put("duration", 60).put("ranges", ranges));
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(r.bodyAsJsonObject().getString("error")).isEqualTo("Too large");
    }
  }

  @Test
  void healthIsJson() {
    HttpResponse<Buffer> r = browser.get("/health");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.bodyAsJsonObject().getMap()).containsEntry("status", "up").containsEntry("database", "up");
  }

  private static void execute(String db, String sql) {
    try {
      Jdbc.update(db, sql);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
