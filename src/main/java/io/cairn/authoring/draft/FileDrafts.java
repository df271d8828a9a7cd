package io.cairn.authoring.draft;

import io.cairn.authoring.draft.FileRule.Current;
import io.cairn.authoring.draft.FileRule.Seen;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.Map;

/**
 * The start-up's side of the file-versus-editor rule: what the last load saw of each file, the
 * current version's origin, and the draft a changed file becomes when the web version is newer.
 * Runs inside the content load's transaction.
 */
public final class FileDrafts {
  static final String SEEN = "SELECT file_hash, loaded_version_id FROM content_file_state WHERE kind = $1 AND content_id = $2";
  static final String CURRENT_QUIZ = """
      SELECT v.id, v.source FROM current_quiz c JOIN quiz_version v ON v.id = c.quiz_version_id WHERE c.quiz_id = $1""";
  static final String CURRENT_MODULE = """
      SELECT v.id, v.source FROM current_module c JOIN module_version v ON v.id = c.module_version_id WHERE c.module_id = $1""";
  static final String REMEMBER = """
      INSERT INTO content_file_state (kind, content_id, file_path, file_hash, loaded_version_id)
      VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (kind, content_id) DO UPDATE SET file_path = excluded.file_path, file_hash = excluded.file_hash,
        loaded_version_id = coalesce(excluded.loaded_version_id, content_file_state.loaded_version_id), seen_at = now()""";
  static final String ORIGIN = """
      INSERT INTO content_version_origin (kind, version_id, origin, file_path, file_hash)
      VALUES ($1, $2, 'file', $3, $4) ON CONFLICT DO NOTHING""";
  static final String UPSERT_DRAFT = """
      INSERT INTO authoring_draft (kind, content_id, module_id, yaml, markdown, base_version_id, origin, label,
                                   file_path, file_hash)
      VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, 'file', $7, $8, $9)
      ON CONFLICT (kind, content_id, (origin = 'file')) WHERE state = 'open'
      DO UPDATE SET yaml = excluded.yaml, markdown = excluded.markdown, base_version_id = excluded.base_version_id,
        file_path = excluded.file_path, file_hash = excluded.file_hash, revision = authoring_draft.revision + 1,
        updated_at = now()""";

  private FileDrafts() {}

  /** The last load's view of this file and the current version, decided by {@link FileRule}. */
  public static Future<FileRule.Outcome> decide(SqlConnection conn, String kind, String id, String fileKey) {
    Future<Seen> seen = conn.preparedQuery(SEEN).execute(Tuple.of(kind, id)).map(rows -> {
      if (rows.size() == 0) {
        return null;
      }
      Row r = rows.iterator().next();
      return new Seen(r.getString(0), r.getLong(1));
    });
    Future<Current> current = seen.compose(s -> conn.preparedQuery(kind.equals("quiz") ? CURRENT_QUIZ : CURRENT_MODULE)
        .execute(Tuple.of(id)).map(rows -> {
          if (rows.size() == 0) {
            return null;
          }
          Row r = rows.iterator().next();
          return new Current(r.getLong(0), !"file".equals(r.getString(1)));
        }));
    return current.map(c -> FileRule.decide(fileKey, seen.result(), c));
  }

  /** The file's content became (or already was) the version {@code versionId}. */
  public static Future<Void> loaded(SqlConnection conn, String kind, String id, String path, String fileKey,
      long versionId, boolean created) {
    Future<Void> origin = created
        ? conn.preparedQuery(ORIGIN).execute(Tuple.of(kind, versionId, path, fileKey)).mapEmpty()
        : Future.succeededFuture();
    return origin.compose(v -> conn.preparedQuery(REMEMBER).execute(Tuple.of(kind, id, path, fileKey, versionId)))
        .mapEmpty();
  }

  /** The file changed but the web version is newer: keep the file's content as a draft beside it. */
  public static Future<Void> storeDraft(SqlConnection conn, String kind, String id, String moduleId, String path,
      String fileKey, String yaml, Map<String, String> markdown) {
    return currentVersion(conn, kind, id)
        .compose(base -> conn.preparedQuery(UPSERT_DRAFT).execute(Tuple.of(kind, id, moduleId, yaml,
            new JsonObject(new java.util.HashMap<String, Object>(markdown)).encode(), base, FileRule.CHANGED_IN_FILES, path, fileKey)))
        .compose(v -> conn.preparedQuery(REMEMBER).execute(Tuple.of(kind, id, path, fileKey, null)))
        .mapEmpty();
  }

  private static Future<Long> currentVersion(SqlConnection conn, String kind, String id) {
    return conn.preparedQuery(kind.equals("quiz") ? CURRENT_QUIZ : CURRENT_MODULE).execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getLong(0));
  }
}
