package io.cairn.authoring.draft;

import io.cairn.content.Catalog;
import io.cairn.content.files.DraftReader;
import io.cairn.content.files.DraftReader.Reading;
import io.cairn.content.model.Framework;
import io.cairn.content.model.Module;
import io.cairn.content.model.Unit;
import io.cairn.quiz.model.Quiz;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a draft is validated against: the catalog of published content and the other open drafts.
 * Pure: the same readers as for files ({@link DraftReader}), so the messages are the same.
 */
public record DraftContext(Catalog catalog, List<Draft> openDrafts, Path webroot) {

  public Reading<Quiz> quiz(String file, String yaml, String moduleId) {
    return DraftReader.quiz(file, yaml, competencesOf(moduleId), unitQuizIds(moduleId));
  }

  /** @param publishing true when publishing: units may then only use published quizzes */
  public Reading<Module> module(String file, String yaml, Map<String, String> markdown, String moduleId,
      boolean publishing) {
    return DraftReader.module(file, yaml, markdown, webroot, frameworks(), quizIdsOf(moduleId, publishing));
  }

  public Map<String, Set<String>> frameworks() {
    Map<String, Set<String>> all = new HashMap<>();
    catalog.frameworks().values().forEach(f -> all.put(f.framework().id(), competences(f.framework())));
    return all;
  }

  /** The framework a module's units and quizzes use: its draft's, else its published version's. */
  public Optional<Framework> frameworkOf(String moduleId) {
    return module(moduleId).flatMap(m -> catalog.framework(m.framework())).map(Catalog.FrameworkEntry::framework);
  }

  /** The module as its open editor draft has it, else as published. */
  public Optional<Module> module(String moduleId) {
    Optional<Module> drafted = openDrafts.stream()
        .filter(d -> d.kind() == Draft.Kind.MODULE && d.contentId().equals(moduleId) && !d.fromFile())
        .findFirst()
        .flatMap(d -> DraftReader.module(d.fileName(), d.yaml(), d.markdown(), webroot, frameworks(),
            quizIdsOf(moduleId, false)).value());
    return drafted.or(() -> catalog.module(moduleId).map(Catalog.ModuleEntry::module));
  }

  public Set<String> competencesOf(String moduleId) {
    return frameworkOf(moduleId).map(DraftContext::competences).orElse(Set.of());
  }

  /** The quizzes the module's units use, in its published version or its draft. */
  public Set<String> unitQuizIds(String moduleId) {
    Set<String> ids = new TreeSet<>();
    catalog.module(moduleId).ifPresent(m -> m.module().units().forEach(u -> add(ids, u)));
    module(moduleId).ifPresent(m -> m.units().forEach(u -> add(ids, u)));
    return ids;
  }

  /** The quizzes of a module: published ones, and (unless publishing) those with an open draft. */
  public Set<String> quizIdsOf(String moduleId, boolean publishedOnly) {
    Set<String> ids = catalog.quizzes().values().stream().filter(q -> moduleId.equals(q.moduleId()))
        .map(q -> q.quiz().id()).collect(Collectors.toCollection(TreeSet::new));
    if (!publishedOnly) {
      openDrafts.stream().filter(d -> d.kind() == Draft.Kind.QUIZ && moduleId.equals(d.moduleId()))
          .map(Draft::contentId).forEach(ids::add);
    }
    return ids;
  }

  /** Whether an id is taken by any published or drafted quiz or module. */
  public boolean idTaken(String id) {
    return catalog.quiz(id).isPresent() || catalog.module(id).isPresent()
        || openDrafts.stream().anyMatch(d -> d.contentId().equals(id));
  }

  public static Set<String> competences(Framework f) {
    return f.domains().stream().flatMap(d -> d.competences().stream()).map(Framework.Competence::id)
        .collect(Collectors.toSet());
  }

  private static void add(Set<String> ids, Unit u) {
    if (u.quiz() != null) {
      ids.add(u.quiz());
    }
  }

  /** The current version id of a quiz or module, or null when it was never published. */
  public Long currentVersion(Draft.Kind kind, String id) {
    return kind == Draft.Kind.QUIZ
        ? catalog.quiz(id).map(Catalog.QuizEntry::versionId).orElse(null)
        : catalog.module(id).map(Catalog.ModuleEntry::versionId).orElse(null);
  }

  /** A draft made from a version that is no longer current (a file or another draft was published since). */
  public boolean stale(Draft d) {
    Long current = currentVersion(d.kind(), d.contentId());
    return current != null && !Objects.equals(current, d.baseVersionId());
  }
}
