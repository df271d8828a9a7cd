package io.cairn.web;

import io.cairn.auth.Csrf;
import io.cairn.errors.Conflict;
import io.cairn.errors.Forbidden;
import io.cairn.errors.InvalidInput;
import io.cairn.errors.NotFound;
import io.cairn.errors.SignInRequired;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses: typed errors get their status and a message that
 * says what to do; anything else is logged once with the request id and shown as that id only.
 */
public final class FailureHandler {
  private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

  private final Pages pages;

  public FailureHandler(Pages pages) {
    this.pages = pages;
  }

  /** What a failure looks like to the person who caused it. */
  record Outcome(int status, String title, String message, String field) {}

  public void handle(RoutingContext ctx) {
    if (ctx.response().ended()) {
      return;
    }
    Throwable err = ctx.failure();
    if (err instanceof SignInRequired && wantsHtml(ctx) && ctx.request().method() == HttpMethod.GET) {
      String next = URLEncoder.encode(ctx.request().uri(), StandardCharsets.UTF_8);
      ctx.response().setStatusCode(303).putHeader("Location", "/signin?next=" + next).end();
      return;
    }
    Outcome outcome = outcome(ctx, err);
    if (outcome.status() >= 500) {
      LOG.error("Request {} {} {} failed", RequestIds.of(ctx), ctx.request().method(), ctx.request().path(), err);
    }
    ctx.response().setStatusCode(outcome.status());
    if (wantsHtml(ctx)) {
      pages.render(ctx, "error", outcome.title(), Map.of(
          "status", outcome.status(), "message", outcome.message(),
          "field", outcome.field() == null ? "" : outcome.field(), "requestId", RequestIds.of(ctx)));
    } else {
      JsonObject body = new JsonObject().put("error", outcome.title()).put("message", outcome.message())
          .put("requestId", RequestIds.of(ctx));
      if (outcome.field() != null) {
        body.put("field", outcome.field());
      }
      ctx.response().putHeader("Content-Type", "application/json").end(body.encode());
    }
  }

  static Outcome outcome(RoutingContext ctx, Throwable err) {
    if (err instanceof InvalidInput e) {
      return new Outcome(400, "Please check your input", e.getMessage(), e.field());
    } else if (err instanceof NotFound e) {
      return new Outcome(404, "Not found", e.getMessage(), null);
    } else if (err instanceof Forbidden e) {
      return new Outcome(403, "Not allowed", e.getMessage(), null);
    } else if (err instanceof Csrf.CsrfRejected e) {
      return new Outcome(403, "Form expired", e.getMessage(), null);
    } else if (err instanceof Conflict e) {
      return new Outcome(409, "Conflict", e.getMessage(), null);
    } else if (err instanceof SignInRequired e) {
      return new Outcome(401, "Sign in required", e.getMessage(), null);
    } else if (err instanceof HttpException e) {
      return byStatus(e.getStatusCode());
    } else if (err == null) {
      return byStatus(ctx.statusCode());
    } else if (isOversizedForm(err)) {
      return byStatus(413);
    }
    return new Outcome(500, "Something went wrong",
        "Sorry, something went wrong on our side and nothing was changed. If it happens again, "
            + "tell us this reference: " + RequestIds.of(ctx) + ".", null);
  }

  private static Outcome byStatus(int status) {
    return switch (status) {
      case 400 -> new Outcome(400, "Bad request", "The request could not be read.", null);
      case 404 -> new Outcome(404, "Not found", "There is no page at this address.", null);
      case 405 -> new Outcome(405, "Method not allowed", "This address does not accept that kind of request.", null);
      case 413 -> new Outcome(413, "Too large", "What you sent is larger than this page accepts.", null);
      case 415 -> new Outcome(415, "Unsupported type", "This address does not accept that kind of content.", null);
      default -> status >= 400 && status < 500
          ? new Outcome(status, "Request refused", "The request could not be accepted.", null)
          : new Outcome(500, "Something went wrong", "Sorry, something went wrong on our side.", null);
    };
  }

  /**
   * The HTTP server's form decoder refused a form field longer than the form limit, or too many
   * fields. It fails the request with Netty's exceptions before BodyHandler's own limit (413) can.
   */
  static boolean isOversizedForm(Throwable err) {
    for (Throwable t = err; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof HttpPostRequestDecoder.TooLongFormFieldException
          || t instanceof HttpPostRequestDecoder.TooManyFormFieldsException
          || (t instanceof IOException && t.getMessage() != null
              && t.getMessage().startsWith("Size exceed allowed maximum capacity"))) {
        return true;
      }
    }
    return false;
  }

  static boolean wantsHtml(RoutingContext ctx) {
    String path = ctx.request().path();
    if (path.startsWith("/api/")) {
      return false;
    }
    String accept = ctx.request().getHeader("Accept");
    String type = ctx.request().getHeader("Content-Type");
    boolean jsonRequest = type != null && type.startsWith("application/json");
    boolean acceptsHtml = accept == null || accept.contains("text/html") || accept.contains("*/*");
    return acceptsHtml && !jsonRequest;
  }
}
