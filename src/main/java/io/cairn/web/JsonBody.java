package io.cairn.web;

import io.cairn.errors.InvalidInput;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Reading JSON request bodies with a clear error for anything else. */
public final class JsonBody {
  private JsonBody() {}

  /** The body as a JSON object; 400 naming the body when it is missing or not an object. */
  public static JsonObject body(RoutingContext ctx) {
    try {
      JsonObject body = ctx.body().asJsonObject();
      if (body == null) {
        throw new InvalidInput("body", "Send a JSON object with Content-Type: application/json.");
      }
      return body;
    } catch (DecodeException | ClassCastException e) {
      throw new InvalidInput("body", "The body is not a JSON object.");
    }
  }
}
