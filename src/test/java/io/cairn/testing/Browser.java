package io.cairn.testing;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.client.WebClientSession;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A test client that behaves like one browser: it keeps cookies, does not follow redirects (so
 * tests can assert them), and takes the CSRF token from the last page it loaded.
 */
public final class Browser implements AutoCloseable {
  private final WebClientSession client;
  private final String base;
  private String csrf;

  public Browser(Vertx vertx, String baseUrl) {
    this.client = WebClientSession.create(WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false)));
    this.base = baseUrl;
  }

  public HttpResponse<Buffer> get(String path) {
    HttpResponse<Buffer> r = client.getAbs(base + path).putHeader("Accept", "text/html").send().await();
    rememberCsrf(r);
    return r;
  }

  public Document page(String path) {
    return Jsoup.parse(get(path).bodyAsString(), base + path);
  }

  /** Posts a form with this browser's CSRF token added. */
  public HttpResponse<Buffer> post(String path, Map<String, String> form) {
    MultiMap body = MultiMap.caseInsensitiveMultiMap();
    if (csrf != null) {
      body.add("_csrf", csrf);
    }
    form.forEach(body::add);
    return postRaw(path, body);
  }

  /** Posts exactly the given fields: no token is added. */
  public HttpResponse<Buffer> postRaw(String path, MultiMap body) {
    HttpResponse<Buffer> r = client.postAbs(base + path).putHeader("Accept", "text/html").sendForm(body).await();
    rememberCsrf(r);
    return r;
  }

  /** Posts JSON with the CSRF header, as the page scripts do. */
  public HttpResponse<Buffer> postJson(String path, JsonObject json) {
    var request = client.postAbs(base + path).putHeader("Accept", "application/json");
    if (csrf != null) {
      request.putHeader("X-CSRF-Token", csrf);
    }
    return request.sendJsonObject(json).await();
  }

  public HttpResponse<Buffer> signUp(String name, String email, String password) {
    get("/signup");
    return post("/signup", Map.of("name", name, "email", email, "password", password));
  }

  public HttpResponse<Buffer> signIn(String email, String password) {
    get("/signin");
    return post("/signin", Map.of("email", email, "password", password));
  }

  public String csrf() {
    return csrf;
  }

  public WebClientSession client() {
    return client;
  }

  private void rememberCsrf(HttpResponse<Buffer> r) {
    String type = r.getHeader("Content-Type");
    if (type == null || !type.startsWith("text/html") || r.body() == null) {
      return;
    }
    var input = Jsoup.parse(r.bodyAsString()).selectFirst("input[name=_csrf]");
    if (input != null) {
      csrf = input.attr("value");
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
