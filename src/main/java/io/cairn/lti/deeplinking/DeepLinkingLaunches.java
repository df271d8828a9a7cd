package io.cairn.lti.deeplinking;

import io.cairn.lti.launch.LaunchClaims;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Deep-linking launches and their one response (table lti_deep_link_response). */
public final class DeepLinkingLaunches {
  static final String BY_ID = """
      SELECT l.id, l.account_id, l.deployment_id, l.message_type, l.claims::text, l.launched_at, r.client_id, r.issuer,
             EXISTS (SELECT 1 FROM lti_deep_link_response d WHERE d.launch_id = l.id)
        FROM lti_launch l JOIN lti_registration r ON r.id = l.registration_id
       WHERE l.id = $1""";
  static final String USE = """
      INSERT INTO lti_deep_link_response (launch_id, account_id, content_items) VALUES ($1, $2, $3)
      ON CONFLICT (launch_id) DO NOTHING RETURNING launch_id""";

  private final Pool pool;

  public DeepLinkingLaunches(Pool pool) {
    this.pool = pool;
  }

  public Future<Optional<DeepLinkingLaunch>> byId(long id) {
    return pool.preparedQuery(BY_ID).execute(Tuple.of(id)).map(rows -> rows.size() == 0 ? Optional.empty()
        : Optional.of(toLaunch(rows.iterator().next())));
  }

  /** Records the response; false when this launch already had one (a replay). */
  public Future<Boolean> use(long launchId, long accountId, List<Map<String, Object>> items) {
    return pool.preparedQuery(USE).execute(Tuple.of(launchId, accountId, new JsonArray(items)))
        .map(rows -> rows.size() == 1);
  }

  static DeepLinkingLaunch toLaunch(Row r) {
    Map<String, Object> claims = new JsonObject(r.getString(4)).getMap();
    return new DeepLinkingLaunch(r.getLong(0), r.getLong(1), r.getString(2), r.getString(3), LaunchClaims.from(claims),
        r.getOffsetDateTime(5).toInstant(), r.getString(6), r.getString(7), Boolean.TRUE.equals(r.getBoolean(8)));
  }
}
