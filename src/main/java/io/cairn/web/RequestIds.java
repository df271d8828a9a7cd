package io.cairn.web;

import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.ThreadLocalRandom;

/** A short id per request, sent as X-Request-Id and shown on error pages, to find it in the log. */
public final class RequestIds {
  static final String KEY = "request.id";
  private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

  private RequestIds() {}

  public static void assign(RoutingContext ctx) {
    char[] id = new char[10];
    ThreadLocalRandom r = ThreadLocalRandom.current();
    for (int i = 0; i < id.length; i++) {
      id[i] = ALPHABET[r.nextInt(ALPHABET.length)];
    }
    String value = new String(id);
    ctx.put(KEY, value);
    ctx.response().putHeader("X-Request-Id", value);
    ctx.next();
  }

  public static String of(RoutingContext ctx) {
    return ctx.get(KEY, "-");
  }
}
