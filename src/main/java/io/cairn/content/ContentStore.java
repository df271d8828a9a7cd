package io.cairn.content;

import io.cairn.authoring.draft.FileDrafts;
import io.cairn.content.files.ContentReader;
import io.cairn.content.files.ContentSet;
import io.cairn.content.files.ModuleWriter;
import io.cairn.content.files.QuizWriter;
import io.cairn.content.files.ModuleBundle;
import io.cairn.content.files.Problem;
import io.cairn.content.model.Framework;
import io.cairn.quiz.model.Quiz;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes what was read from quizzes/ into versioned tables, in one transaction: a new version for
 * each changed framework, module or quiz, the "current" pointers, and the problems found. A file
 * that changed while the web editor published a newer version becomes a draft instead
 * ({@link io.cairn.authoring.draft.FileRule}, docs/authoring.md).
 */
public final class ContentStore {
  static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('cairn-content-load'))";

  static final String FIND_FRAMEWORK = "SELECT id FROM framework_version WHERE framework_id = $1 AND content_hash = $2";
  static final String INSERT_FRAMEWORK = """
      INSERT INTO framework_version (framework_id, version, content_hash, title, status, definition)
      SELECT $1, coalesce(max(version), 0) + 1, $2, $3, $4, $5::text::jsonb
        FROM framework_version WHERE framework_id = $1
      RETURNING id""";
  static final String INSERT_COMPETENCE = """
      INSERT INTO competence (framework_version_id, competence_id, domain_id, title, verified)
      VALUES ($1, $2, $3, $4, $5)""";
  static final String SET_CURRENT_FRAMEWORK = """
      INSERT INTO current_framework (framework_id, framework_version_id) VALUES ($1, $2)
      ON CONFLICT (framework_id) DO UPDATE SET framework_version_id = excluded.framework_version_id""";

  static final String FIND_QUIZ = """
      SELECT id FROM quiz_version
       WHERE quiz_id = $1 AND content_hash = $2 AND framework_version_id = $3""";
  static final String INSERT_QUIZ = """
      INSERT INTO quiz_version (quiz_id, version, content_hash, module_id, framework_version_id, title, source, definition)
      SELECT $1, coalesce(max(version), 0) + 1, $2, $4, $3, $5, 'file', $6::text::jsonb
        FROM quiz_version WHERE quiz_id = $1
      RETURNING id""";
  static final String SET_CURRENT_QUIZ = """
      INSERT INTO current_quiz (quiz_id, quiz_version_id) VALUES ($1, $2)
      ON CONFLICT (quiz_id) DO UPDATE SET quiz_version_id = excluded.quiz_version_id""";

  static final String FIND_MODULE = """
      SELECT id FROM module_version
       WHERE module_id = $1 AND content_hash = $2 AND framework_version_id = $3""";
  static final String INSERT_MODULE = """
      INSERT INTO module_version (module_id, version, content_hash, framework_version_id, title, source, definition)
      SELECT $1, coalesce(max(version), 0) + 1, $2, $3, $4, 'file', $5::text::jsonb
        FROM module_version WHERE module_id = $1
      RETURNING id""";
  static final String SET_CURRENT_MODULE = """
      INSERT INTO current_module (module_id, module_version_id, position, folder) VALUES ($1, $2, $3, $4)
      ON CONFLICT (module_id) DO UPDATE
        SET module_version_id = excluded.module_version_id, position = excluded.position, folder = excluded.folder""";
  /** Where a module's folder sits in the list, whichever version is current. */
  static final String PLACE_MODULE = "UPDATE current_module SET position = $2, folder = $3 WHERE module_id = $1";
  /** Every server instance reloads its catalog on this (see ContentRefresh). */
  public static final String NOTIFY = "SELECT pg_notify('cairn_content', 'files')";
  /** A folder that is gone takes its module off the site; a broken one keeps its last good version. */
  static final String DROP_REMOVED_MODULES = """
      DELETE FROM current_module WHERE folder IS NOT NULL AND NOT (folder = ANY($1))""";

  static final String CLEAR_PROBLEMS = "DELETE FROM content_problem";
  static final String INSERT_PROBLEM = "INSERT INTO content_problem (file, line, path, message) VALUES ($1, $2, $3, $4)";

  private final Pool pool;

  public ContentStore(Pool pool) {
    this.pool = pool;
  }

  /** Stores the content; returns how many new versions were written. */
  public Future<Integer> save(ContentSet content) {
    return pool.withTransaction(conn -> conn.query(LOCK).execute()
        .compose(v -> saveFrameworks(conn, content.frameworks()))
        .compose(frameworks -> saveModules(conn, content, frameworks))
        .compose(created -> saveProblems(conn, content.problems()).map(created)));
  }

  private Future<Map<String, Versioned>> saveFrameworks(SqlConnection conn, List<Framework> frameworks) {
    Map<String, Versioned> ids = new HashMap<>();
    Future<Void> chain = Future.succeededFuture();
    for (Framework f : frameworks) {
      String json = ContentJson.write(f);
      String hash = ContentJson.hash(json);
      chain = chain
          .compose(v -> findOrInsert(conn, FIND_FRAMEWORK, Tuple.of(f.id(), hash),
              INSERT_FRAMEWORK, Tuple.of(f.id(), hash, f.title(), f.status(), json)))
          .compose(version -> (version.created() ? insertCompetences(conn, version.id(), f) : Future.<Void>succeededFuture())
              .compose(v -> conn.preparedQuery(SET_CURRENT_FRAMEWORK).execute(Tuple.of(f.id(), version.id())))
              .map(rows -> {
                ids.put(f.id(), version);
                return null;
              }));
    }
    return chain.map(ids);
  }

  private Future<Void> insertCompetences(SqlConnection conn, long versionId, Framework f) {
    List<Tuple> rows = new ArrayList<>();
    for (Framework.Domain d : f.domains()) {
      for (Framework.Competence c : d.competences()) {
        rows.add(Tuple.of(versionId, c.id(), d.id(), c.title(), c.verified()));
      }
    }
    return rows.isEmpty() ? Future.succeededFuture()
        : conn.preparedQuery(INSERT_COMPETENCE).executeBatch(rows).mapEmpty();
  }

  private Future<Integer> saveModules(SqlConnection conn, ContentSet content, Map<String, Versioned> frameworks) {
    int[] created = {(int) frameworks.values().stream().filter(Versioned::created).count()};
    Future<Void> chain = Future.succeededFuture();
    List<ModuleBundle> modules = content.modules();
    for (int position = 0; position < modules.size(); position++) {
      ModuleBundle b = modules.get(position);
      Versioned framework = frameworks.get(b.module().framework());
      int order = position;
      for (int i = 0; i < b.quizzes().size(); i++) {
        Quiz q = b.quizzes().get(i);
        String path = b.quizFile(i);
        String json = ContentJson.write(q);
        String hash = ContentJson.hash(json);
        Loadable item = new Loadable("quiz", q.id(), path, hash + "@" + framework.id(),
            () -> findOrInsert(conn, FIND_QUIZ, Tuple.of(q.id(), hash, framework.id()),
                INSERT_QUIZ, Tuple.of(q.id(), hash, framework.id(), b.module().id(), q.title(), json)),
            version -> conn.preparedQuery(SET_CURRENT_QUIZ).execute(Tuple.of(q.id(), version)).mapEmpty(),
            () -> FileDrafts.storeDraft(conn, "quiz", q.id(), b.module().id(), path, hash + "@" + framework.id(),
                QuizWriter.write(q), Map.of()));
        chain = chain.compose(v -> load(conn, item, created));
      }
      String json = ContentJson.write(b.module());
      String hash = ContentJson.hash(json);
      String path = "quizzes/" + b.folder() + "/" + ContentReader.MODULE_FILE;
      String key = hash + "@" + framework.id();
      Loadable item = new Loadable("module", b.module().id(), path, key,
          () -> findOrInsert(conn, FIND_MODULE, Tuple.of(b.module().id(), hash, framework.id()),
              INSERT_MODULE, Tuple.of(b.module().id(), hash, framework.id(), b.module().title(), json)),
          version -> conn.preparedQuery(SET_CURRENT_MODULE)
              .execute(Tuple.of(b.module().id(), version, order, b.folder())).mapEmpty(),
          () -> {
            ModuleWriter.ModuleFiles files = ModuleWriter.write(b.module());
            return FileDrafts.storeDraft(conn, "module", b.module().id(), null, path, key, files.moduleYaml(),
                files.markdown());
          });
      chain = chain.compose(v -> load(conn, item, created))
          .compose(v -> conn.preparedQuery(PLACE_MODULE).execute(Tuple.of(b.module().id(), order, b.folder())))
          .mapEmpty();
    }
    List<String> folders = new ArrayList<>(content.skippedModules());
    modules.forEach(m -> folders.add(m.folder()));
    return chain
        .compose(v -> conn.preparedQuery(DROP_REMOVED_MODULES).execute(Tuple.of(folders.toArray(new String[0]))))
        .compose(v -> conn.query(NOTIFY).execute())
        .map(rows -> created[0]);
  }

  /**
   * One quiz or module read from a file: how to find or add its version, make it current, or keep
   * it as a draft when the web editor's version is newer ({@link FileRule}).
   */
  private record Loadable(String kind, String id, String path, String fileKey,
      java.util.function.Supplier<Future<Versioned>> version,
      java.util.function.Function<Long, Future<Void>> makeCurrent,
      java.util.function.Supplier<Future<Void>> keepAsDraft) {}

  private static Future<Void> load(SqlConnection conn, Loadable item, int[] created) {
    return FileDrafts.decide(conn, item.kind(), item.id(), item.fileKey()).compose(outcome -> switch (outcome) {
      case UNCHANGED -> Future.<Void>succeededFuture();
      case DRAFT -> item.keepAsDraft().get();
      case LOAD -> item.version().get().compose(version -> {
        created[0] += version.created() ? 1 : 0;
        return item.makeCurrent().apply(version.id())
            .compose(v -> FileDrafts.loaded(conn, item.kind(), item.id(), item.path(), item.fileKey(),
                version.id(), version.created()));
      });
    });
  }

  private Future<Void> saveProblems(SqlConnection conn, List<Problem> problems) {
    List<Tuple> rows = problems.stream()
        .map(p -> Tuple.of(p.file(), p.line(), p.path(), p.message()))
        .toList();
    return conn.query(CLEAR_PROBLEMS).execute()
        .compose(v -> rows.isEmpty() ? Future.succeededFuture()
            : conn.preparedQuery(INSERT_PROBLEM).executeBatch(rows).mapEmpty());
  }

  private static Future<Versioned> findOrInsert(SqlConnection conn, String find, Tuple findArgs,
      String insert, Tuple insertArgs) {
    return conn.preparedQuery(find).execute(findArgs).compose(found -> {
      if (found.size() > 0) {
        return Future.succeededFuture(new Versioned(found.iterator().next().getLong(0), false));
      }
      return conn.preparedQuery(insert).execute(insertArgs)
          .map(rows -> new Versioned(rows.iterator().next().getLong(0), true));
    });
  }

  /** A version row's id, and whether this load created it. */
  record Versioned(long id, boolean created) {}
}
