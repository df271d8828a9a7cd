package io.cairn.authoring.draft;

import io.cairn.content.ContentJson;
import io.cairn.errors.Conflict;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * Publishes a validated draft in one transaction: a new immutable version (or, when the same
 * content was published before, that version again), the current pointer, where it came from, the
 * draft closed, and a notification on which every server instance reloads its catalog.
 */
public final class Publisher {
  static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('cairn-content-load'))";
  static final String FIND_QUIZ = """
      SELECT id FROM quiz_version WHERE quiz_id = $1 AND content_hash = $2 AND framework_version_id = $3""";
  static final String INSERT_QUIZ = """
      INSERT INTO quiz_version (quiz_id, version, content_hash, module_id, framework_version_id, title, source, definition)
      SELECT $1, coalesce(max(version), 0) + 1, $2, $4, $3, $5, $6, $7::text::jsonb
        FROM quiz_version WHERE quiz_id = $1
      RETURNING id""";
  static final String CURRENT_QUIZ = """
      INSERT INTO current_quiz (quiz_id, quiz_version_id) VALUES ($1, $2)
      ON CONFLICT (quiz_id) DO UPDATE SET quiz_version_id = excluded.quiz_version_id""";
  static final String FIND_MODULE = """
      SELECT id FROM module_version WHERE module_id = $1 AND content_hash = $2 AND framework_version_id = $3""";
  static final String INSERT_MODULE = """
      INSERT INTO module_version (module_id, version, content_hash, framework_version_id, title, source, definition)
      SELECT $1, coalesce(max(version), 0) + 1, $2, $3, $4, $5, $6::text::jsonb
        FROM module_version WHERE module_id = $1
      RETURNING id""";
  /** A module first published from the editor goes last in the list and has no folder. */
  static final String CURRENT_MODULE = """
      INSERT INTO current_module (module_id, module_version_id, position, folder)
      SELECT $1, $2, coalesce(max(position), -1) + 1, NULL FROM current_module
      ON CONFLICT (module_id) DO UPDATE SET module_version_id = excluded.module_version_id""";
  static final String ORIGIN = """
      INSERT INTO content_version_origin (kind, version_id, origin, file_path, file_hash, draft_id, account_id, label)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING""";
  static final String FILE_LOADED = """
      UPDATE content_file_state SET loaded_version_id = $3 WHERE kind = $1 AND content_id = $2""";
  static final String FILE_HASH = "SELECT file_hash FROM authoring_draft WHERE id = $1";

  /** What a validated draft publishes. */
  record Publication(String title, Object definition, long frameworkVersionId) {}

  /** The version a publication made current, and whether it is new. */
  public record Published(long versionId, boolean created) {}

  private final Pool pool;

  Publisher(Pool pool) {
    this.pool = pool;
  }

  /**
   * @param check validates the locked draft and returns what to publish, or fails with the problems
   */
  Future<Published> publish(long draftId, int revision, long account,
      java.util.function.Function<Draft, Future<Publication>> check) {
    return pool.withTransaction(tx -> tx.query(LOCK).execute()
        .compose(v -> DraftRepository.lock(tx, draftId))
        .compose(found -> {
          Draft d = found.orElseThrow(() -> new io.cairn.errors.NotFound("There is no draft " + draftId + "."));
          if (!d.open()) {
            return Future.failedFuture(new Conflict("This draft was already " + d.state()
                + "; published versions never change. Edit the quiz or module again to make a new draft."));
          }
          if (d.revision() != revision) {
            return Future.failedFuture(new Conflict("This draft was saved again since you opened it. "
                + "Review the latest text, then publish."));
          }
          return check.apply(d).compose(p -> write(tx, d, p, account));
        }));
  }

  private Future<Published> write(SqlConnection tx, Draft d, Publication p, long account) {
    String json = ContentJson.write(p.definition());
    String hash = ContentJson.hash(json);
    String source = d.fromFile() ? "file" : "editor";
    boolean quiz = d.kind() == Draft.Kind.QUIZ;
    Future<Published> version = quiz
        ? findOrInsert(tx, FIND_QUIZ, Tuple.of(d.contentId(), hash, p.frameworkVersionId()), INSERT_QUIZ,
            Tuple.tuple().addValue(d.contentId()).addValue(hash).addValue(p.frameworkVersionId())
                .addValue(d.moduleId()).addValue(p.title()).addValue(source).addValue(json))
        : findOrInsert(tx, FIND_MODULE, Tuple.of(d.contentId(), hash, p.frameworkVersionId()), INSERT_MODULE,
            Tuple.of(d.contentId(), hash, p.frameworkVersionId(), p.title(), source, json));
    return version.compose(v -> tx.preparedQuery(quiz ? CURRENT_QUIZ : CURRENT_MODULE)
            .execute(Tuple.of(d.contentId(), v.versionId()))
            .compose(r -> v.created() ? origin(tx, d, v.versionId(), account) : Future.succeededFuture())
            .compose(r -> DraftRepository.close(tx, d.id(), "published", v.versionId(), account))
            .compose(r -> d.fromFile()
                ? tx.preparedQuery(FILE_LOADED).execute(Tuple.of(d.kind().code(), d.contentId(), v.versionId())).mapEmpty()
                : Future.<Void>succeededFuture())
            .compose(r -> tx.preparedQuery(ContentRefresh.NOTIFY).execute(Tuple.of(d.kind().code() + ":" + d.contentId())))
            .map(r -> v));
  }

  private static Future<Void> origin(SqlConnection tx, Draft d, long versionId, long account) {
    return tx.preparedQuery(FILE_HASH).execute(Tuple.of(d.id())).compose(rows -> {
      String fileHash = rows.iterator().next().getString(0);
      return tx.preparedQuery(ORIGIN).execute(Tuple.tuple().addValue(d.kind().code()).addValue(versionId)
          .addValue(d.origin()).addValue(d.filePath()).addValue(fileHash).addValue(d.id()).addValue(account)
          .addValue(d.label())).mapEmpty();
    });
  }

  private static Future<Published> findOrInsert(SqlConnection tx, String find, Tuple findArgs, String insert,
      Tuple insertArgs) {
    return tx.preparedQuery(find).execute(findArgs).compose(found -> found.size() > 0
        ? Future.succeededFuture(new Published(found.iterator().next().getLong(0), false))
        : tx.preparedQuery(insert).execute(insertArgs).map(rows -> new Published(rows.iterator().next().getLong(0), true)));
  }
}
