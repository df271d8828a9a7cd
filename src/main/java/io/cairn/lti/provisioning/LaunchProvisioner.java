package io.cairn.lti.provisioning;

import io.cairn.auth.Role;
import io.cairn.lti.launch.LaunchClaims;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an accepted launch leaves behind, in one transaction: the person (found by issuer + sub, or
 * a new account without password), their Cairn roles (added, never removed), the course and the
 * membership with the platform's roles, the resource link with its custom parameters and the AGS
 * and NRPS claims, mentor links to the learners the platform names, and the launch with its claims.
 */
public final class LaunchProvisioner {
  static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext($1))";
  static final String FIND_USER = "SELECT id, account_id FROM lti_user WHERE issuer = $1 AND sub = $2";
  static final String INSERT_ACCOUNT = """
      INSERT INTO account (email, display_name, password_hash, roles)
      VALUES ((SELECT $1::text WHERE $1::text IS NOT NULL
                 AND NOT EXISTS (SELECT 1 FROM account WHERE lower(email) = lower($1::text))), $2, NULL, $3)
      RETURNING id""";
  static final String INSERT_USER = """
      INSERT INTO lti_user (issuer, sub, account_id, registration_id, name, given_name, family_name, email)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id""";
  static final String UPDATE_USER = """
      UPDATE lti_user SET registration_id = $2, name = $3, given_name = $4, family_name = $5, email = $6,
             last_seen_at = now() WHERE id = $1""";
  static final String RENAME = "UPDATE account SET display_name = $2 WHERE id = $1 AND display_name <> $2";
  static final String GRANT_ROLES = """
      UPDATE account SET roles = ARRAY(SELECT DISTINCT r FROM unnest(roles || $2::text[]) r ORDER BY r) WHERE id = $1""";
  static final String UPSERT_CONTEXT = """
      INSERT INTO lti_context (registration_id, deployment_id, context_id, title, label, types, nrps)
      VALUES ($1, $2, $3, $4, $5, $6, $7)
      ON CONFLICT (registration_id, deployment_id, context_id) DO UPDATE
         SET title = EXCLUDED.title, label = EXCLUDED.label, types = EXCLUDED.types,
             nrps = COALESCE(EXCLUDED.nrps, lti_context.nrps), last_seen_at = now()
      RETURNING id""";
  static final String UPSERT_MEMBERSHIP = """
      INSERT INTO lti_membership (context_ref, account_id, lti_roles) VALUES ($1, $2, $3)
      ON CONFLICT (context_ref, account_id) DO UPDATE SET lti_roles = EXCLUDED.lti_roles, last_seen_at = now()""";
  static final String UPSERT_LINK = """
      INSERT INTO lti_resource_link (registration_id, deployment_id, resource_link_id, context_ref, title, description,
                                     target_link_uri, module_id, quiz_id, custom, ags, nrps)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
      ON CONFLICT (registration_id, deployment_id, resource_link_id) DO UPDATE
         SET context_ref = EXCLUDED.context_ref, title = EXCLUDED.title, description = EXCLUDED.description,
             target_link_uri = EXCLUDED.target_link_uri, module_id = EXCLUDED.module_id, quiz_id = EXCLUDED.quiz_id,
             custom = EXCLUDED.custom, ags = COALESCE(EXCLUDED.ags, lti_resource_link.ags),
             nrps = COALESCE(EXCLUDED.nrps, lti_resource_link.nrps), last_seen_at = now()
      RETURNING id""";
  /** Accepted at once: the platform, not the learner, vouches for the mentor relationship. */
  static final String LINK_MENTEES = """
      INSERT INTO supervision (supervisor_id, learner_id, accepted_at, source)
      SELECT $1, u.account_id, now(), 'lti' FROM lti_user u
       WHERE u.issuer = $2 AND u.sub = ANY($3) AND u.account_id <> $1
      ON CONFLICT (supervisor_id, learner_id) WHERE ended_at IS NULL
      DO UPDATE SET accepted_at = COALESCE(supervision.accepted_at, now())""";
  static final String INSERT_LAUNCH = """
      INSERT INTO lti_launch (registration_id, deployment_id, account_id, lti_user_ref, context_ref, resource_link_ref,
                              message_type, claims)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id""";

  /** The rows a launch found or made. */
  public record Provisioned(long accountId, long ltiUserId, Long contextRef, Long resourceLinkRef, long launchId,
      Set<Role> roles) {}

  private final Pool pool;

  public LaunchProvisioner(Pool pool) {
    this.pool = pool;
  }

  public Future<Provisioned> provision(long registrationId, LaunchClaims c, Landing landing) {
    Set<Role> roles = RoleMapping.map(c.roles());
    String[] roleCodes = roles.stream().map(Role::code).sorted().toArray(String[]::new);
    return pool.withTransaction(conn -> conn.preparedQuery(LOCK).execute(Tuple.of(c.issuer() + "\n" + c.sub()))
        .compose(v -> person(conn, registrationId, c, roleCodes))
        .compose(user -> context(conn, registrationId, c)
            .compose(ctxRef -> membership(conn, ctxRef, user[1], c)
                .compose(v -> link(conn, registrationId, c, ctxRef, landing))
                .compose(linkRef -> mentees(conn, user[1], c)
                    .compose(v -> conn.preparedQuery(INSERT_LAUNCH).execute(Tuple.from(new Object[] {
                        registrationId, c.deploymentId(), user[1], user[0], ctxRef, linkRef, c.messageType(),
                        new JsonObject(c.all())})))
                    .map(rows -> new Provisioned(user[1], user[0], ctxRef, linkRef,
                        rows.iterator().next().getLong(0), roles))))));
  }

  /** [lti_user id, account id]. */
  private static Future<long[]> person(SqlConnection conn, long registrationId, LaunchClaims c, String[] roleCodes) {
    String name = c.displayName();
    String email = usableEmail(c.email());
    return conn.preparedQuery(FIND_USER).execute(Tuple.of(c.issuer(), c.sub())).compose(rows -> {
      if (rows.size() > 0) {
        Row r = rows.iterator().next();
        long[] ids = {r.getLong(0), r.getLong(1)};
        return conn.preparedQuery(UPDATE_USER).execute(Tuple.from(new Object[] {
                ids[0], registrationId, c.name(), c.givenName(), c.familyName(), c.email()}))
            .compose(v -> name == null ? Future.succeededFuture() : conn.preparedQuery(RENAME).execute(Tuple.of(ids[1], clip(name))))
            .compose(v -> conn.preparedQuery(GRANT_ROLES).execute(Tuple.of(ids[1], (Object) roleCodes)))
            .map(ids);
      }
      String shown = name != null ? clip(name) : "Course member " + c.sub().substring(0, Math.min(8, c.sub().length()));
      return conn.preparedQuery(INSERT_ACCOUNT).execute(Tuple.of(email, shown, (Object) roleCodes))
          .map(a -> a.iterator().next().getLong(0))
          .compose(accountId -> conn.preparedQuery(INSERT_USER).execute(Tuple.from(new Object[] {
                  c.issuer(), c.sub(), accountId, registrationId, c.name(), c.givenName(), c.familyName(), c.email()}))
              .map(u -> new long[] {u.iterator().next().getLong(0), accountId}));
    });
  }

  private static Future<Long> context(SqlConnection conn, long registrationId, LaunchClaims c) {
    if (c.contextId() == null) {
      return Future.succeededFuture(null);
    }
    Map<String, Object> ctx = c.context();
    String[] types = ctx.get("type") instanceof List<?> l ? l.stream().map(String::valueOf).toArray(String[]::new) : new String[0];
    return conn.preparedQuery(UPSERT_CONTEXT).execute(Tuple.from(new Object[] {registrationId, c.deploymentId(),
            c.contextId(), text(ctx.get("title")), text(ctx.get("label")), types, json(c.nrps())}))
        .map(rows -> rows.iterator().next().getLong(0));
  }

  private static Future<Void> membership(SqlConnection conn, Long contextRef, long accountId, LaunchClaims c) {
    if (contextRef == null) {
      return Future.succeededFuture();
    }
    return conn.preparedQuery(UPSERT_MEMBERSHIP).execute(Tuple.of(contextRef, accountId, (Object) c.roles().toArray(String[]::new)))
        .mapEmpty();
  }

  private static Future<Long> link(SqlConnection conn, long registrationId, LaunchClaims c, Long contextRef, Landing landing) {
    if (c.resourceLinkId() == null) {
      return Future.succeededFuture(null);
    }
    return conn.preparedQuery(UPSERT_LINK).execute(Tuple.from(new Object[] {registrationId, c.deploymentId(),
            c.resourceLinkId(), contextRef, text(c.resourceLink().get("title")), text(c.resourceLink().get("description")),
            c.targetLinkUri(), landing.moduleId(), landing.quizId(), new JsonObject(c.custom()), json(c.ags()),
            json(c.nrps())}))
        .map(rows -> rows.iterator().next().getLong(0));
  }

  private static Future<Void> mentees(SqlConnection conn, long accountId, LaunchClaims c) {
    if (!RoleMapping.isMentor(c.roles()) || c.mentorScope().isEmpty()) {
      return Future.succeededFuture();
    }
    return conn.preparedQuery(LINK_MENTEES).execute(Tuple.of(accountId, c.issuer(), (Object) c.mentorScope().toArray(String[]::new)))
        .mapEmpty();
  }

  static String usableEmail(String email) {
    if (email == null) {
      return null;
    }
    String e = email.strip();
    return e.length() <= 254 && e.matches("[^@\\s]+@[^@\\s]+") ? e : null;
  }

  private static String clip(String name) {
    String n = name.strip();
    return n.length() > 200 ? n.substring(0, 200) : n;
  }

  private static String text(Object v) {
    return v == null ? null : String.valueOf(v);
  }

  private static JsonObject json(Map<String, Object> m) {
    return m == null || m.isEmpty() ? null : new JsonObject(m);
  }
}
