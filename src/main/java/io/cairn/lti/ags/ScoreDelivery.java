package io.cairn.lti.ags;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.WebClient;

/**
 * Posts one score to its line item's scores endpoint with a bearer token for the score scope.
 * A 401 drops the cached token, so the retry asks for a new one.
 */
public final class ScoreDelivery {
  private final WebClient client;
  private final AccessTokens tokens;
  private final LineItems lineItems;

  public ScoreDelivery(WebClient client, AccessTokens tokens, LineItems lineItems) {
    this.client = client;
    this.tokens = tokens;
    this.lineItems = lineItems;
  }

  /** Delivers the score; answers the line item it went to. */
  public Future<String> deliver(OutboxRow row) {
    if (!row.registrationEnabled()) {
      return Future.failedFuture(new ScoreNotDeliverable("The platform's registration is not enabled in Cairn", false));
    }
    if (!row.granted(OutboxRow.SCOPE_SCORE)) {
      return Future.failedFuture(new ScoreNotDeliverable("The platform did not grant the score scope for this link", true));
    }
    return lineItems.of(row).compose(lineItem -> tokens.token(row.platform(), OutboxRow.SCOPE_SCORE)
        .compose(token -> client.postAbs(LineItemUrls.scores(lineItem)).timeout(AccessTokens.TIMEOUT_MS)
            .bearerTokenAuthentication(token)
            .putHeader("Content-Type", ScoreMessage.MEDIA_TYPE)
            .sendBuffer(Buffer.buffer(row.score().toJson().encode())))
        .map(r -> {
          if (r.statusCode() == 401) {
            tokens.forget(row.platform(), OutboxRow.SCOPE_SCORE);
          }
          LineItems.ok(r, "Posting the score");
          return lineItem;
        }));
  }
}
