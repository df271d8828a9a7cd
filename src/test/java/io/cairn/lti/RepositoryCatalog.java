package io.cairn.lti;

import io.cairn.content.Catalog;
import io.cairn.content.files.ContentReader;
import io.cairn.content.files.ContentSet;
import io.cairn.content.files.ModuleBundle;
import io.cairn.quiz.model.Quiz;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The repository's quizzes/ as a catalog, read from the files without a database (for pure unit tests). */
public final class RepositoryCatalog {
  private RepositoryCatalog() {}

  public static Catalog load() {
    ContentSet set = new ContentReader(Path.of("quizzes").toAbsolutePath(), Path.of("webroot").toAbsolutePath()).read();
    List<Catalog.ModuleEntry> modules = new ArrayList<>();
    Map<String, Catalog.QuizEntry> quizzes = new LinkedHashMap<>();
    long id = 1;
    for (ModuleBundle b : set.modules()) {
      modules.add(new Catalog.ModuleEntry(id++, 1, b.module(), 0));
      for (Quiz q : b.quizzes()) {
        quizzes.put(q.id(), new Catalog.QuizEntry(id++, 1, b.module().id(), q));
      }
    }
    return new Catalog(modules, Map.of(), quizzes);
  }
}
