package io.cairn.quiz;

import io.cairn.content.ContentJson;
import io.cairn.errors.NotFound;
import io.cairn.quiz.model.Quiz;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Quiz versions by id. A published version never changes, so once read it is kept in memory for
 * good: rendering a quiz page costs no query for the quiz itself.
 */
public final class QuizVersions {
  static final String BY_ID = """
      SELECT v.id, v.quiz_id, v.version, v.module_id, v.framework_version_id, v.definition::text
        FROM quiz_version v WHERE v.id = $1""";

  /** An immutable quiz version with what evidence needs to trace back to it. */
  public record QuizVersion(long id, String quizId, int version, String moduleId, long frameworkVersionId, Quiz quiz) {}

  private final Pool pool;
  private final Map<Long, QuizVersion> cache = new ConcurrentHashMap<>();

  public QuizVersions(Pool pool) {
    this.pool = pool;
  }

  public Future<QuizVersion> get(long id) {
    QuizVersion cached = cache.get(id);
    if (cached != null) {
      return Future.succeededFuture(cached);
    }
    return pool.preparedQuery(BY_ID).execute(Tuple.of(id)).map(rows -> {
      if (rows.size() == 0) {
        throw new NotFound("There is no quiz version " + id + ".");
      }
      Row r = rows.iterator().next();
      QuizVersion v = new QuizVersion(r.getLong(0), r.getString(1), r.getInteger(2), r.getString(3),
          r.getLong(4), ContentJson.read(r.getString(5), Quiz.class));
      cache.putIfAbsent(id, v);
      return v;
    });
  }
}
