package io.cairn.lti.launch;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * Verified launches waiting for the page that asks the platform's postMessage storage for the
 * state: kept a couple of minutes under a random id, taken once.
 */
public final class PendingLaunches {
  public static final Duration TTL = Duration.ofMinutes(2);
  static final String INSERT = """
      INSERT INTO lti_pending_launch (id, state, registration_id, claims, expires_at) VALUES ($1, $2, $3, $4, $5)""";
  static final String TAKE = """
      UPDATE lti_pending_launch p SET used_at = now()
        FROM lti_login l
       WHERE p.id = $1 AND p.used_at IS NULL AND p.expires_at > now() AND l.state = p.state
      RETURNING p.state, l.nonce, p.registration_id, p.claims, l.login_params""";

  /** A pending launch, taken: what the storage must hold, and what was verified. */
  public record Pending(String state, String nonce, long registrationId, Map<String, Object> claims, JsonObject loginParams) {}

  private final Pool pool;

  public PendingLaunches(Pool pool) {
    this.pool = pool;
  }

  public Future<String> create(String state, long registrationId, Map<String, Object> claims) {
    String id = LoginRepository.random();
    return pool.preparedQuery(INSERT).execute(Tuple.of(id, state, registrationId, new JsonObject(claims),
        OffsetDateTime.now(ZoneOffset.UTC).plus(TTL))).map(id);
  }

  public Future<Optional<Pending>> take(String id) {
    if (id == null || id.isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    return pool.preparedQuery(TAKE).execute(Tuple.of(id)).map(rows -> {
      if (rows.size() == 0) {
        return Optional.empty();
      }
      Row r = rows.iterator().next();
      return Optional.of(new Pending(r.getString(0), r.getString(1), r.getLong(2), r.getJsonObject(3).getMap(),
          r.getJsonObject(4)));
    });
  }
}
