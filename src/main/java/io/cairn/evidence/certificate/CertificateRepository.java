package io.cairn.evidence.certificate;

import com.fasterxml.jackson.core.type.TypeReference;
import io.cairn.content.ContentJson;
import io.cairn.errors.Conflict;
import io.cairn.errors.NotFound;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Certificates of participation: issued once per learner and module, verified by code, revoked by an admin. */
public final class CertificateRepository {
  static final String COLUMNS = """
      code, account_id, holder_name, holder_erased_at, module_id, module_version, module_title, cpd_minutes,
      completed_at, competences::text, statement, issued_at, revoked_at, revoke_reason""";
  /** Does nothing when the learner already has a live certificate for the module. */
  static final String ISSUE = """
      INSERT INTO certificate (code, account_id, holder_name, module_id, module_version_id, module_version, module_title,
                               cpd_minutes, completed_at, framework_version_id, competences, statement)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::text::jsonb, $12)
      ON CONFLICT (account_id, module_id) WHERE revoked_at IS NULL DO NOTHING""";
  static final String LIVE = "SELECT " + COLUMNS
      + " FROM certificate WHERE account_id = $1 AND module_id = $2 AND revoked_at IS NULL";
  static final String BY_CODE = "SELECT " + COLUMNS + " FROM certificate WHERE code = $1";
  static final String REVOKE = """
      UPDATE certificate SET revoked_at = now(), revoked_by = $2, revoke_reason = $3
       WHERE code = $1 AND revoked_at IS NULL""";

  private static final TypeReference<List<Certificate.Competence>> COMPETENCES = new TypeReference<>() {};

  /** What a new certificate says. */
  public record Issue(long accountId, String holderName, String moduleId, long moduleVersionId, int moduleVersion,
      String moduleTitle, int cpdMinutes, Instant completedAt, Long frameworkVersionId,
      List<Certificate.Competence> competences, String statement) {}

  /** Issues the certificate, or returns the live one the learner already has for the module. */
  public Future<Certificate> issue(SqlClient db, Issue i) {
    Tuple args = Tuple.tuple().addString(VerificationCode.generate()).addLong(i.accountId()).addString(i.holderName())
        .addString(i.moduleId()).addLong(i.moduleVersionId()).addInteger(i.moduleVersion()).addString(i.moduleTitle())
        .addInteger(i.cpdMinutes()).addOffsetDateTime(i.completedAt().atOffset(ZoneOffset.UTC))
        .addValue(i.frameworkVersionId()).addString(ContentJson.write(i.competences())).addString(i.statement());
    return db.preparedQuery(ISSUE).execute(args)
        .compose(v -> db.preparedQuery(LIVE).execute(Tuple.of(i.accountId(), i.moduleId())))
        .map(rows -> map(rows.iterator().next()));
  }

  public Future<Optional<Certificate>> byCode(SqlClient db, String code) {
    return db.preparedQuery(BY_CODE).execute(Tuple.of(code))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next())));
  }

  public Future<Void> revoke(SqlClient db, String code, long adminId, String reason) {
    return db.preparedQuery(REVOKE).execute(Tuple.of(code, adminId, reason)).compose(rows -> rows.rowCount() > 0
        ? Future.<Void>succeededFuture()
        : byCode(db, code).map(found -> {
          throw found.isPresent() ? new Conflict("This certificate was already revoked.")
              : new NotFound("There is no certificate with this code.");
        }));
  }

  static Certificate map(Row r) {
    return new Certificate(r.getString(0), r.getLong(1), r.getString(2), instant(r.getOffsetDateTime(3)),
        r.getString(4), r.getInteger(5), r.getString(6), r.getInteger(7), instant(r.getOffsetDateTime(8)),
        ContentJson.read(r.getString(9), COMPETENCES), r.getString(10), instant(r.getOffsetDateTime(11)),
        instant(r.getOffsetDateTime(12)), r.getString(13));
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
