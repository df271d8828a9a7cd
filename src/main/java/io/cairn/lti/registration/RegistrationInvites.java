package io.cairn.lti.registration;

import io.cairn.auth.BearerTokens;
import io.cairn.errors.Forbidden;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One-time Dynamic Registration URLs that an admin makes for one platform. A token is claimed
 * atomically when a platform opens it, so two platforms cannot both use it; a registration that
 * fails gives it back. Only the token's hash is stored.
 */
public final class RegistrationInvites {
  public static final Duration LIFETIME = Duration.ofDays(7);
  static final String INSERT = "INSERT INTO lti_registration_invite (token_hash, created_by, expires_at) VALUES ($1, $2, $3)";
  static final String CLAIM = """
      UPDATE lti_registration_invite SET used_at = now()
       WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING 1""";
  static final String RELEASE = "UPDATE lti_registration_invite SET used_at = NULL WHERE token_hash = $1 AND registration_id IS NULL";
  static final String ATTACH = "UPDATE lti_registration_invite SET registration_id = $2 WHERE token_hash = $1";
  static final String RECENT = """
      SELECT i.created_at, i.expires_at, i.used_at, a.email, r.name
        FROM lti_registration_invite i
        LEFT JOIN account a ON a.id = i.created_by
        LEFT JOIN lti_registration r ON r.id = i.registration_id
       ORDER BY i.created_at DESC LIMIT 20""";

  private final Pool pool;

  public RegistrationInvites(Pool pool) {
    this.pool = pool;
  }

  /** What the admin page lists: never the token, which is shown once. */
  public record Invite(OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime usedAt, String createdBy,
      String registrationName) {}

  /** A new token for the URL {@code /lti/register/<token>}. */
  public Future<String> create(long adminId) {
    String token = BearerTokens.create(24);
    OffsetDateTime expires = OffsetDateTime.now(ZoneOffset.UTC).plus(LIFETIME);
    return pool.preparedQuery(INSERT).execute(Tuple.of(BearerTokens.hash(token), adminId, expires)).map(token);
  }

  /** Marks the token used, or fails with 403 if it is used, expired or unknown. */
  public Future<Void> claim(String token) {
    return pool.preparedQuery(CLAIM).execute(Tuple.of(BearerTokens.hash(token))).map(rows -> {
      if (rows.rowCount() == 0) {
        throw new Forbidden("This registration URL is not valid: it was used already, has expired, or was "
            + "mistyped. Ask the Cairn admin for a new one (LTI platforms, \"Create a registration URL\").");
      }
      return null;
    });
  }

  /** After a failed registration: the platform admin may fix the cause and try the same URL again. */
  public Future<Void> release(String token) {
    return pool.preparedQuery(RELEASE).execute(Tuple.of(BearerTokens.hash(token))).mapEmpty();
  }

  public Future<Void> attach(String token, long registrationId) {
    return pool.preparedQuery(ATTACH).execute(Tuple.of(BearerTokens.hash(token), registrationId)).mapEmpty();
  }

  public Future<List<Invite>> recent() {
    return pool.query(RECENT).execute().map(rows -> {
      List<Invite> out = new ArrayList<>();
      for (Row r : rows) {
        out.add(new Invite(r.getOffsetDateTime(0), r.getOffsetDateTime(1), r.getOffsetDateTime(2), r.getString(3),
            r.getString(4)));
      }
      return out;
    });
  }
}
