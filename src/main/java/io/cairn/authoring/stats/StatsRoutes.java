package io.cairn.authoring.stats;

import io.cairn.auth.CurrentUser;
import io.cairn.auth.Role;
import io.cairn.auth.SessionAuth;
import io.cairn.content.Catalog;
import io.cairn.content.model.Framework;
import io.cairn.errors.NotFound;
import io.cairn.evidence.Disclaimer;
import io.cairn.quiz.QuizVersions;
import io.cairn.quiz.attempt.Attempt;
import io.cairn.quiz.attempt.AttemptRepository;
import io.cairn.web.Pages;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Tutor and admin pages on a quiz's results: item statistics per published version, the submitted
 * attempts, a read-only review of any one of them, and the results as CSV. Which learners a tutor
 * sees is decided by an {@link AttemptScope}: their courses' learners when they come from a platform.
 */
public final class StatsRoutes {
  static final String BASE = "/authoring/quizzes/:quizId";
  private static final String SCOPED = "attemptsScopedToCourses";

  private final Pages pages;
  private final Supplier<Catalog> catalog;
  private final StatsRepository repo;
  private final QuizVersions versions;
  private final AttemptScope scope;

  StatsRoutes(Pages pages, Supplier<Catalog> catalog, Pool pool, AttemptScope scope) {
    this.pages = pages;
    this.catalog = catalog;
    this.repo = new StatsRepository(pool);
    this.versions = new QuizVersions(pool);
    this.scope = scope;
  }

  /** @param scope which learners' attempts a tutor may see */
  public static void mount(Router root, Pages pages, Supplier<Catalog> catalog, Pool pool, AttemptScope scope) {
    StatsRoutes r = new StatsRoutes(pages, catalog, pool, scope);
    var guard = SessionAuth.requireRole(Role.TUTOR, Role.ADMIN);
    root.get(BASE + "/statistics").handler(guard).handler(r::statistics);
    root.get(BASE + "/attempts").handler(guard).handler(r::attempts);
    root.get(BASE + "/attempts/:attemptId").handler(guard).handler(r::review);
    root.get(BASE + "/results.csv").handler(guard).handler(r::csv);
  }

  private void statistics(RoutingContext ctx) {
    String quizId = ctx.pathParam("quizId");
    repo.versions(quizId).compose(list -> {
      StatsRepository.VersionRow chosen = chosen(quizId, list, ctx.request().getParam("version"));
      return allowed(ctx).compose(a -> repo.attempts(quizId, chosen.id(), a))
          .compose(results -> versions.get(chosen.id()).map(v -> {
            List<AttemptData> data = results.stream().map(StatsRepository.Result::data).toList();
            Map<String, Object> view = StatsViews.statistics(ItemAnalysis.compute(v.quiz(), data), framework(v.moduleId()));
            view.putAll(header(quizId, v.quiz().title()));
            view.put("version", chosen.version());
            view.put("scoped", scoped(ctx));
            view.put("versions", list.stream().map(row -> Map.of("version", row.version(), "attempts", row.attempts(),
                "selected", row.id() == chosen.id())).toList());
            return view;
          }));
    }).onSuccess(view -> pages.render(ctx, "authoring/stats", "Statistics: " + view.get("quizTitle"), view))
        .onFailure(ctx::fail);
  }

  /** The version asked for, else the one served now, else the newest. */
  private StatsRepository.VersionRow chosen(String quizId, List<StatsRepository.VersionRow> list, String asked) {
    if (list.isEmpty()) {
      throw new NotFound("There is no quiz " + quizId + ".");
    }
    if (asked != null) {
      return list.stream().filter(r -> String.valueOf(r.version()).equals(asked)).findFirst()
          .orElseThrow(() -> new NotFound("Quiz " + quizId + " has no version " + asked + "."));
    }
    Long current = catalog.get().quiz(quizId).map(Catalog.QuizEntry::versionId).orElse(null);
    return list.stream().filter(r -> current != null && r.id() == current).findFirst().orElse(list.get(0));
  }

  private void attempts(RoutingContext ctx) {
    String quizId = ctx.pathParam("quizId");
    repo.versions(quizId).compose(list -> {
      if (list.isEmpty()) {
        throw new NotFound("There is no quiz " + quizId + ".");
      }
      return allowed(ctx).compose(a -> repo.attempts(quizId, null, a));
    }).onSuccess(results -> {
      Map<String, Object> view = header(quizId, title(quizId));
      view.put("attempts", results.stream().map(r -> {
        AttemptData d = r.data();
        return Map.of("id", d.attemptId(), "learner", d.learner(), "version", d.version(), "number",
            d.attemptNumber(), "submittedAt", d.submittedAt(), "percent", StatsViews.trim(d.percent()),
            "passed", d.passed());
      }).toList());
      view.put("count", results.size());
      view.put("scoped", scoped(ctx));
      view.put("statement", Disclaimer.RECORD);
      pages.render(ctx, "authoring/stats-attempts", "Attempts: " + view.get("quizTitle"), view);
    }).onFailure(ctx::fail);
  }

  private void review(RoutingContext ctx) {
    String quizId = ctx.pathParam("quizId");
    long attemptId = parseId(ctx.pathParam("attemptId"));
    NotFound missing = new NotFound("There is no submitted attempt " + attemptId + " of quiz " + quizId + ".");
    new AttemptRepository().byId(repo.pool(), attemptId).compose(found -> {
      Attempt a = found.filter(x -> x.submitted() && x.quizId().equals(quizId)).orElseThrow(() -> missing);
      return allowed(ctx).compose(allowed -> {
        if (!allowed.includes(a.accountId())) {
          throw missing;
        }
        return Future.all(versions.get(a.quizVersionId()), repo.scores(a.id()), repo.learnerName(a.accountId()))
            .map(all -> {
              QuizVersions.QuizVersion v = all.resultAt(0);
              Map<String, Object> view = header(quizId, v.quiz().title());
              view.put("attempt", Map.of("id", a.id(), "number", a.number(), "submittedAt", a.submittedAt(),
                  "percent", a.percent().stripTrailingZeros().toPlainString(), "passed", a.passed(),
                  "version", v.version(), "byTimeLimit", "time_limit".equals(a.submittedBy())));
              view.put("learner", all.resultAt(2));
              view.put("blocks", ReviewViews.blocks(v.quiz(), a, all.resultAt(1), v.quiz().settings().certaintyBasedMarking()));
              view.put("statement", Disclaimer.STATEMENT);
              return view;
            });
      });
    }).onSuccess(view -> pages.render(ctx, "authoring/stats-review", "Attempt review", view)).onFailure(ctx::fail);
  }

  private void csv(RoutingContext ctx) {
    String quizId = ctx.pathParam("quizId");
    repo.versions(quizId).compose(list -> {
      if (list.isEmpty()) {
        throw new NotFound("There is no quiz " + quizId + ".");
      }
      return allowed(ctx).compose(a -> repo.attempts(quizId, null, a));
    }).onSuccess(results -> ctx.response()
        .putHeader("Content-Type", "text/csv; charset=utf-8")
        .putHeader("Content-Disposition", "attachment; filename=\"" + quizId + "-results.csv\"")
        .putHeader("Cache-Control", "no-store")
        .end(ResultsCsv.write(quizId, results))).onFailure(ctx::fail);
  }

  private Future<AttemptScope.Allowed> allowed(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    return scope.allowedFor(user).onSuccess(a -> ctx.put(SCOPED, !a.all()));
  }

  /** True when the pages show only the learners of the tutor's courses, and must say so. */
  private static boolean scoped(RoutingContext ctx) {
    return Boolean.TRUE.equals(ctx.get(SCOPED));
  }

  private Map<String, Object> header(String quizId, String title) {
    Map<String, Object> view = new HashMap<>();
    view.put("quizId", quizId);
    view.put("quizTitle", title);
    return view;
  }

  private String title(String quizId) {
    return catalog.get().quiz(quizId).map(e -> e.quiz().title()).orElse(quizId);
  }

  private Framework framework(String moduleId) {
    Catalog c = catalog.get();
    return c.module(moduleId).flatMap(m -> c.framework(m.module().framework()))
        .map(Catalog.FrameworkEntry::framework).orElse(null);
  }

  private static long parseId(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new NotFound("There is no attempt " + s + ".");
    }
  }
}
