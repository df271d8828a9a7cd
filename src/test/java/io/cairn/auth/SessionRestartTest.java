package io.cairn.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.testing.Browser;
import io.cairn.testing.TestDatabase;
import io.cairn.testing.TestServer;
import io.netty.handler.codec.http.cookie.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sessions live in PostgreSQL: a restarted server (or another instance) knows the same cookie. */
class SessionRestartTest {

  @Test
  void aSessionSurvivesAServerRestart() {
    String database = TestDatabase.create();
    List<Cookie> cookies = new ArrayList<>();
    try (TestServer first = TestServer.start(Map.of("CAIRN_DATABASE_URL", database));
         Browser b = new Browser(first.cairn().vertx(), first.baseUrl())) {
      assertThat(b.signUp("Kim Kerr", "kim@example.org", "a long enough passphrase").statusCode()).isEqualTo(303);
      assertThat(b.page("/").select(".who").text()).isEqualTo("Signed in as Kim Kerr");
      b.client().cookieStore().get(false, "127.0.0.1", "/").forEach(cookies::add);
    }
    assertThat(cookies).extracting(Cookie::name).contains(SessionAuth.COOKIE);

    try (TestServer second = TestServer.start(Map.of("CAIRN_DATABASE_URL", database));
         Browser b = new Browser(second.cairn().vertx(), second.baseUrl())) {
      assertThat(b.page("/").select(".who")).as("a new browser is not signed in").isEmpty();
      cookies.forEach(c -> b.client().cookieStore().put(c));

      assertThat(b.page("/").select(".who").text()).isEqualTo("Signed in as Kim Kerr");
      assertThat(b.get("/modules/opt-m1-safe-practice/units/two-rooms").statusCode()).isEqualTo(200);
    }
  }
}
