package io.cairn.lti;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The LTI Advantage services of the platform simulator: the OAuth 2 token endpoint (client
 * credentials with a client assertion), AGS line items and scores, and NRPS memberships with paging
 * by Link header. Everything received is recorded for the tests to assert; {@link #outage} makes
 * every service answer 503 until switched off.
 */
public final class SimulatorServices {
  /** A token request as received. */
  public record TokenRequest(Map<String, String> form, String accessToken) {}

  /** A request to a service as received, with the status the simulator answered. */
  public record Received(String method, String path, String query, String authorization, String contentType,
      String body, int status) {
    public JsonObject json() {
      return new JsonObject(body);
    }
  }

  public final AtomicBoolean outage = new AtomicBoolean();
  public final List<TokenRequest> tokenRequests = new CopyOnWriteArrayList<>();
  public final List<Received> scores = new CopyOnWriteArrayList<>();
  public final List<Received> lineItemCalls = new CopyOnWriteArrayList<>();
  public final List<Received> membershipCalls = new CopyOnWriteArrayList<>();
  /** Deep Linking responses posted back by the browser (the JWT field of each). */
  public final List<String> deepLinkingResponses = new CopyOnWriteArrayList<>();
  /** Line items made through the container endpoint, as JSON with their id. */
  public final List<JsonObject> lineItems = new CopyOnWriteArrayList<>();
  /** Members per context id (the last path segment of the memberships URL). */
  public final Map<String, List<JsonObject>> members = new ConcurrentHashMap<>();
  public volatile int membersPerPage = 2;
  private final AtomicInteger tokens = new AtomicInteger();
  private final PlatformSimulator sim;

  SimulatorServices(PlatformSimulator sim) {
    this.sim = sim;
  }

  void mount(Router r) {
    r.post("/token").handler(this::token);
    r.post("/lineitems/:n/lineitem/scores").handler(this::score);
    r.get("/lineitems").handler(this::listLineItems);
    r.post("/lineitems").handler(this::createLineItem);
    r.get("/memberships/:context").handler(this::memberships);
    r.post("/dl-return").handler(ctx -> {
      deepLinkingResponses.add(String.valueOf(ctx.request().getFormAttribute("JWT")));
      ctx.response().putHeader("Content-Type", "text/html").end("<!doctype html><html lang=en><title>Received</title>"
          + "<main><h1 id=received>Content received</h1></main></html>");
    });
  }

  /** The score requests that were answered 200. */
  public List<Received> acceptedScores() {
    return scores.stream().filter(s -> s.status() == 200).toList();
  }

  public List<TokenRequest> tokenRequests(String scope) {
    return tokenRequests.stream().filter(t -> scope.equals(t.form().get("scope"))).toList();
  }

  private boolean down(RoutingContext ctx) {
    if (outage.get()) {
      ctx.response().setStatusCode(503).putHeader("Retry-After", "60").end("Service unavailable (simulated outage)");
      return true;
    }
    return false;
  }

  private void token(RoutingContext ctx) {
    if (down(ctx)) {
      return;
    }
    MultiMap form = ctx.request().formAttributes();
    Map<String, String> copy = new java.util.LinkedHashMap<>();
    form.forEach(e -> copy.put(e.getKey(), e.getValue()));
    String access = "sim-access-" + tokens.incrementAndGet();
    tokenRequests.add(new TokenRequest(copy, access));
    ctx.json(new JsonObject().put("access_token", access).put("token_type", "Bearer").put("expires_in", 3600)
        .put("scope", copy.getOrDefault("scope", "")));
  }

  private void score(RoutingContext ctx) {
    int status = outage.get() ? 503 : 200;
    scores.add(received(ctx, status));
    ctx.response().setStatusCode(status).end(status == 200 ? "" : "Service unavailable (simulated outage)");
  }

  private void listLineItems(RoutingContext ctx) {
    lineItemCalls.add(received(ctx, outage.get() ? 503 : 200));
    if (down(ctx)) {
      return;
    }
    String resourceId = ctx.request().getParam("resource_id");
    JsonArray out = new JsonArray();
    lineItems.stream().filter(li -> resourceId == null || resourceId.equals(li.getString("resourceId"))).forEach(out::add);
    ctx.response().putHeader("Content-Type", "application/vnd.ims.lis.v2.lineitemcontainer+json").end(out.encode());
  }

  private void createLineItem(RoutingContext ctx) {
    lineItemCalls.add(received(ctx, outage.get() ? 503 : 201));
    if (down(ctx)) {
      return;
    }
    JsonObject item = ctx.body().asJsonObject().copy();
    item.put("id", sim.issuer() + "/lineitems/" + (100 + lineItems.size()) + "/lineitem?type_id=" + (100 + lineItems.size()));
    lineItems.add(item);
    ctx.response().setStatusCode(201).putHeader("Content-Type", "application/vnd.ims.lis.v2.lineitem+json").end(item.encode());
  }

  private void memberships(RoutingContext ctx) {
    membershipCalls.add(received(ctx, outage.get() ? 503 : 200));
    if (down(ctx)) {
      return;
    }
    String context = ctx.pathParam("context");
    List<JsonObject> all = members.getOrDefault(context, List.of());
    int page = Integer.parseInt(ctx.request().getParam("page", "1"));
    int from = (page - 1) * membersPerPage;
    List<JsonObject> slice = new ArrayList<>(all.subList(Math.min(from, all.size()), Math.min(from + membersPerPage, all.size())));
    String self = sim.issuer() + "/memberships/" + context;
    if (from + membersPerPage < all.size()) {
      ctx.response().putHeader("Link", "<" + self + "?page=" + (page + 1) + ">; rel=\"next\", <" + self
          + "?page=1>; rel=\"first\"");
    }
    ctx.response().putHeader("Content-Type", "application/vnd.ims.lti-nrps.v2.membershipcontainer+json")
        .end(new JsonObject().put("id", self + "?page=" + page)
            .put("context", new JsonObject().put("id", context).put("title", "Online therapy CPD"))
            .put("members", new JsonArray(new ArrayList<>(slice))).encode());
  }

  private static Received received(RoutingContext ctx, int status) {
    return new Received(ctx.request().method().name(), ctx.request().path(), ctx.request().query(),
        ctx.request().getHeader("Authorization"), ctx.request().getHeader("Content-Type"),
        ctx.body() == null || ctx.body().buffer() == null ? "" : ctx.body().asString(), status);
  }
}
