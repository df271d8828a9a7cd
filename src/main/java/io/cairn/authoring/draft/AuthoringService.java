package io.cairn.authoring.draft;

import io.cairn.content.Catalog;
import io.cairn.content.files.DraftReader.Reading;
import io.cairn.content.files.ModuleWriter;
import io.cairn.content.files.Problem;
import io.cairn.content.files.QuizWriter;
import io.cairn.content.model.Module;
import io.cairn.content.model.Unit;
import io.cairn.content.model.UnitType;
import io.cairn.errors.Conflict;
import io.cairn.errors.NotFound;
import io.cairn.quiz.model.Quiz;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Drafts of quizzes and modules and their publication. A draft is always the writer's text of a
 * model, validated by the same readers as files. This is also the entry point for importers
 * (GIFT, QTI): {@link #createQuizDraft}.
 */
public final class AuthoringService {
  private final DraftRepository drafts;
  private final Publisher publisher;
  private final Supplier<Catalog> catalog;
  private final ContentRefresh refresh;
  private final Path webroot;

  /** @param refresh reloads this instance's catalog after publishing; null to rely on notifications */
  public AuthoringService(Pool pool, Supplier<Catalog> catalog, ContentRefresh refresh, Path webroot) {
    this.drafts = new DraftRepository(pool);
    this.publisher = new Publisher(pool);
    this.catalog = catalog;
    this.refresh = refresh;
    this.webroot = webroot;
  }

  /** A new draft and what the validator says about it now (it may be saved with problems left to fix). */
  public record Created(long draftId, List<Problem> problems) {}

  public DraftRepository drafts() {
    return drafts;
  }

  /** The catalog and every open draft, to validate against. */
  public Future<DraftContext> context() {
    return drafts.open().map(open -> new DraftContext(catalog.get(), open, webroot));
  }

  /**
   * Makes a draft of a quiz from a model, e.g. one read from GIFT or QTI. When the quiz exists the
   * draft replaces its content (and is based on its current version); when no unit of the module
   * uses it, a quiz unit is added to the module's draft.
   *
   * @param sourceLabel shown with the draft, e.g. "imported from GIFT"
   */
  public Future<Created> createQuizDraft(Quiz quiz, String moduleId, String sourceLabel, long account) {
    return context().compose(ctx -> {
      if (ctx.module(moduleId).isEmpty()) {
        return Future.failedFuture(new NotFound("There is no module " + moduleId + "."));
      }
      String owner = ctx.catalog().quiz(quiz.id()).map(Catalog.QuizEntry::moduleId).orElse(moduleId);
      if (!owner.equals(moduleId) || ctx.catalog().module(quiz.id()).isPresent()) {
        return Future.failedFuture(new Conflict("The id " + quiz.id() + " is already used by other content."));
      }
      String yaml = QuizWriter.write(quiz);
      Long base = ctx.currentVersion(Draft.Kind.QUIZ, quiz.id());
      String origin = sourceLabel == null ? "editor" : "import";
      return drafts.insert(Draft.Kind.QUIZ, quiz.id(), moduleId, yaml, Map.of(), base, origin, sourceLabel, account)
          .compose(id -> ensureQuizUnit(ctx, moduleId, quiz, account)
              .compose(v -> context())
              .map(after -> new Created(id, after.quiz("draft of " + quiz.id() + "/quiz.yaml", yaml, moduleId).problems())));
    });
  }

  /** The open editor draft of a quiz, or a new one made from its current version. */
  public Future<Draft> editQuiz(String quizId, long account) {
    return drafts.openFor(Draft.Kind.QUIZ, quizId).compose(open -> {
      var mine = open.stream().filter(d -> !d.fromFile()).findFirst();
      if (mine.isPresent()) {
        return Future.succeededFuture(mine.get());
      }
      Catalog.QuizEntry entry = catalog.get().quiz(quizId)
          .orElseThrow(() -> new NotFound("There is no quiz " + quizId + "."));
      return drafts.insert(Draft.Kind.QUIZ, quizId, entry.moduleId(), QuizWriter.write(entry.quiz()), Map.of(),
          entry.versionId(), "editor", null, account).compose(drafts::get);
    });
  }

  /** The open editor draft of a module, or a new one made from its current version. */
  public Future<Draft> editModule(String moduleId, long account) {
    return drafts.openFor(Draft.Kind.MODULE, moduleId).compose(open -> {
      var mine = open.stream().filter(d -> !d.fromFile()).findFirst();
      if (mine.isPresent()) {
        return Future.succeededFuture(mine.get());
      }
      Catalog.ModuleEntry entry = catalog.get().module(moduleId)
          .orElseThrow(() -> new NotFound("There is no module " + moduleId + "."));
      ModuleWriter.ModuleFiles files = ModuleWriter.write(entry.module());
      return drafts.insert(Draft.Kind.MODULE, moduleId, null, files.moduleYaml(), files.markdown(),
          entry.versionId(), "editor", null, account).compose(drafts::get);
    });
  }

  /** A new module, as a draft. */
  public Future<Long> newModule(Module module, long account) {
    return context().compose(ctx -> {
      if (ctx.idTaken(module.id())) {
        return Future.failedFuture(new Conflict("The id " + module.id() + " is already used: choose another."));
      }
      ModuleWriter.ModuleFiles files = ModuleWriter.write(module);
      return drafts.insert(Draft.Kind.MODULE, module.id(), null, files.moduleYaml(), files.markdown(), null,
          "editor", null, account);
    });
  }

  /** A new quiz of a module, as a draft; the module's draft gets a quiz unit for it. */
  public Future<Long> newQuiz(Quiz quiz, String moduleId, long account) {
    return context().compose(ctx -> ctx.idTaken(quiz.id())
        ? Future.failedFuture(new Conflict("The id " + quiz.id() + " is already used: choose another."))
        : createQuizDraft(quiz, moduleId, null, account).map(Created::draftId));
  }

  public Future<Void> saveQuiz(Draft d, int revision, Quiz quiz, long account) {
    return drafts.save(d.id(), revision, QuizWriter.write(quiz), Map.of(), account);
  }

  public Future<Void> saveModule(Draft d, int revision, Module module, long account) {
    ModuleWriter.ModuleFiles files = ModuleWriter.write(module);
    return drafts.save(d.id(), revision, files.moduleYaml(), files.markdown(), account);
  }

  /** Every problem the readers find in a draft now (for a module: as publishing would check it). */
  public static List<Problem> problems(DraftContext ctx, Draft d) {
    return d.kind() == Draft.Kind.QUIZ
        ? ctx.quiz(d.fileName(), d.yaml(), d.moduleId()).problems()
        : ctx.module(d.fileName(), d.yaml(), d.markdown(), d.contentId(), true).problems();
  }

  /**
   * Publishes a draft: refused with every problem while there are any, and, for a draft made from
   * a version that is no longer current, until the tutor confirms.
   */
  public Future<Publisher.Published> publish(long draftId, int revision, long account, boolean confirmStale) {
    return publisher.publish(draftId, revision, account, d -> context().compose(ctx -> {
      if (ctx.stale(d) && !d.fromFile() && !confirmStale) {
        return Future.failedFuture(new Conflict("This draft was made from an older version than the one published "
            + "now (it changed in quizzes/ or was published from another draft). Compare them, then confirm."));
      }
      return check(ctx, d);
    })).compose(p -> refresh == null ? Future.succeededFuture(p) : refresh.refresh().map(p));
  }

  public Future<Void> discard(long draftId, long account) {
    return drafts.discard(draftId, account);
  }

  private static Future<Publisher.Publication> check(DraftContext ctx, Draft d) {
    if (d.kind() == Draft.Kind.QUIZ) {
      Reading<Quiz> r = ctx.quiz(d.fileName(), d.yaml(), d.moduleId());
      if (!r.valid()) {
        return Future.failedFuture(new ProblemsFound(r.problems()));
      }
      return frameworkVersion(ctx, ctx.module(d.moduleId()).map(Module::framework).orElse(null))
          .map(fw -> new Publisher.Publication(r.value().get().title(), r.value().get(), fw));
    }
    Reading<Module> r = ctx.module(d.fileName(), d.yaml(), d.markdown(), d.contentId(), true);
    if (!r.valid()) {
      return Future.failedFuture(new ProblemsFound(r.problems()));
    }
    return frameworkVersion(ctx, r.value().get().framework())
        .map(fw -> new Publisher.Publication(r.value().get().title(), r.value().get(), fw));
  }

  private static Future<Long> frameworkVersion(DraftContext ctx, String frameworkId) {
    return ctx.catalog().framework(frameworkId == null ? "" : frameworkId)
        .map(f -> Future.succeededFuture(f.versionId()))
        .orElseGet(() -> Future.failedFuture(new Conflict("The module's framework " + frameworkId + " is not loaded.")));
  }

  /** Adds a quiz unit to the module's draft when neither it nor the published module uses the quiz. */
  private Future<Void> ensureQuizUnit(DraftContext ctx, String moduleId, Quiz quiz, long account) {
    if (ctx.unitQuizIds(moduleId).contains(quiz.id())) {
      return Future.succeededFuture();
    }
    Future<Draft> moduleDraft = ctx.catalog().module(moduleId).isPresent()
        ? editModule(moduleId, account)
        : drafts.openFor(Draft.Kind.MODULE, moduleId).map(open -> open.stream().filter(x -> !x.fromFile())
            .findFirst().orElseThrow(() -> new NotFound("There is no module " + moduleId + ".")));
    return moduleDraft.compose(d -> context().compose(after -> {
      Module m = after.module(moduleId).orElseThrow();
      List<Unit> units = new ArrayList<>(m.units());
      units.add(new Unit(quiz.id(), UnitType.QUIZ, quiz.title() == null ? quiz.id() : quiz.title(), 10, List.of(),
          null, null, 0, null, List.of(), null, null, quiz.id()));
      Module next = new Module(m.id(), m.title(), m.summary(), m.audience(), m.cpdMinutes(), m.framework(),
          m.completion(), units);
      return saveModule(d, d.revision(), next, account);
    }));
  }
}
