package io.cairn.content;

import io.cairn.content.model.Framework;
import io.cairn.content.model.Module;
import io.cairn.quiz.model.Quiz;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content served now: an immutable snapshot of the current versions, shared by every request.
 * Published versions never change, so holding them in memory is safe; a new load replaces the
 * whole snapshot.
 */
public record Catalog(
    List<ModuleEntry> modules,
    Map<String, FrameworkEntry> frameworks,
    Map<String, QuizEntry> quizzes) {

  public record ModuleEntry(long versionId, int version, Module module, long frameworkVersionId) {}

  public record FrameworkEntry(long versionId, int version, Framework framework) {}

  public record QuizEntry(long versionId, int version, String moduleId, Quiz quiz) {}

  public Optional<ModuleEntry> module(String moduleId) {
    return modules.stream().filter(m -> m.module().id().equals(moduleId)).findFirst();
  }

  public Optional<FrameworkEntry> framework(String frameworkId) {
    return Optional.ofNullable(frameworks.get(frameworkId));
  }

  public Optional<QuizEntry> quiz(String quizId) {
    return Optional.ofNullable(quizzes.get(quizId));
  }
}
