package io.cairn.auth;

import io.cairn.errors.Conflict;
import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Accounts and their roles. */
public final class AccountRepository {
  static final String INSERT = """
      INSERT INTO account (email, display_name, password_hash, roles) VALUES ($1, $2, $3, $4)
      RETURNING id""";
  static final String CREDENTIALS = "SELECT id, password_hash FROM account WHERE lower(email) = lower($1)";
  static final String BY_ID = "SELECT id, email, display_name, roles FROM account WHERE id = $1";
  static final String ADD_ROLE = """
      UPDATE account SET roles = array_append(roles, $2)
       WHERE id = $1 AND NOT ($2 = ANY(roles))""";
  static final String UNIQUE_VIOLATION = "23505";

  private final Pool pool;

  public AccountRepository(Pool pool) {
    this.pool = pool;
  }

  public record Credentials(long id, String passwordHash) {}

  public Future<Long> create(String email, String displayName, String passwordHash, Set<Role> roles) {
    String[] codes = roles.stream().map(Role::code).sorted().toArray(String[]::new);
    return pool.preparedQuery(INSERT).execute(Tuple.of(email, displayName, passwordHash, codes))
        .map(rows -> rows.iterator().next().getLong(0))
        .recover(err -> Future.failedFuture(isUniqueViolation(err)
            ? new Conflict("An account with this email address already exists. Sign in instead, or use another address.")
            : err));
  }

  public Future<Optional<Credentials>> credentials(String email) {
    return pool.preparedQuery(CREDENTIALS).execute(Tuple.of(email)).map(rows -> {
      if (rows.size() == 0) {
        return Optional.empty();
      }
      Row r = rows.iterator().next();
      return Optional.of(new Credentials(r.getLong(0), r.getString(1)));
    });
  }

  public Future<Optional<CurrentUser>> byId(long id) {
    return pool.preparedQuery(BY_ID).execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(toUser(rows.iterator().next())));
  }

  public Future<Boolean> grant(long accountId, Role role) {
    return pool.preparedQuery(ADD_ROLE).execute(Tuple.of(accountId, role.code()))
        .map(rows -> rows.rowCount() > 0);
  }

  /** Maps a row of (id, email, display_name, roles). */
  static CurrentUser toUser(Row r) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Arrays.stream(r.getArrayOfStrings(3)).map(Role::fromCode).flatMap(Optional::stream).forEach(roles::add);
    return new CurrentUser(r.getLong(0), r.getString(1), r.getString(2), Set.copyOf(roles));
  }

  public static boolean isUniqueViolation(Throwable err) {
    return err instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState());
  }
}
