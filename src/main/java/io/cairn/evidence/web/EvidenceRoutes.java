package io.cairn.evidence.web;

import io.cairn.auth.CurrentUser;
import io.cairn.auth.SessionAuth;
import io.cairn.content.Catalog;
import io.cairn.errors.InvalidInput;
import io.cairn.evidence.Disclaimer;
import io.cairn.evidence.EvidenceRepository;
import io.cairn.web.Pages;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/** The learner's own competence map, each competence's evidence, and self-assessment. */
public final class EvidenceRoutes {
  private final Pages pages;
  private final Supplier<Catalog> catalog;
  private final Pool pool;
  private final EvidenceRepository evidence;
  private final Clock clock;
  private final Duration renewal;

  private EvidenceRoutes(Pages pages, Supplier<Catalog> catalog, Pool pool, EvidenceRepository evidence,
      Clock clock, Duration renewal) {
    this.pages = pages;
    this.catalog = catalog;
    this.pool = pool;
    this.evidence = evidence;
    this.clock = clock;
    this.renewal = renewal;
  }

  public static void mount(Router root, Pages pages, Supplier<Catalog> catalog, Pool pool, EvidenceRepository evidence,
      Clock clock, Duration renewal) {
    EvidenceRoutes r = new EvidenceRoutes(pages, catalog, pool, evidence, clock, renewal);
    root.get("/evidence").handler(r::map);
    root.get("/evidence/competences/:competenceId").handler(r::competence);
    root.post("/evidence/competences/:competenceId/self-assessment").handler(r::selfAssess);
  }

  private void map(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    Catalog.FrameworkEntry f = MapViews.framework(catalog.get(), ctx.request().getParam("framework"));
    evidence.forLearner(pool, user.id()).map(entries -> {
      Map<String, Object> data = MapViews.map(catalog.get(), f.framework(), entries, clock.instant(), renewal,
          "/evidence/competences/");
      data.put("statement", Disclaimer.RECORD);
      data.put("own", true);
      data.put("learnerName", user.displayName());
      return data;
    }).onSuccess(data -> pages.render(ctx, "evidence/map", "Your competence map", data)).onFailure(ctx::fail);
  }

  private void competence(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    Catalog.FrameworkEntry f = MapViews.framework(catalog.get(), ctx.request().getParam("framework"));
    String id = ctx.pathParam("competenceId");
    evidence.forLearner(pool, user.id()).map(entries -> {
      Map<String, Object> data = MapViews.competence(catalog.get(), f.framework(), id, entries, clock.instant(), renewal);
      data.put("own", true);
      data.put("statement", Disclaimer.RECORD);
      data.put("saved", ctx.request().getParam("saved"));
      return data;
    }).onSuccess(data -> pages.render(ctx, "evidence/competence", id + " – your evidence", data)).onFailure(ctx::fail);
  }

  private void selfAssess(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    Catalog.FrameworkEntry f = MapViews.framework(catalog.get(), ctx.request().getFormAttribute("framework"));
    String id = ctx.pathParam("competenceId");
    if (f.framework().competence(id).isEmpty()) {
      throw new InvalidInput("competence", "There is no competence \"" + id + "\" in " + f.framework().title() + ".");
    }
    String note = ctx.request().getFormAttribute("note");
    if (note != null && note.length() > 4000) {
      throw new InvalidInput("note", "Keep the note under 4000 characters.");
    }
    evidence.selfAssess(pool, user.id(), f.versionId(), id, ctx.request().getFormAttribute("rating"), note)
        .onSuccess(v -> ctx.response().setStatusCode(303)
            .putHeader("Location", "/evidence/competences/" + id + "?saved=rating").end())
        .onFailure(ctx::fail);
  }
}
