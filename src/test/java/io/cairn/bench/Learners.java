package io.cairn.bench;

import io.cairn.auth.Csrf;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Signed-in learners made with SQL instead of sign-up (Argon2 would cost ~50–100 ms each): an
 * account row and a session row holding SHA-256 of a random cookie token, exactly as
 * SessionRepository stores them; the CSRF token is the server's HMAC of the session token.
 */
final class Learners {
  /** One signed-in learner: the cookie to send and the CSRF token for state-changing calls. */
  record Learner(long id, String email, String token, String csrf) {
    String cookie() {
      return "cairn_session=" + token;
    }
  }

  /** A group of learners with consecutive account ids, for SQL checks. */
  record Group(String name, List<Learner> learners) {
    long firstId() {
      return learners.get(0).id();
    }

    long lastId() {
      return learners.get(learners.size() - 1).id();
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private Learners() {}

  static Group create(Pool pool, Csrf csrf, String group, int count) {
    List<Long> ids = new ArrayList<>(count);
    pool.preparedQuery("""
            INSERT INTO account (email, display_name)
            SELECT 'bench-' || $1 || '-' || g || '@bench.invalid', 'Bench learner ' || $1 || ' ' || g
              FROM generate_series(1, $2) g ORDER BY g
            RETURNING id""")
        .execute(Tuple.of(group, count))
        .await()
        .forEach((Row r) -> ids.add(r.getLong(0)));
    ids.sort(Long::compare);
    OffsetDateTime expires = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1);
    List<Learner> learners = new ArrayList<>(count);
    List<Tuple> sessions = new ArrayList<>(count);
    for (int i = 0; i < ids.size(); i++) {
      byte[] raw = new byte[32];
      RANDOM.nextBytes(raw);
      String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
      learners.add(new Learner(ids.get(i), "bench-" + group + "-" + (i + 1) + "@bench.invalid", token,
          csrf.tokenForSession(token)));
      sessions.add(Tuple.of(Buffer.buffer(sha256(token)), ids.get(i), expires));
    }
    for (int from = 0; from < sessions.size(); from += 1000) {
      pool.preparedQuery("INSERT INTO session (token_hash, account_id, expires_at) VALUES ($1, $2, $3)")
          .executeBatch(sessions.subList(from, Math.min(sessions.size(), from + 1000)))
          .await();
    }
    return new Group(group, learners);
  }

  static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
