package io.cairn.auth;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

/**
 * Sign-in sessions in PostgreSQL. The browser holds a random token; the database holds only its
 * SHA-256, so a leaked table does not let anyone sign in.
 */
public final class SessionRepository {
  static final String INSERT = "INSERT INTO session (token_hash, account_id, expires_at) VALUES ($1, $2, $3)";
  static final String LOOKUP = """
      SELECT a.id, a.email, a.display_name, a.roles
        FROM session s JOIN account a ON a.id = s.account_id
       WHERE s.token_hash = $1 AND s.expires_at > now()""";
  static final String DELETE = "DELETE FROM session WHERE token_hash = $1";
  static final String DELETE_EXPIRED = "DELETE FROM session WHERE expires_at < now()";

  /**
   * A signed-in person is looked up once per burst of requests, not on every one: a page and its
   * autosaves within a second or two share one lookup. Sign-out here evicts at once; on another
   * instance a deleted session is seen within {@link #CACHE_FOR}.
   */
  static final Duration CACHE_FOR = Duration.ofSeconds(2);
  private static final int CACHE_MAX = 10_000;

  private final Pool pool;
  private final Duration lifetime;
  private final Map<String, Cached> recent = new ConcurrentHashMap<>();

  private record Cached(CurrentUser user, long until) {}

  public SessionRepository(Pool pool, Duration lifetime) {
    this.pool = pool;
    this.lifetime = lifetime;
  }

  /** Starts a session; returns the token for the cookie. */
  public Future<String> create(long accountId) {
    String token = BearerTokens.create(32);
    OffsetDateTime expires = OffsetDateTime.now(ZoneOffset.UTC).plus(lifetime);
    return pool.preparedQuery(INSERT).execute(Tuple.of(BearerTokens.hash(token), accountId, expires)).map(token);
  }

  public Future<Optional<CurrentUser>> lookup(String token) {
    long now = System.nanoTime();
    Cached hit = recent.get(token);
    if (hit != null && now - hit.until() < 0) {
      return Future.succeededFuture(Optional.of(hit.user()));
    }
    return pool.preparedQuery(LOOKUP).execute(Tuple.of(BearerTokens.hash(token))).map(rows -> {
      if (rows.size() == 0) {
        recent.remove(token);
        return Optional.empty();
      }
      CurrentUser user = AccountRepository.toUser(rows.iterator().next());
      if (recent.size() >= CACHE_MAX) {
        recent.clear();
      }
      recent.put(token, new Cached(user, now + CACHE_FOR.toNanos()));
      return Optional.of(user);
    });
  }

  /** Forgets cached look-ups of one person, e.g. after their roles changed. */
  public void evictAccount(long accountId) {
    recent.values().removeIf(c -> c.user().id() == accountId);
  }

  public Future<Void> delete(String token) {
    recent.remove(token);
    return pool.preparedQuery(DELETE).execute(Tuple.of(BearerTokens.hash(token))).mapEmpty();
  }

  public Future<Integer> deleteExpired() {
    return pool.query(DELETE_EXPIRED).execute().map(rows -> rows.rowCount());
  }

  public Duration lifetime() {
    return lifetime;
  }
}
