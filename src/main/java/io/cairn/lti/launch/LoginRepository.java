package io.cairn.lti.launch;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

/**
 * OIDC login state and nonce in table lti_login: random, short-lived, each usable once. Using the
 * nonce is one atomic UPDATE, so two posts of the same id_token cannot both succeed.
 */
public final class LoginRepository {
  public static final Duration TTL = Duration.ofMinutes(10);
  /** Used and expired rows are kept this long after expiry, so a late replay reads as "used". */
  static final Duration KEEP_AFTER_EXPIRY = Duration.ofHours(1);

  static final String INSERT = """
      INSERT INTO lti_login (state, nonce, registration_id, login_params, storage_target, expires_at)
      VALUES ($1, $2, $3, $4, $5, $6)""";
  static final String BY_STATE = """
      SELECT state, nonce, registration_id, login_params, storage_target, expires_at, used_at
        FROM lti_login WHERE state = $1""";
  static final String USE_NONCE = """
      UPDATE lti_login SET used_at = now()
       WHERE nonce = $1 AND state = $2 AND used_at IS NULL AND expires_at > now()
      RETURNING state""";
  static final String NONCE_INFO = "SELECT state, used_at, expires_at > now() FROM lti_login WHERE nonce = $1";
  static final String DELETE_OLD = "DELETE FROM lti_login WHERE expires_at < $1";

  private static final SecureRandom RANDOM = new SecureRandom();

  /** One login as stored. */
  public record Login(String state, String nonce, long registrationId, JsonObject params, String storageTarget,
      OffsetDateTime expiresAt, OffsetDateTime usedAt) {}

  private final Pool pool;

  public LoginRepository(Pool pool) {
    this.pool = pool;
  }

  public static String random() {
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }

  public Future<Login> create(long registrationId, LoginRequest request) {
    String state = random();
    String nonce = random();
    OffsetDateTime expires = OffsetDateTime.now(ZoneOffset.UTC).plus(TTL);
    JsonObject params = new JsonObject(new java.util.LinkedHashMap<>(request.asParams()));
    return pool.preparedQuery(INSERT)
        .execute(Tuple.of(state, nonce, registrationId, params, request.storageTarget(), expires))
        .map(v -> new Login(state, nonce, registrationId, params, request.storageTarget(), expires, null));
  }

  public Future<Optional<Login>> byState(String state) {
    return pool.preparedQuery(BY_STATE).execute(Tuple.of(state)).map(rows -> {
      if (rows.size() == 0) {
        return Optional.empty();
      }
      Row r = rows.iterator().next();
      return Optional.of(new Login(r.getString(0), r.getString(1), r.getLong(2), r.getJsonObject(3), r.getString(4),
          r.getOffsetDateTime(5), r.getOffsetDateTime(6)));
    });
  }

  /** Uses the nonce for this state, once; says why not otherwise. */
  public Future<NonceStatus> useNonce(String nonce, String state) {
    if (nonce == null || nonce.isEmpty()) {
      return Future.succeededFuture(NonceStatus.MISSING);
    }
    return pool.preparedQuery(USE_NONCE).execute(Tuple.of(nonce, state)).compose(rows -> rows.rowCount() == 1
        ? Future.succeededFuture(NonceStatus.FRESH)
        : pool.preparedQuery(NONCE_INFO).execute(Tuple.of(nonce)).map(info -> {
          if (info.size() == 0) {
            return NonceStatus.UNKNOWN;
          }
          Row r = info.iterator().next();
          if (r.getOffsetDateTime(1) != null) {
            return NonceStatus.USED;
          }
          if (!r.getString(0).equals(state)) {
            return NonceStatus.OTHER_LOGIN;
          }
          return Boolean.TRUE.equals(r.getBoolean(2)) ? NonceStatus.USED : NonceStatus.EXPIRED;
        }));
  }

  public Future<Integer> deleteOld() {
    return pool.preparedQuery(DELETE_OLD).execute(Tuple.of(OffsetDateTime.now(ZoneOffset.UTC).minus(KEEP_AFTER_EXPIRY)))
        .map(rows -> rows.rowCount());
  }
}
