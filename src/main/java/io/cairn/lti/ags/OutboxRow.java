package io.cairn.lti.ags;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A claimed score of the outbox with what delivering it needs: the learner's sub on the platform,
 * the resource link with its AGS claim, a line item found or created earlier, and the platform.
 *
 * @param tries the tries so far, this one included
 */
public record OutboxRow(long id, long attemptId, int tries, Instant createdAt, BigDecimal scoreGiven,
    BigDecimal scoreMaximum, Instant scoredAt, String userId, long linkRef, String resourceLinkId, String linkTitle,
    JsonObject ags, String quizId, String knownLineItem, boolean registrationEnabled, PlatformClient platform) {

  public static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
  public static final String SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";

  public ScoreMessage score() {
    return new ScoreMessage(userId, scoreGiven, scoreMaximum, scoredAt);
  }

  /** The line item of the link as the launch named it, else the one Cairn found or created. */
  public String lineItem() {
    String fromClaim = text("lineitem");
    return fromClaim != null ? fromClaim : knownLineItem;
  }

  public String lineItems() {
    return text("lineitems");
  }

  public boolean granted(String scope) {
    Object s = ags.getValue("scope");
    return s instanceof JsonArray a ? a.contains(scope) : scope.equals(s);
  }

  private String text(String field) {
    Object v = ags.getValue(field);
    return v instanceof String s && !s.isBlank() ? s : null;
  }
}
