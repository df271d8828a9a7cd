package io.cairn.content.files;

import io.cairn.content.model.Framework;
import io.cairn.content.model.Module;
import io.cairn.quiz.model.Quiz;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the whole content folder: frameworks first, then each module folder on its own, so that a
 * broken module is reported and skipped while the others load.
 */
public final class ContentReader {
  public static final String FRAMEWORKS = "frameworks";
  public static final String MODULE_FILE = "module.yaml";

  private final Path contentDir;
  private final Path webroot;
  private final Path base;

  public ContentReader(Path contentDir, Path webroot) {
    this.contentDir = contentDir.toAbsolutePath().normalize();
    this.webroot = webroot.toAbsolutePath().normalize();
    Path parent = this.contentDir.getParent();
    this.base = parent == null ? this.contentDir : parent;
  }

  public ContentSet read() {
    List<Problem> problems = new ArrayList<>();
    if (!Files.isDirectory(contentDir)) {
      problems.add(new Problem(name(contentDir), 0, "", "the content folder does not exist"));
      return new ContentSet(List.of(), List.of(), problems, List.of());
    }
    Map<String, Framework> frameworks = readFrameworks(problems);
    List<ModuleBundle> modules = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Map<String, String> moduleIds = new HashMap<>();
    Map<String, String> quizIds = new HashMap<>();
    for (Path dir : list(contentDir, Files::isDirectory)) {
      if (dir.getFileName().toString().equals(FRAMEWORKS) || dir.getFileName().toString().startsWith(".")) {
        continue;
      }
      ProblemSink sink = new ProblemSink(name(dir.resolve(MODULE_FILE)));
      Optional<ModuleBundle> bundle = readModule(dir, frameworks, sink);
      bundle.ifPresent(b -> checkUniqueAcrossModules(b, moduleIds, quizIds, sink));
      problems.addAll(sink.problems());
      if (bundle.isPresent() && sink.isEmpty()) {
        modules.add(bundle.get());
      } else {
        skipped.add(dir.getFileName().toString());
      }
    }
    return new ContentSet(List.copyOf(frameworks.values()), modules, problems, skipped);
  }

  private Map<String, Framework> readFrameworks(List<Problem> problems) {
    Map<String, Framework> frameworks = new LinkedHashMap<>();
    Path dir = contentDir.resolve(FRAMEWORKS);
    if (!Files.isDirectory(dir)) {
      problems.add(new Problem(name(dir), 0, "", "no frameworks folder: modules need a framework"));
      return frameworks;
    }
    for (Path file : list(dir, f -> f.toString().endsWith(".json") || f.toString().endsWith(".yaml"))) {
      ProblemSink sink = new ProblemSink(name(file));
      Optional<Framework> framework = FrameworkReader.read(file, sink);
      framework.filter(f -> f.id() != null && frameworks.containsKey(f.id()))
          .ifPresent(f -> sink.add(0, "id", "framework id \"" + f.id() + "\" is used by another file too"));
      if (framework.isPresent() && sink.isEmpty()) {
        frameworks.put(framework.get().id(), framework.get());
      }
      problems.addAll(sink.problems());
    }
    return frameworks;
  }

  private Optional<ModuleBundle> readModule(Path dir, Map<String, Framework> frameworks, ProblemSink sink) {
    Path moduleFile = dir.resolve(MODULE_FILE);
    if (!Files.isRegularFile(moduleFile)) {
      sink.add(0, "", "a module folder needs a " + MODULE_FILE);
      return Optional.empty();
    }
    Optional<YamlObject> root = YamlFile.read(moduleFile, sink);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    YamlObject m = root.get();
    String frameworkId = m.requiredText("framework");
    Framework framework = frameworkId == null ? null : frameworks.get(frameworkId);
    DraftReader.FolderChecks.framework(m, frameworkId, framework != null, frameworks.keySet());
    Set<String> competences = framework == null ? Set.of() : competenceIds(framework);
    List<Quiz> quizzes = new ArrayList<>();
    List<YamlObject> quizYaml = new ArrayList<>();
    List<String> quizFiles = new ArrayList<>();
    for (Path quizFile : list(dir, ContentReader::isQuizFile)) {
      ProblemSink quizSink = sink.forFile(name(quizFile));
      YamlFile.read(quizFile, quizSink).ifPresent(q -> {
        quizzes.add(new QuizReader(competences).read(q));
        quizYaml.add(q);
        quizFiles.add(name(quizFile));
      });
    }
    Set<String> quizIds = quizzes.stream().map(Quiz::id).filter(java.util.Objects::nonNull)
        .collect(Collectors.toSet());
    Module module = new ModuleReader(new ContentFiles(dir, webroot), competences, quizIds).read(m, frameworkId);
    Set<String> used = module.units().stream().map(u -> u.quiz()).filter(java.util.Objects::nonNull)
        .collect(Collectors.toSet());
    for (int i = 0; i < quizzes.size(); i++) {
      DraftReader.FolderChecks.quizUsed(quizYaml.get(i), quizzes.get(i), used);
    }
    return Optional.of(new ModuleBundle(dir.getFileName().toString(), module, quizzes, quizFiles));
  }

  private void checkUniqueAcrossModules(ModuleBundle b, Map<String, String> moduleIds,
      Map<String, String> quizIds, ProblemSink sink) {
    String id = b.module().id();
    if (id != null) {
      String other = moduleIds.putIfAbsent(id, b.folder());
      if (other != null) {
        sink.add(0, "id", "module id \"" + id + "\" is already used by the module in " + other + "/");
      }
    }
    for (Quiz q : b.quizzes()) {
      if (q.id() == null) {
        continue;
      }
      String other = quizIds.putIfAbsent(q.id(), b.folder());
      if (other != null) {
        sink.add(0, "id", "quiz id \"" + q.id() + "\" is already used in " + other + "/");
      }
    }
  }

  static Set<String> competenceIds(Framework f) {
    return f.domains().stream().flatMap(d -> d.competences().stream())
        .map(Framework.Competence::id).collect(Collectors.toSet());
  }

  private static boolean isQuizFile(Path p) {
    String n = p.getFileName().toString();
    return Files.isRegularFile(p) && (n.equals("quiz.yaml") || n.endsWith(".quiz.yaml"));
  }

  private String name(Path p) {
    return base.relativize(p.toAbsolutePath().normalize()).toString();
  }

  private static List<Path> list(Path dir, java.util.function.Predicate<Path> filter) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(filter).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
