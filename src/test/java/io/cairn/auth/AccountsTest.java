package io.cairn.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.testing.Browser;
import io.cairn.testing.Jdbc;
import io.cairn.testing.TestServer;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sign-up, sign-in, sign-out, bad input and CSRF over HTTP, with the rows they leave behind. */
class AccountsTest {
  static final String PASSWORD = "a long enough passphrase";
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private Browser browser() {
    return new Browser(server.cairn().vertx(), server.baseUrl());
  }

  private static long accounts(String email) {
    return Jdbc.number(server.databaseUrl(), "SELECT count(*) FROM account WHERE lower(email) = lower('" + email + "')");
  }

  private static long sessions(String email) {
    return Jdbc.number(server.databaseUrl(),
        "SELECT count(*) FROM session s JOIN account a ON a.id = s.account_id WHERE a.email = '" + email + "'");
  }

  private static Document html(HttpResponse<Buffer> r) {
    return Jsoup.parse(r.bodyAsString());
  }

  private static boolean setsSessionCookie(HttpResponse<Buffer> r) {
    return r.cookies().stream().anyMatch(c -> c.startsWith(SessionAuth.COOKIE + "=") && !c.contains("Max-Age=0"));
  }

  @Test
  void signUpSignsInAndTheHeaderShowsTheName() {
    try (Browser b = browser()) {
      HttpResponse<Buffer> r = b.signUp("Ana Author", "ana@example.org", PASSWORD);
      assertThat(r.statusCode()).isEqualTo(303);
      assertThat(r.getHeader("Location")).isEqualTo("/");
      assertThat(setsSessionCookie(r)).isTrue();
      assertThat(b.page("/").select(".who").text()).isEqualTo("Signed in as Ana Author");
    }
    assertThat(Jdbc.column(server.databaseUrl(), "SELECT password_hash FROM account WHERE email = 'ana@example.org'"))
        .singleElement().asString().startsWith("$argon2id$");
    assertThat(Jdbc.column(server.databaseUrl(), "SELECT array_to_string(roles, ',') FROM account WHERE email = 'ana@example.org'"))
        .containsExactly("learner");
  }

  @Test
  void signInWithTheRightPasswordStartsASession() {
    try (Browser first = browser()) {
      first.signUp("Bo Brown", "bo@example.org", PASSWORD);
    }
    try (Browser b = browser()) {
      HttpResponse<Buffer> r = b.signIn("BO@example.org", PASSWORD);
      assertThat(r.statusCode()).isEqualTo(303);
      assertThat(setsSessionCookie(r)).isTrue();
      assertThat(b.page("/").select(".who").text()).isEqualTo("Signed in as Bo Brown");
    }
  }

  @Test
  void signInWithAWrongPasswordIs401WithAMessageAndNoSession() {
    try (Browser first = browser()) {
      first.signUp("Cy Clark", "cy@example.org", PASSWORD);
    }
    long before = sessions("cy@example.org");
    try (Browser b = browser()) {
      for (String email : new String[] {"cy@example.org", "nobody@example.org"}) {
        HttpResponse<Buffer> r = b.signIn(email, "not the password at all");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(html(r).select("#form-error").text())
            .isEqualTo("That email address and password do not match an account.");
        assertThat(setsSessionCookie(r)).isFalse();
        assertThat(html(r).select(".who")).isEmpty();
      }
    }
    assertThat(sessions("cy@example.org")).isEqualTo(before);
  }

  @Test
  void signOutEndsTheSession() {
    try (Browser b = browser()) {
      b.signUp("Di Dale", "di@example.org", PASSWORD);
      String unit = "/modules/opt-m1-safe-practice/units/two-rooms";
      assertThat(b.get(unit).statusCode()).isEqualTo(200);
      assertThat(sessions("di@example.org")).isEqualTo(1);

      HttpResponse<Buffer> out = b.post("/signout", Map.of());

      assertThat(out.statusCode()).isEqualTo(303);
      assertThat(out.getHeader("Location")).isEqualTo("/?signedout=1");
      assertThat(sessions("di@example.org")).isZero();
      HttpResponse<Buffer> again = b.get(unit);
      assertThat(again.statusCode()).isEqualTo(303);
      assertThat(again.getHeader("Location")).isEqualTo("/signin?next=%2Fmodules%2Fopt-m1-safe-practice%2Funits%2Ftwo-rooms");
    }
  }

  @Test
  void aTakenEmailIs409WhateverItsCaseAndMakesNoSecondAccount() {
    try (Browser b = browser()) {
      assertThat(b.signUp("Ed East", "ed@example.org", PASSWORD).statusCode()).isEqualTo(303);
    }
    try (Browser b = browser()) {
      HttpResponse<Buffer> r = b.signUp("Ed Again", "  ED@Example.ORG ", "another long passphrase");
      assertThat(r.statusCode()).isEqualTo(409);
      assertThat(html(r).select("#form-error").text()).contains("An account with this email address already exists");
      assertThat(html(r).select("input#email").attr("aria-invalid")).isEqualTo("true");
      assertThat(setsSessionCookie(r)).isFalse();
    }
    assertThat(accounts("ed@example.org")).isEqualTo(1);
    assertThat(Jdbc.column(server.databaseUrl(), "SELECT display_name FROM account WHERE email = 'ed@example.org'"))
        .containsExactly("Ed East");
  }

  @Test
  void aWeakPasswordIs400NamingThePasswordAndMakesNoAccount() {
    Map<String, String> weak = Map.of(
        "short1", "Use at least 10 characters for your password.",
        "password123", "That password is too easy to guess.",
        "fay.field-is-my-name", "Your password must not contain your email address.");
    try (Browser b = browser()) {
      weak.forEach((password, message) -> {
        HttpResponse<Buffer> r = b.signUp("Fay Field", "fay.field@example.org", password);
        assertThat(r.statusCode()).as(password).isEqualTo(400);
        assertThat(html(r).select("#form-error").text()).as(password).contains(message).containsIgnoringCase("password");
        assertThat(html(r).select("input#password").attr("aria-invalid")).isEqualTo("true");
        assertThat(html(r).select("input#email").val()).isEqualTo("fay.field@example.org");
      });
    }
    assertThat(accounts("fay.field@example.org")).isZero();
  }

  @Test
  void aFormPostWithoutOrWithAWrongCsrfTokenIs403AndChangesNothing() {
    try (Browser b = browser()) {
      b.get("/signup");
      MultiMap form = MultiMap.caseInsensitiveMultiMap()
          .add("name", "Gil Grey").add("email", "gil@example.org").add("password", PASSWORD);
      HttpResponse<Buffer> none = b.postRaw("/signup", form);
      HttpResponse<Buffer> wrong = b.postRaw("/signup", MultiMap.caseInsensitiveMultiMap().addAll(form)
          .add("_csrf", "forged-token"));
      for (HttpResponse<Buffer> r : java.util.List.of(none, wrong)) {
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(html(r).select("main").text()).contains("security token is missing or out of date");
        assertThat(setsSessionCookie(r)).isFalse();
      }
    }
    assertThat(accounts("gil@example.org")).isZero();
  }

  @Test
  void aSignedInPostWithAForgedTokenChangesNothing() {
    try (Browser b = browser()) {
      b.signUp("Hal Hart", "hal@example.org", PASSWORD);
      String unit = "/modules/opt-m1-safe-practice/units/self-audit";
      b.get(unit);
      HttpResponse<Buffer> reflection = b.postRaw(unit + "/reflection",
          MultiMap.caseInsensitiveMultiMap().add("_csrf", "forged").add("reflection", "Planted text"));
      HttpResponse<Buffer> signOut = b.postRaw("/signout", MultiMap.caseInsensitiveMultiMap());
      assertThat(reflection.statusCode()).isEqualTo(403);
      assertThat(signOut.statusCode()).isEqualTo(403);
      assertThat(b.page("/").select(".who").text()).isEqualTo("Signed in as Hal Hart");
    }
    assertThat(Jdbc.number(server.databaseUrl(), "SELECT count(*) FROM reflection")).isZero();
    assertThat(sessions("hal@example.org")).isEqualTo(1);
  }

  @Test
  void anOffSiteNextAddressIsIgnored() {
    try (Browser first = browser()) {
      first.signUp("Ivy Ives", "ivy@example.org", PASSWORD);
    }
    try (Browser b = browser()) {
      Document form = b.page("/signin?next=//evil.example");
      assertThat(form.select("input[name=next]").val()).isEqualTo("/");
      HttpResponse<Buffer> r = b.post("/signin",
          Map.of("email", "ivy@example.org", "password", PASSWORD, "next", "//evil.example"));
      assertThat(r.statusCode()).isEqualTo(303);
      assertThat(r.getHeader("Location")).isEqualTo("/");
    }
    try (Browser b = browser()) {
      b.get("/signin");
      HttpResponse<Buffer> r = b.post("/signin",
          Map.of("email", "ivy@example.org", "password", PASSWORD, "next", "/modules/opt-m1-safe-practice"));
      assertThat(r.getHeader("Location")).isEqualTo("/modules/opt-m1-safe-practice");
    }
  }

  @Test
  void theFirstAdminComesFromConfigurationAndOnlyAdminsOpenTheContentPage() {
    assertThat(Jdbc.column(server.databaseUrl(),
        "SELECT array_to_string(roles, ',') FROM account WHERE email = '" + TestServer.ADMIN_EMAIL + "'"))
        .containsExactly("learner,admin");
    try (Browser admin = browser()) {
      assertThat(admin.signIn(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD).statusCode()).isEqualTo(303);
      HttpResponse<Buffer> r = admin.get("/admin/content");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(html(r).select("h1").text()).isEqualTo("Content problems");
      assertThat(html(r).select("main").text()).contains("No problems: every module loaded.");
    }
    try (Browser learner = browser()) {
      learner.signUp("Jo Jones", "jo@example.org", PASSWORD);
      HttpResponse<Buffer> r = learner.get("/admin/content");
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(html(r).select("main").text()).contains("This page is for people with the role: admin.");
    }
    try (Browser anonymous = browser()) {
      HttpResponse<Buffer> r = anonymous.get("/admin/content");
      assertThat(r.statusCode()).isEqualTo(303);
      assertThat(r.getHeader("Location")).startsWith("/signin?next=");
    }
  }
}
