package io.cairn.content;

import io.cairn.content.Catalog.FrameworkEntry;
import io.cairn.content.Catalog.ModuleEntry;
import io.cairn.content.Catalog.QuizEntry;
import io.cairn.content.model.Framework;
import io.cairn.content.model.Module;
import io.cairn.quiz.model.Quiz;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the current versions of all content into a {@link Catalog}. */
public final class CatalogRepository {
  static final String CURRENT_FRAMEWORKS = """
      SELECT v.id, v.version, v.definition::text
        FROM current_framework c JOIN framework_version v ON v.id = c.framework_version_id""";
  static final String CURRENT_MODULES = """
      SELECT v.id, v.version, v.definition::text, v.framework_version_id
        FROM current_module c JOIN module_version v ON v.id = c.module_version_id
       ORDER BY c.position, c.module_id""";
  static final String CURRENT_QUIZZES = """
      SELECT v.id, v.version, v.module_id, v.definition::text
        FROM current_quiz c JOIN quiz_version v ON v.id = c.quiz_version_id""";

  private final Pool pool;

  public CatalogRepository(Pool pool) {
    this.pool = pool;
  }

  public Future<Catalog> load() {
    Future<Map<String, FrameworkEntry>> frameworks = pool.query(CURRENT_FRAMEWORKS).execute().map(rows -> {
      Map<String, FrameworkEntry> byId = new LinkedHashMap<>();
      for (Row r : rows) {
        Framework f = ContentJson.read(r.getString(2), Framework.class);
        byId.put(f.id(), new FrameworkEntry(r.getLong(0), r.getInteger(1), f));
      }
      return byId;
    });
    Future<List<ModuleEntry>> modules = pool.query(CURRENT_MODULES).execute().map(rows -> {
      List<ModuleEntry> list = new ArrayList<>();
      for (Row r : rows) {
        list.add(new ModuleEntry(r.getLong(0), r.getInteger(1),
            ContentJson.read(r.getString(2), Module.class), r.getLong(3)));
      }
      return List.copyOf(list);
    });
    Future<Map<String, QuizEntry>> quizzes = pool.query(CURRENT_QUIZZES).execute().map(rows -> {
      Map<String, QuizEntry> byId = new LinkedHashMap<>();
      for (Row r : rows) {
        Quiz q = ContentJson.read(r.getString(3), Quiz.class);
        byId.put(q.id(), new QuizEntry(r.getLong(0), r.getInteger(1), r.getString(2), q));
      }
      return byId;
    });
    return Future.all(frameworks, modules, quizzes)
        .map(all -> new Catalog(modules.result(), Map.copyOf(frameworks.result()), Map.copyOf(quizzes.result())));
  }
}
