package io.cairn.authoring.draft;

import io.cairn.errors.Conflict;
import io.cairn.errors.NotFound;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Drafts in the database. Only open drafts change; a published or discarded one is history. */
public final class DraftRepository {
  static final String COLUMNS = """
      d.id, d.kind, d.content_id, d.module_id, d.yaml, d.markdown::text, d.base_version_id, d.origin, d.label,
      d.file_path, d.state, d.revision, d.updated_at, a.display_name, d.published_version_id""";
  static final String FROM = " FROM authoring_draft d LEFT JOIN account a ON a.id = coalesce(d.updated_by, d.created_by)";
  static final String BY_ID = "SELECT " + COLUMNS + FROM + " WHERE d.id = $1";
  static final String LOCK = "SELECT " + COLUMNS + FROM + " WHERE d.id = $1 FOR UPDATE OF d";
  static final String OPEN = "SELECT " + COLUMNS + FROM + " WHERE d.state = 'open' ORDER BY d.kind, d.content_id, d.origin";
  static final String OPEN_FOR = "SELECT " + COLUMNS + FROM
      + " WHERE d.state = 'open' AND d.kind = $1 AND d.content_id = $2 ORDER BY d.origin = 'file', d.id";
  static final String INSERT = """
      INSERT INTO authoring_draft (kind, content_id, module_id, yaml, markdown, base_version_id, origin, label,
                                   created_by, updated_by)
      VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7, $8, $9, $9) RETURNING id""";
  static final String SAVE = """
      UPDATE authoring_draft SET yaml = $3, markdown = $4::text::jsonb, revision = revision + 1, updated_by = $5,
             updated_at = now()
       WHERE id = $1 AND revision = $2 AND state = 'open'""";
  static final String CLOSE = """
      UPDATE authoring_draft SET state = $2, published_version_id = $3, updated_by = $4, updated_at = now()
       WHERE id = $1 AND state = 'open'""";

  private final Pool pool;

  public DraftRepository(Pool pool) {
    this.pool = pool;
  }

  public Future<Draft> get(long id) {
    return one(pool, BY_ID, id).map(d -> d.orElseThrow(() -> new NotFound("There is no draft " + id + ".")));
  }

  /** Locks the draft for the rest of the transaction (publication). */
  static Future<Optional<Draft>> lock(SqlClient tx, long id) {
    return one(tx, LOCK, id);
  }

  public Future<List<Draft>> open() {
    return pool.query(OPEN).execute().map(DraftRepository::drafts);
  }

  /** The open drafts of one quiz or module: the editor's (or an import's) first, then a changed file's. */
  public Future<List<Draft>> openFor(Draft.Kind kind, String contentId) {
    return pool.preparedQuery(OPEN_FOR).execute(Tuple.of(kind.code(), contentId)).map(DraftRepository::drafts);
  }

  public Future<Long> insert(Draft.Kind kind, String contentId, String moduleId, String yaml,
      Map<String, String> markdown, Long baseVersionId, String origin, String label, long account) {
    Tuple args = Tuple.tuple().addValue(kind.code()).addValue(contentId).addValue(moduleId).addValue(yaml)
        .addValue(json(markdown)).addValue(baseVersionId).addValue(origin).addValue(label).addValue(account);
    return pool.preparedQuery(INSERT).execute(args)
        .map(rows -> rows.iterator().next().getLong(0))
        .recover(err -> Future.failedFuture(isUnique(err)
            ? new Conflict("There is already an open draft of " + contentId + ": open it from the list of content.")
            : err));
  }

  /** Saves a new text; refused when someone saved the draft since {@code revision} was read. */
  public Future<Void> save(long id, int revision, String yaml, Map<String, String> markdown, long account) {
    return pool.preparedQuery(SAVE).execute(Tuple.of(id, revision, yaml, json(markdown), account)).compose(rows ->
        rows.rowCount() == 1 ? Future.<Void>succeededFuture() : Future.failedFuture(new Conflict(
            "This draft was changed (or published) since you opened it, so your changes were not saved. "
                + "Open it again to see the latest text.")));
  }

  public Future<Void> discard(long id, long account) {
    return close(pool, id, "discarded", null, account);
  }

  static Future<Void> close(SqlClient client, long id, String state, Long versionId, long account) {
    return client.preparedQuery(CLOSE).execute(Tuple.of(id, state, versionId, account)).compose(rows ->
        rows.rowCount() == 1 ? Future.<Void>succeededFuture()
            : Future.failedFuture(new Conflict("This draft was already published or discarded.")));
  }

  static boolean isUnique(Throwable err) {
    return err instanceof PgException pg && "23505".equals(pg.getSqlState());
  }

  private static String json(Map<String, String> markdown) {
    return new JsonObject(new LinkedHashMap<String, Object>(markdown == null ? Map.of() : markdown)).encode();
  }

  private static Future<Optional<Draft>> one(SqlClient client, String sql, long id) {
    return client.preparedQuery(sql).execute(Tuple.of(id)).map(rows -> drafts(rows).stream().findFirst());
  }

  private static List<Draft> drafts(Iterable<Row> rows) {
    List<Draft> list = new ArrayList<>();
    for (Row r : rows) {
      Map<String, String> markdown = new LinkedHashMap<>();
      new JsonObject(r.getString(5)).forEach(e -> markdown.put(e.getKey(), String.valueOf(e.getValue())));
      list.add(new Draft(r.getLong(0), Draft.Kind.of(r.getString(1)), r.getString(2), r.getString(3), r.getString(4),
          markdown, r.getLong(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getInteger(11),
          r.getOffsetDateTime(12), r.getString(13), r.getLong(14)));
    }
    return list;
  }
}
