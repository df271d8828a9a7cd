package io.cairn.lti.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

/** The tool's key pairs in table lti_key. */
public final class KeyRepository {
  static final String COLUMNS = "kid, public_jwk, private_key, created_at, retired_at";
  static final String ALL = "SELECT " + COLUMNS + " FROM lti_key ORDER BY created_at DESC, id DESC";
  static final String ACTIVE = "SELECT " + COLUMNS + " FROM lti_key WHERE retired_at IS NULL";
  /** Serialises key creation and rotation across server instances, inside one transaction. */
  static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('cairn.lti_key'))";
  static final String RETIRE_ACTIVE = "UPDATE lti_key SET retired_at = now() WHERE retired_at IS NULL";
  static final String INSERT = "INSERT INTO lti_key (kid, public_jwk, private_key) VALUES ($1, $2, $3)";

  private final Pool pool;

  public KeyRepository(Pool pool) {
    this.pool = pool;
  }

  public Future<List<ToolKey>> all() {
    return pool.query(ALL).execute().map(rows -> {
      List<ToolKey> keys = new ArrayList<>();
      rows.forEach(r -> keys.add(toKey(r)));
      return keys;
    });
  }

  /** Stores the key as the only active one; with {@code retireOthers} false, only when none is active. */
  public Future<Boolean> insert(ToolKey key, boolean retireOthers) {
    return pool.withTransaction(conn -> conn.query(LOCK).execute()
        .compose(v -> retireOthers ? conn.query(RETIRE_ACTIVE).execute().map(true) : hasActive(conn).map(has -> !has))
        .compose(go -> go ? conn.preparedQuery(INSERT).execute(Tuple.of(key.kid(),
                new JsonObject(key.publicJwk().toPublicJWK().toJSONObject()), Buffer.buffer(key.sealedPrivateKey())))
            .map(true) : Future.succeededFuture(false)));
  }

  private static Future<Boolean> hasActive(SqlConnection conn) {
    return conn.query(ACTIVE).execute().map(rows -> rows.size() > 0);
  }

  static ToolKey toKey(Row r) {
    try {
      RSAKey jwk = JWK.parse(r.getJsonObject(1).getMap()).toRSAKey();
      return new ToolKey(r.getString(0), jwk, r.getBuffer(2).getBytes(), r.getOffsetDateTime(3), r.getOffsetDateTime(4));
    } catch (ParseException e) {
      throw new IllegalStateException("the stored public key " + r.getString(0) + " is not a JWK", e);
    }
  }
}
