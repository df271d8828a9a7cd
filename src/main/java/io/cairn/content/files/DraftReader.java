package io.cairn.content.files;

import io.cairn.content.model.Module;
import io.cairn.quiz.model.Quiz;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a quiz or module given as text rather than as a folder (an editor draft, an upload) with
 * the same readers and checks as {@link ContentReader}, so the messages are the same as for files.
 * Lines refer to the given text.
 */
public final class DraftReader {
  private DraftReader() {}

  /** What was read (absent when the text is not even a YAML mapping) and every problem found. */
  public record Reading<T>(Optional<T> value, List<Problem> problems) {
    public boolean valid() {
      return value.isPresent() && problems.isEmpty();
    }
  }

  /**
   * @param file the name problems are reported under
   * @param competences the competence ids of the module's framework
   * @param unitQuizIds the quiz ids the module's units use, to report a quiz no unit uses as a folder
   *     would; null to leave that check out
   */
  public static Reading<Quiz> quiz(String file, String yaml, Set<String> competences, Set<String> unitQuizIds) {
    ProblemSink sink = new ProblemSink(file);
    Optional<Quiz> quiz = YamlFile.parse(yaml, sink).map(root -> {
      Quiz q = new QuizReader(competences).read(root);
      if (unitQuizIds != null) {
        FolderChecks.quizUsed(root, q, unitQuizIds);
      }
      return q;
    });
    return new Reading<>(quiz, sink.problems());
  }

  /**
   * @param markdown the markdown files the units name, by file name
   * @param frameworks the competence ids of each known framework, by framework id
   * @param quizIds the ids of the quizzes that belong to the module
   */
  public static Reading<Module> module(String file, String yaml, Map<String, String> markdown, Path webroot,
      Map<String, Set<String>> frameworks, Set<String> quizIds) {
    ProblemSink sink = new ProblemSink(file);
    Optional<Module> module = YamlFile.parse(yaml, sink).map(m -> {
      String frameworkId = m.requiredText("framework");
      Set<String> competences = frameworkId == null ? null : frameworks.get(frameworkId);
      FolderChecks.framework(m, frameworkId, competences != null, frameworks.keySet());
      return new ModuleReader(ContentFiles.inMemory(markdown, webroot),
          competences == null ? Set.of() : competences, quizIds).read(m, frameworkId);
    });
    return new Reading<>(module, sink.problems());
  }

  /** Checks a folder reader makes beyond the single file: one wording for both paths. */
  static final class FolderChecks {
    private FolderChecks() {}

    static void framework(YamlObject m, String frameworkId, boolean known, Collection<String> loaded) {
      if (frameworkId != null && !known) {
        m.problem("framework", "unknown framework \"" + frameworkId + "\"; frameworks loaded: "
            + (loaded.isEmpty() ? "none" : String.join(", ", loaded)));
      }
    }

    static void quizUsed(YamlObject quizYaml, Quiz q, Set<String> unitQuizIds) {
      if (q.id() != null && !unitQuizIds.contains(q.id())) {
        // reported in the quiz file, at its id: that is the file to use in a unit or remove
        quizYaml.problem("id", "quiz \"" + q.id() + "\" is not used by any unit of " + ContentReader.MODULE_FILE
            + "; add a unit with quiz: " + q.id() + ", or remove the file");
      }
    }
  }
}
