package io.cairn.auth;

import io.cairn.errors.InvalidInput;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first admin, from CAIRN_ADMIN_EMAIL and CAIRN_ADMIN_PASSWORD at start-up. An existing
 * account with that email is given the admin role; its password is left as it is.
 */
public final class AdminBootstrap {
  private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
  static final String UPSERT = """
      INSERT INTO account (email, display_name, password_hash, roles)
      VALUES ($1, $2, $3, ARRAY['learner', 'admin'])
      ON CONFLICT (lower(email)) WHERE email IS NOT NULL
      DO UPDATE SET roles = CASE WHEN 'admin' = ANY(account.roles) THEN account.roles
                                 ELSE array_append(account.roles, 'admin') END
      RETURNING id, (xmax = 0) AS created""";

  private AdminBootstrap() {}

  /** Hashes the password here, so call it off the event loop (at start-up). */
  public static Future<Long> ensureAdmin(Pool pool, String email, String password) {
    String normalised = email.strip().toLowerCase(Locale.ROOT);
    try {
      PasswordPolicy.check(password, normalised);
    } catch (InvalidInput e) {
      return Future.failedFuture(new IllegalArgumentException("Admin password refused: " + e.getMessage()));
    }
    String hash = PasswordHasher.hashNow(password);
    String name = normalised.split("@")[0];
    return pool.preparedQuery(UPSERT).execute(Tuple.of(normalised, name, hash)).map(rows -> {
      var row = rows.iterator().next();
      LOG.info("{} admin account {}", row.getBoolean(1) ? "Created" : "Ensured", normalised);
      return row.getLong(0);
    });
  }
}
