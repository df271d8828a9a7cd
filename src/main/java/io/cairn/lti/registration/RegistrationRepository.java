package io.cairn.lti.registration;

import io.cairn.auth.AccountRepository;
import io.cairn.errors.Conflict;
import io.cairn.errors.NotFound;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Platform registrations and their deployments. */
public final class RegistrationRepository {
  static final String SELECT = """
      SELECT r.id, r.name, r.issuer, r.client_id, r.auth_login_url, r.token_url, r.keyset_url, r.frame_origins,
             r.status, r.source, r.created_at,
             COALESCE((SELECT array_agg(d.deployment_id ORDER BY d.created_at, d.deployment_id)
                         FROM lti_deployment d WHERE d.registration_id = r.id), '{}') AS deployments
        FROM lti_registration r""";
  static final String ALL = SELECT + " ORDER BY r.created_at DESC, r.id DESC";
  static final String BY_ID = SELECT + " WHERE r.id = $1";
  static final String BY_ISSUER = SELECT + " WHERE r.issuer = $1 ORDER BY r.id";
  static final String INSERT = """
      INSERT INTO lti_registration (name, issuer, client_id, auth_login_url, token_url, keyset_url, frame_origins,
                                    status, source, platform_config, tool_registration)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id""";
  static final String UPDATE = """
      UPDATE lti_registration SET name = $2, issuer = $3, client_id = $4, auth_login_url = $5, token_url = $6,
             keyset_url = $7, frame_origins = $8, updated_at = now()
       WHERE id = $1""";
  static final String SET_STATUS = "UPDATE lti_registration SET status = $2, updated_at = now() WHERE id = $1";
  static final String ADD_DEPLOYMENT = """
      INSERT INTO lti_deployment (registration_id, deployment_id) VALUES ($1, $2) ON CONFLICT DO NOTHING""";
  static final String REMOVE_OTHER_DEPLOYMENTS = """
      DELETE FROM lti_deployment WHERE registration_id = $1 AND NOT (deployment_id = ANY($2))""";

  private final Pool pool;

  public RegistrationRepository(Pool pool) {
    this.pool = pool;
  }

  public Future<List<Registration>> all() {
    return pool.query(ALL).execute().map(rows -> {
      List<Registration> out = new ArrayList<>();
      rows.forEach(r -> out.add(toRegistration(r)));
      return out;
    });
  }

  public Future<Optional<Registration>> byId(long id) {
    return pool.preparedQuery(BY_ID).execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(toRegistration(rows.iterator().next())));
  }

  public Future<Registration> require(long id) {
    return byId(id).map(r -> r.orElseThrow(() -> new NotFound("There is no LTI registration " + id + ".")));
  }

  public Future<List<Registration>> byIssuer(String issuer) {
    return pool.preparedQuery(BY_ISSUER).execute(Tuple.of(issuer)).map(rows -> {
      List<Registration> out = new ArrayList<>();
      rows.forEach(r -> out.add(toRegistration(r)));
      return out;
    });
  }

  /** Stores a new registration with its deployments; a second one for the same issuer and client id is a conflict. */
  public Future<Long> insert(RegistrationInput in, Registration.Status status, String source,
      JsonObject platformConfig, JsonObject toolRegistration) {
    return pool.withTransaction(conn -> conn.preparedQuery(INSERT).execute(Tuple.from(new Object[] {
            in.name(), in.issuer(), in.clientId(), in.authLoginUrl(), in.tokenUrl(), in.keysetUrl(),
            in.frameOrigins().toArray(String[]::new), status.code(), source, platformConfig, toolRegistration}))
        .map(rows -> rows.iterator().next().getLong(0))
        .compose(id -> setDeployments(conn, id, in.deploymentIds(), false).map(id)))
        .recover(err -> Future.failedFuture(conflict(err, in)));
  }

  public Future<Void> update(long id, RegistrationInput in) {
    return pool.withTransaction(conn -> conn.preparedQuery(UPDATE).execute(Tuple.from(new Object[] {
            id, in.name(), in.issuer(), in.clientId(), in.authLoginUrl(), in.tokenUrl(), in.keysetUrl(),
            in.frameOrigins().toArray(String[]::new)}))
        .compose(rows -> {
          if (rows.rowCount() == 0) {
            return Future.failedFuture(new NotFound("There is no LTI registration " + id + "."));
          }
          return setDeployments(conn, id, in.deploymentIds(), true);
        }))
        .recover(err -> Future.failedFuture(conflict(err, in)));
  }

  public Future<Void> setStatus(long id, Registration.Status status) {
    return pool.preparedQuery(SET_STATUS).execute(Tuple.of(id, status.code())).compose(rows -> rows.rowCount() == 0
        ? Future.failedFuture(new NotFound("There is no LTI registration " + id + "."))
        : Future.succeededFuture());
  }

  private static Future<Void> setDeployments(SqlConnection conn, long id, List<String> ids, boolean removeOthers) {
    Future<?> removed = removeOthers
        ? conn.preparedQuery(REMOVE_OTHER_DEPLOYMENTS).execute(Tuple.of(id, (Object) ids.toArray(String[]::new)))
        : Future.succeededFuture();
    return removed.compose(v -> ids.isEmpty() ? Future.succeededFuture()
        : conn.preparedQuery(ADD_DEPLOYMENT).executeBatch(ids.stream().map(d -> Tuple.of(id, d)).toList())).mapEmpty();
  }

  private static Throwable conflict(Throwable err, RegistrationInput in) {
    return AccountRepository.isUniqueViolation(err)
        ? new Conflict("A registration for issuer " + in.issuer() + " with client id " + in.clientId()
            + " already exists: edit that one instead.")
        : err;
  }

  static Registration toRegistration(Row r) {
    return new Registration(r.getLong(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
        r.getString(5), r.getString(6), List.of(r.getArrayOfStrings(7)), Registration.Status.fromCode(r.getString(8)),
        r.getString(9), Arrays.asList(r.getArrayOfStrings(11)), r.getOffsetDateTime(10));
  }
}
