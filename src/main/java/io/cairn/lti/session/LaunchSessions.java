package io.cairn.lti.session;

import io.cairn.auth.CurrentUser;
import io.cairn.auth.Role;
import io.cairn.auth.SessionAuth;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Sessions started by an LTI launch: a normal row of table session (so sign-out, expiry and the
 * sweeper treat it like any other) that lasts {@link LaunchTokens#MAX_LIFETIME}, reached through a
 * launch-session token instead of a cookie.
 */
public final class LaunchSessions implements SessionAuth.TokenSessions {
  static final String INSERT = "INSERT INTO session (token_hash, account_id, expires_at) VALUES ($1, $2, $3)";
  static final String LOOKUP = """
      SELECT a.id, a.email, a.display_name, a.roles
        FROM session s JOIN account a ON a.id = s.account_id
       WHERE s.token_hash = $1 AND s.expires_at > now()""";
  static final String DELETE = "DELETE FROM session WHERE token_hash = $1";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Pool pool;
  private final LaunchTokens tokens;
  private final Clock clock;

  public LaunchSessions(Pool pool, LaunchTokens tokens, Clock clock) {
    this.pool = pool;
    this.tokens = tokens;
    this.clock = clock;
  }

  /** Starts a session for the account; returns its launch-session token. */
  public Future<String> start(long accountId, long registrationId) {
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    byte[] hash = sha256(raw);
    Instant expires = clock.instant().plus(LaunchTokens.MAX_LIFETIME);
    return pool.preparedQuery(INSERT)
        .execute(Tuple.of(Buffer.buffer(hash), accountId, OffsetDateTime.ofInstant(expires, ZoneOffset.UTC)))
        .map(v -> tokens.mint(hash, expires, registrationId));
  }

  @Override
  public Future<Optional<SessionAuth.TokenSession>> resolve(String token) {
    Optional<LaunchTokens.Decoded> decoded = tokens.verify(token);
    if (decoded.isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    byte[] hash = decoded.get().sessionHash();
    return pool.preparedQuery(LOOKUP).execute(Tuple.of(Buffer.buffer(hash))).map(rows -> rows.size() == 0
        ? Optional.empty()
        : Optional.of(new SessionAuth.TokenSession(Base64.getUrlEncoder().withoutPadding().encodeToString(hash),
            toUser(rows.iterator().next()))));
  }

  /** Ends the session the token names (sign-out inside a launch). */
  public Future<Void> end(String token) {
    return tokens.verify(token)
        .map(d -> pool.preparedQuery(DELETE).execute(Tuple.of(Buffer.buffer(d.sessionHash()))).<Void>mapEmpty())
        .orElse(Future.succeededFuture());
  }

  public Optional<LaunchTokens.Decoded> decode(String token) {
    return tokens.verify(token);
  }

  private static CurrentUser toUser(Row r) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Arrays.stream(r.getArrayOfStrings(3)).map(Role::fromCode).flatMap(Optional::stream).forEach(roles::add);
    return new CurrentUser(r.getLong(0), r.getString(1), r.getString(2), Set.copyOf(roles));
  }

  static byte[] sha256(byte[] raw) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(raw);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
