package io.cairn.testing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientSession;

/** A client of the JSON API: keeps the session cookie and sends the CSRF token it was given. */
public final class ApiClient implements AutoCloseable {
  private final WebClientSession client;
  private final String base;
  private String csrf;

  public ApiClient(Vertx vertx, String baseUrl) {
    this.client = WebClientSession.create(WebClient.create(vertx));
    this.base = baseUrl;
  }

  public HttpResponse<Buffer> signUp(String name, String email, String password) {
    HttpResponse<Buffer> r = send(HttpMethod.POST, "/api/accounts",
        new JsonObject().put("name", name).put("email", email).put("password", password)).await();
    remember(r);
    return r;
  }

  public HttpResponse<Buffer> signIn(String email, String password) {
    HttpResponse<Buffer> r = send(HttpMethod.POST, "/api/session",
        new JsonObject().put("email", email).put("password", password)).await();
    remember(r);
    return r;
  }

  public HttpResponse<Buffer> get(String path) {
    return client.getAbs(base + path).send().await();
  }

  public HttpResponse<Buffer> post(String path, JsonObject body) {
    return send(HttpMethod.POST, path, body).await();
  }

  public HttpResponse<Buffer> put(String path, JsonObject body) {
    return send(HttpMethod.PUT, path, body).await();
  }

  /** Sends without waiting, for concurrency tests. */
  public Future<HttpResponse<Buffer>> send(HttpMethod method, String path, JsonObject body) {
    HttpRequest<Buffer> request = client.requestAbs(method, base + path);
    if (csrf != null) {
      request.putHeader("X-CSRF-Token", csrf);
    }
    return body == null ? request.send() : request.sendJsonObject(body);
  }

  public HttpResponse<Buffer> postWithoutToken(String path, JsonObject body) {
    return client.postAbs(base + path).sendJsonObject(body).await();
  }

  private void remember(HttpResponse<Buffer> r) {
    if (r.statusCode() < 300) {
      csrf = r.bodyAsJsonObject().getString("csrfToken");
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
