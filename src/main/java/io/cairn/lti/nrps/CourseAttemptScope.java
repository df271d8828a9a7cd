package io.cairn.lti.nrps;

import io.cairn.auth.CurrentUser;
import io.cairn.auth.Role;
import io.cairn.authoring.stats.AttemptScope;
import io.cairn.lti.provisioning.RoleMapping;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * "A tutor sees attempts in their courses." Admins, and tutors with a Cairn account of their own
 * (the provider's staff, given the role by an admin), see every attempt. A tutor who exists only
 * through a platform (no Cairn password) sees the attempts of the people Cairn has seen launch in
 * the courses where the platform named them Instructor or ContentDeveloper.
 */
public final class CourseAttemptScope implements AttemptScope {
  static final String SCOPE = """
      WITH mine AS (SELECT context_ref, lti_roles FROM lti_membership WHERE account_id = $1)
      SELECT a.password_hash IS NOT NULL OR NOT EXISTS (SELECT 1 FROM lti_user u WHERE u.account_id = a.id),
             mine.lti_roles, m.account_id
        FROM account a
        LEFT JOIN mine ON true
        LEFT JOIN lti_membership m ON m.context_ref = mine.context_ref
       WHERE a.id = $1""";

  private final Pool pool;

  public CourseAttemptScope(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<Allowed> allowedFor(CurrentUser tutor) {
    if (tutor.roles().contains(Role.ADMIN)) {
      return Future.succeededFuture(Allowed.everyone());
    }
    return pool.preparedQuery(SCOPE).execute(Tuple.of(tutor.id())).map(rows -> {
      Set<Long> learners = new HashSet<>();
      for (Row r : rows) {
        if (Boolean.TRUE.equals(r.getBoolean(0))) {
          return Allowed.everyone();
        }
        String[] roles = r.getArrayOfStrings(1);
        if (roles != null && RoleMapping.map(Arrays.asList(roles)).contains(Role.TUTOR)) {
          learners.add(r.getLong(2));
        }
      }
      return Allowed.only(learners);
    });
  }
}
