package io.cairn.lti.ags;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * For a resource link whose launch named the line-items container but no line item (a link made
 * by hand, without Deep Linking's lineItem): finds the line item with the quiz as resourceId for
 * this link, or creates one (label, scoreMaximum 100, resourceId, resourceLinkId, tag), and keeps
 * its URL in lti_line_item. Needs the lineitem scope; without it the score cannot go out.
 */
public final class LineItems {
  public static final String ITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
  public static final String CONTAINER_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";
  public static final String TAG = "cairn-quiz";
  static final String SAVE = "INSERT INTO lti_line_item (resource_link_id, url) VALUES ($1, $2) ON CONFLICT DO NOTHING";
  static final String LOAD = "SELECT url FROM lti_line_item WHERE resource_link_id = $1";

  private final WebClient client;
  private final AccessTokens tokens;
  private final Pool pool;

  public LineItems(WebClient client, AccessTokens tokens, Pool pool) {
    this.client = client;
    this.tokens = tokens;
    this.pool = pool;
  }

  /** The line item to post the row's score to. */
  public Future<String> of(OutboxRow row) {
    if (row.lineItem() != null) {
      return Future.succeededFuture(row.lineItem());
    }
    if (row.lineItems() == null) {
      return Future.failedFuture(new ScoreNotDeliverable("The launch named no line item and no line-items URL", true));
    }
    if (!row.granted(OutboxRow.SCOPE_LINEITEM)) {
      return Future.failedFuture(new ScoreNotDeliverable(
          "The launch named no line item, and the platform did not grant the lineitem scope to create one", true));
    }
    return tokens.token(row.platform(), OutboxRow.SCOPE_LINEITEM)
        .compose(token -> find(row, token).compose(found -> found != null ? Future.succeededFuture(found) : create(row, token)))
        .compose(url -> pool.preparedQuery(SAVE).execute(Tuple.of(row.linkRef(), url))
            .compose(v -> pool.preparedQuery(LOAD).execute(Tuple.of(row.linkRef())))
            .map(rows -> rows.iterator().next().getString(0)));
  }

  private Future<String> find(OutboxRow row, String token) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("resource_link_id", row.resourceLinkId());
    q.put("resource_id", row.quizId());
    return client.getAbs(LineItemUrls.withQuery(row.lineItems(), q)).timeout(AccessTokens.TIMEOUT_MS)
        .bearerTokenAuthentication(token).putHeader("Accept", CONTAINER_TYPE).send()
        .map(r -> {
          ok(r, "Listing line items");
          JsonArray items = new JsonArray(r.bodyAsString());
          for (Object o : items) {
            if (o instanceof JsonObject item && row.quizId().equals(item.getString("resourceId"))
                && (item.getValue("resourceLinkId") == null || row.resourceLinkId().equals(item.getValue("resourceLinkId")))
                && item.getValue("id") instanceof String id) {
              return id;
            }
          }
          return null;
        });
  }

  private Future<String> create(OutboxRow row, String token) {
    JsonObject item = new JsonObject()
        .put("label", row.linkTitle() == null || row.linkTitle().isBlank() ? row.quizId() : row.linkTitle())
        .put("scoreMaximum", 100)
        .put("resourceId", row.quizId())
        .put("resourceLinkId", row.resourceLinkId())
        .put("tag", TAG);
    return client.postAbs(row.lineItems()).timeout(AccessTokens.TIMEOUT_MS).bearerTokenAuthentication(token)
        .putHeader("Content-Type", ITEM_TYPE).putHeader("Accept", ITEM_TYPE)
        .sendBuffer(Buffer.buffer(item.encode()))
        .map(r -> {
          ok(r, "Creating a line item");
          Object id = new JsonObject(r.bodyAsString()).getValue("id");
          if (!(id instanceof String s) || s.isBlank()) {
            throw new PlatformCallFailed("Creating a line item (no id in the answer)", r.statusCode(), r.bodyAsString());
          }
          return s;
        });
  }

  static void ok(HttpResponse<Buffer> r, String call) {
    if (r.statusCode() < 200 || r.statusCode() >= 300) {
      throw new PlatformCallFailed(call, r.statusCode(), r.bodyAsString());
    }
  }
}
