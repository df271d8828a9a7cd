package io.cairn.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.auth.Csrf;
import io.cairn.errors.Conflict;
import io.cairn.errors.InvalidInput;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The failure handler on a small router: typed errors get their status, anything else a bare 500. */
class FailureHandlerTest {
  static Vertx vertx;
  static HttpServer server;
  static WebClient client;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    Router router = Router.router(vertx);
    router.route().handler(RequestIds::assign);
    router.get("/thrown").handler(ctx -> {
      throw new IllegalStateException("secret detail: jdbc password hunter2");
    });
    router.get("/failed").handler(ctx -> ctx.fail(new IOException("disk /var/lib/secret is full")));
    router.get("/invalid").handler(ctx -> ctx.fail(new InvalidInput("email", "Enter an email address.")));
    router.get("/conflict").handler(ctx -> ctx.fail(new Conflict("Already there.")));
    Pages pages = new Pages(new Templates(), new Csrf("failure-handler-test-secret-0123456789".getBytes(StandardCharsets.UTF_8), false));
    router.route().failureHandler(new FailureHandler(pages)::handle);
    server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1").await();
    client = WebClient.create(vertx);
  }

  @AfterAll
  static void stop() {
    vertx.close().await();
  }

  private static HttpResponse<Buffer> get(String path, String accept) {
    return client.get(server.actualPort(), "127.0.0.1", path).putHeader("Accept", accept).send().await();
  }

  @Test
  void anUnexpectedExceptionIsA500PageWithOnlyAReference() {
    for (String path : new String[] {"/thrown", "/failed"}) {
      HttpResponse<Buffer> r = get(path, "text/html");
      assertThat(r.statusCode()).isEqualTo(500);
      String body = r.bodyAsString();
      assertThat(body).contains("Sorry, something went wrong on our side").contains(r.getHeader("X-Request-Id"));
      assertThat(body).doesNotContain("Exception").doesNotContain("secret").doesNotContain("hunter2")
          .doesNotContain("io.cairn").doesNotContain("\tat ");
    }
  }

  @Test
  void anUnexpectedExceptionIsA500JsonWithOnlyAReference() {
    HttpResponse<Buffer> r = get("/thrown", "application/json");
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.getHeader("Content-Type")).startsWith("application/json");
    JsonObject body = r.bodyAsJsonObject();
    assertThat(body.fieldNames()).containsExactlyInAnyOrder("error", "message", "requestId");
    assertThat(body.getString("requestId")).isEqualTo(r.getHeader("X-Request-Id"));
    assertThat(body.encode()).doesNotContain("Exception").doesNotContain("secret").doesNotContain("hunter2");
  }

  @Test
  void typedErrorsGetTheirStatusAndNameTheField() {
    HttpResponse<Buffer> invalid = get("/invalid", "application/json");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.bodyAsJsonObject().getString("field")).isEqualTo("email");
    assertThat(invalid.bodyAsJsonObject().getString("message")).isEqualTo("Enter an email address.");
    assertThat(get("/conflict", "text/html").statusCode()).isEqualTo(409);
    assertThat(get("/nothing-here", "text/html").statusCode()).isEqualTo(404);
  }

  @Test
  void recognisesTheFormDecoderRefusingAnOversizedField() {
    assertThat(FailureHandler.isOversizedForm(new IOException("Size exceed allowed maximum capacity"))).isTrue();
    assertThat(FailureHandler.isOversizedForm(new RuntimeException(
        new io.netty.handler.codec.http.multipart.HttpPostRequestDecoder.TooManyFormFieldsException()))).isTrue();
    assertThat(FailureHandler.isOversizedForm(new IOException("connection reset"))).isFalse();
  }
}
