package io.cairn.content;

import io.cairn.auth.CurrentUser;
import io.cairn.auth.SessionAuth;
import io.cairn.content.Catalog.ModuleEntry;
import io.cairn.content.model.Framework;
import io.cairn.content.model.Module;
import io.cairn.content.model.Unit;
import io.cairn.content.progress.ProgressRepository;
import io.cairn.content.progress.UnitProgress;
import io.cairn.errors.NotFound;
import io.cairn.evidence.cpd.QuizOutcome;
import io.cairn.quiz.model.QuizSettings;
import io.cairn.web.Pages;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The learner's pages: the module list, a module with its units, and each unit. */
public final class ModuleRoutes {
  private final Pages pages;
  private final Supplier<Catalog> catalog;
  private final ProgressRepository progress;

  private ModuleRoutes(Pages pages, Supplier<Catalog> catalog, ProgressRepository progress) {
    this.pages = pages;
    this.catalog = catalog;
    this.progress = progress;
  }

  public static void mount(Router root, Pages pages, Supplier<Catalog> catalog, ProgressRepository progress) {
    ModuleRoutes r = new ModuleRoutes(pages, catalog, progress);
    root.get("/").handler(r::home);
    root.get("/modules/:moduleId").handler(r::module);
    root.get("/modules/:moduleId/units/:unitId").handler(r::unit);
  }

  private void home(RoutingContext ctx) {
    Catalog c = catalog.get();
    Optional<CurrentUser> user = SessionAuth.user(ctx);
    Future<ProgressRepository.LearnerProgress> done = user.map(u -> progress.learnerProgress(u.id()))
        .orElse(Future.succeededFuture(new ProgressRepository.LearnerProgress(Map.of(), Map.of())));
    done.onSuccess(learner -> {
      List<Map<String, Object>> modules = new ArrayList<>();
      for (ModuleEntry e : c.modules()) {
        Module m = e.module();
        Framework f = c.framework(m.framework()).map(Catalog.FrameworkEntry::framework).orElse(null);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("module", m);
        view.put("domains", UnitViews.domains(m, f));
        view.put("unitCount", m.units().size());
        view.put("doneCount", UnitViews.doneCount(m, learner));
        modules.add(view);
      }
      pages.render(ctx, "content/home", "CPD modules", Map.of("modules", modules,
          "signedOut", ctx.request().getParam("signedout") != null));
    }).onFailure(ctx::fail);
  }

  private void module(RoutingContext ctx) {
    ModuleEntry entry = moduleEntry(ctx);
    Module m = entry.module();
    Framework f = framework(m);
    Optional<CurrentUser> user = SessionAuth.user(ctx);
    List<String> quizIds = m.units().stream().map(Unit::quiz).filter(java.util.Objects::nonNull).toList();
    Future<ProgressRepository.ModuleState> found = user.map(u -> progress.moduleState(u.id(), m.id(), quizIds))
        .orElse(Future.succeededFuture(new ProgressRepository.ModuleState(Map.of(), Map.of())));
    found.onSuccess(state -> {
      List<Map<String, Object>> units = new ArrayList<>();
      for (int i = 0; i < m.units().size(); i++) {
        Unit u = m.units().get(i);
        QuizOutcome quiz = u.quiz() == null ? null : state.quizzes().get(u.quiz());
        units.add(UnitViews.row(m, i, u, state.units().get(u.id()), quiz, f));
      }
      long done = units.stream().filter(u -> Boolean.TRUE.equals(u.get("done"))).count();
      Map<String, Object> data = new HashMap<>();
      data.put("module", m);
      data.put("version", entry.version());
      data.put("framework", f);
      data.put("domains", UnitViews.domains(m, f));
      data.put("units", units);
      data.put("unitCount", units.size());
      data.put("doneCount", done);
      data.put("firstUnit", m.units().isEmpty() ? null : units.get(0).get("href"));
      pages.render(ctx, "content/module", m.title(), data);
    }).onFailure(ctx::fail);
  }

  private void unit(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    ModuleEntry entry = moduleEntry(ctx);
    Module m = entry.module();
    String unitId = ctx.pathParam("unitId");
    Unit unit = m.unit(unitId).orElseThrow(() -> new NotFound("There is no unit \"" + unitId + "\" in this module."));
    int index = m.units().indexOf(unit);
    Future<Optional<ProgressRepository.Reflection>> reflection = unit.type() == io.cairn.content.model.UnitType.REFLECTION
        ? progress.latestReflection(user.id(), m.id(), unit.id()) : Future.succeededFuture(Optional.empty());
    Future.all(progress.opened(user.id(), m.id(), unit.id()), reflection)
        .onSuccess(all -> {
          UnitProgress unitProgress = all.resultAt(0);
          Map<String, Object> data = new HashMap<>();
          data.put("module", m);
          data.put("unit", unit);
          data.put("unitType", unit.type().code());
          data.put("typeLabel", UnitViews.typeLabel(unit.type()));
          data.put("number", index + 1);
          data.put("unitCount", m.units().size());
          data.put("competences", UnitViews.competences(unit.competences(), framework(m)));
          data.put("progress", unitProgress);
          data.put("status", UnitViews.status(unit, unitProgress));
          data.put("previous", index > 0 ? UnitViews.row(m, index - 1, m.units().get(index - 1), null, null) : null);
          data.put("next", index + 1 < m.units().size() ? UnitViews.row(m, index + 1, m.units().get(index + 1), null, null) : null);
          Optional<ProgressRepository.Reflection> saved = all.resultAt(1);
          saved.ifPresent(r -> data.put("reflection", r));
          data.put("saved", ctx.request().getParam("saved"));
          if (unit.quiz() != null) {
            catalog.get().quiz(unit.quiz()).ifPresent(q -> data.put("quiz", quizSummary(q)));
          }
          pages.render(ctx, "content/unit", unit.title() + " – " + m.title(), data);
        })
        .onFailure(ctx::fail);
  }

  private static Map<String, Object> quizSummary(Catalog.QuizEntry q) {
    QuizSettings s = q.quiz().settings();
    Map<String, Object> view = new HashMap<>();
    view.put("id", q.quiz().id());
    view.put("title", q.quiz().title());
    view.put("intro", q.quiz().intro());
    view.put("questionCount", s.draw().isEmpty() ? q.quiz().questions().size()
        : s.draw().stream().mapToInt(QuizSettings.Draw::count).sum());
    view.put("passMark", s.passMarkPercent());
    view.put("timeLimit", s.timeLimitMinutes());
    view.put("attempts", s.attemptsAllowed());
    view.put("grading", s.grading().code().replace('_', ' '));
    return view;
  }

  private ModuleEntry moduleEntry(RoutingContext ctx) {
    String id = ctx.pathParam("moduleId");
    return catalog.get().module(id).orElseThrow(() -> new NotFound("There is no module \"" + id + "\"."));
  }

  private Framework framework(Module m) {
    return catalog.get().framework(m.framework()).map(Catalog.FrameworkEntry::framework).orElse(null);
  }
}
