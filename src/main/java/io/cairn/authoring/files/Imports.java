package io.cairn.authoring.files;

import io.cairn.authoring.draft.AuthoringService;
import io.cairn.authoring.draft.DraftContext;
import io.cairn.authoring.draft.ProblemsFound;
import io.cairn.content.files.DraftReader;
import io.cairn.content.files.Problem;
import io.cairn.content.model.Module;
import io.cairn.errors.Conflict;
import io.cairn.quiz.model.Quiz;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Files into drafts: a quiz file into a draft of that quiz in a module, a module zip into drafts of
 * the module and its quizzes. Validated by the same readers as quizzes/, with the same messages;
 * an upload with any problem makes no draft.
 */
public final class Imports {
  public static final String LABEL = "imported from a file";

  private final AuthoringService service;

  public Imports(AuthoringService service) {
    this.service = service;
  }

  /** @return the new draft's id */
  public Future<Long> quiz(String fileName, String yaml, String moduleId, long account) {
    return service.context().compose(ctx -> {
      var reading = DraftReader.quiz(fileName, yaml, ctx.competencesOf(moduleId), null);
      if (!reading.valid()) {
        return Future.failedFuture(new ProblemsFound(reading.problems()));
      }
      return service.createQuizDraft(reading.value().get(), moduleId, LABEL, account)
          .map(AuthoringService.Created::draftId);
    });
  }

  /** @return the module draft's id */
  public Future<Long> module(ModuleZip.Folder folder, long account) {
    return service.context().compose(ctx -> {
      List<Problem> problems = new ArrayList<>();
      Set<String> quizIds = new TreeSet<>();
      List<Quiz> quizzes = new ArrayList<>();
      var first = DraftReader.module("module.yaml", folder.moduleYaml(), folder.markdown(), ctx.webroot(),
          ctx.frameworks(), Set.of());
      String moduleId = first.value().map(Module::id).orElse(null);
      Set<String> competences = first.value().map(m -> ctx.frameworks().get(m.framework())).orElse(null);
      Set<String> unitQuizzes = new TreeSet<>();
      first.value().ifPresent(m -> m.units().forEach(u -> {
        if (u.quiz() != null) {
          unitQuizzes.add(u.quiz());
        }
      }));
      for (Map.Entry<String, String> q : folder.quizzes().entrySet()) {
        var r = DraftReader.quiz(q.getKey(), q.getValue(), competences == null ? Set.of() : competences, unitQuizzes);
        problems.addAll(r.problems());
        r.value().ifPresent(quiz -> {
          quizzes.add(quiz);
          quizIds.add(quiz.id());
        });
      }
      if (moduleId != null) {
        quizIds.addAll(ctx.quizIdsOf(moduleId, false));
      }
      var module = DraftReader.module("module.yaml", folder.moduleYaml(), folder.markdown(), ctx.webroot(),
          ctx.frameworks(), quizIds);
      problems.addAll(0, module.problems());
      if (!problems.isEmpty() || module.value().isEmpty()) {
        return Future.failedFuture(new ProblemsFound(problems));
      }
      return moduleDraft(ctx, module.value().get(), account)
          .compose(id -> quizDrafts(quizzes, module.value().get().id(), account, 0).map(id));
    });
  }

  private Future<Long> moduleDraft(DraftContext ctx, Module m, long account) {
    if (ctx.catalog().quiz(m.id()).isPresent()) {
      return Future.failedFuture(new Conflict("The id " + m.id() + " is already used by a quiz."));
    }
    if (ctx.catalog().module(m.id()).isEmpty()) {
      return service.newModule(m, account);
    }
    return service.editModule(m.id(), account).compose(d -> service.saveModule(d, d.revision(), m, account).map(d.id()));
  }

  private Future<Void> quizDrafts(List<Quiz> quizzes, String moduleId, long account, int i) {
    if (i == quizzes.size()) {
      return Future.succeededFuture();
    }
    return service.createQuizDraft(quizzes.get(i), moduleId, LABEL, account)
        .compose(c -> quizDrafts(quizzes, moduleId, account, i + 1));
  }
}
