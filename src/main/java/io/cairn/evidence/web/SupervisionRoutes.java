package io.cairn.evidence.web;

import io.cairn.auth.CurrentUser;
import io.cairn.auth.Role;
import io.cairn.auth.SessionAuth;
import io.cairn.content.Catalog;
import io.cairn.errors.InvalidInput;
import io.cairn.errors.NotFound;
import io.cairn.evidence.Disclaimer;
import io.cairn.evidence.EvidenceRepository;
import io.cairn.evidence.supervision.SupervisionRepository;
import io.cairn.web.Pages;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Supervision: supervisors invite learners, learners accept or end the link; a linked supervisor
 * sees the learner's map and records attestations of observed practice.
 */
public final class SupervisionRoutes {
  private final Pages pages;
  private final Supplier<Catalog> catalog;
  private final Pool pool;
  private final EvidenceRepository evidence;
  private final SupervisionRepository links;
  private final Clock clock;
  private final Duration renewal;

  private SupervisionRoutes(Pages pages, Supplier<Catalog> catalog, Pool pool, EvidenceRepository evidence,
      Clock clock, Duration renewal) {
    this.pages = pages;
    this.catalog = catalog;
    this.pool = pool;
    this.evidence = evidence;
    this.links = new SupervisionRepository(pool);
    this.clock = clock;
    this.renewal = renewal;
  }

  public static void mount(Router root, Pages pages, Supplier<Catalog> catalog, Pool pool, EvidenceRepository evidence,
      Clock clock, Duration renewal) {
    SupervisionRoutes r = new SupervisionRoutes(pages, catalog, pool, evidence, clock, renewal);
    root.get("/supervision").handler(ctx -> r.overview(ctx, Map.of(), 200));
    root.post("/supervision/invitations").handler(SessionAuth.requireRole(Role.SUPERVISOR)).handler(r::invite);
    root.post("/supervision/:linkId/accept").handler(r::accept);
    root.post("/supervision/:linkId/end").handler(r::end);
    root.route("/supervision/learners/*").handler(SessionAuth.requireRole(Role.SUPERVISOR));
    root.get("/supervision/learners/:learnerId").handler(r::learnerMap);
    root.get("/supervision/learners/:learnerId/competences/:competenceId").handler(r::learnerCompetence);
    root.post("/supervision/learners/:learnerId/competences/:competenceId/attestations").handler(r::attest);
  }

  private void overview(RoutingContext ctx, Map<String, Object> extra, int status) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    links.linksOf(user.id()).onSuccess(all -> {
      Map<String, Object> data = new HashMap<>(extra);
      data.put("supervisor", user.isSupervisor());
      data.put("myLearners", all.stream().filter(l -> l.supervisorId() == user.id()).toList());
      data.put("mySupervisors", all.stream().filter(l -> l.learnerId() == user.id()).toList());
      ctx.response().setStatusCode(status);
      pages.render(ctx, "evidence/supervision", "Supervision", data);
    }).onFailure(ctx::fail);
  }

  private void invite(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    String email = ctx.request().getFormAttribute("email");
    Future.<Void>succeededFuture().compose(v -> {
      if (email == null || email.isBlank()) {
        throw new InvalidInput("email", "Enter the learner's email address.");
      }
      return links.invite(user.id(), email.strip());
    }).onSuccess(id -> redirect(ctx, "/supervision?invited=1")).onFailure(err -> {
      if (err instanceof InvalidInput || err instanceof io.cairn.errors.Conflict) {
        overview(ctx, Map.of("error", err.getMessage(), "email", email == null ? "" : email),
            err instanceof InvalidInput ? 400 : 409);
      } else {
        ctx.fail(err);
      }
    });
  }

  private void accept(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    links.accept(id(ctx, "linkId"), user.id()).onSuccess(v -> redirect(ctx, "/supervision?accepted=1")).onFailure(ctx::fail);
  }

  private void end(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    links.end(id(ctx, "linkId"), user.id()).onSuccess(v -> redirect(ctx, "/supervision?ended=1")).onFailure(ctx::fail);
  }

  private void learnerMap(RoutingContext ctx) {
    CurrentUser supervisor = SessionAuth.requireUser(ctx);
    long learnerId = id(ctx, "learnerId");
    Catalog.FrameworkEntry f = MapViews.framework(catalog.get(), ctx.request().getParam("framework"));
    links.requireLinked(supervisor.id(), learnerId).compose(name -> evidence.forLearner(pool, learnerId).map(entries -> {
      Map<String, Object> data = MapViews.map(catalog.get(), f.framework(), entries, clock.instant(), renewal,
          "/supervision/learners/" + learnerId + "/competences/");
      data.put("statement", Disclaimer.RECORD);
      data.put("learnerName", name);
      return data;
    })).onSuccess(data -> pages.render(ctx, "evidence/map", "Competence map of " + data.get("learnerName"), data))
        .onFailure(ctx::fail);
  }

  private void learnerCompetence(RoutingContext ctx) {
    renderCompetence(ctx, Map.of(), 200);
  }

  private void renderCompetence(RoutingContext ctx, Map<String, Object> extra, int status) {
    CurrentUser supervisor = SessionAuth.requireUser(ctx);
    long learnerId = id(ctx, "learnerId");
    String competenceId = ctx.pathParam("competenceId");
    Catalog.FrameworkEntry f = MapViews.framework(catalog.get(), null);
    links.requireLinked(supervisor.id(), learnerId).compose(name -> evidence.forLearner(pool, learnerId).map(entries -> {
      Map<String, Object> data = MapViews.competence(catalog.get(), f.framework(), competenceId, entries,
          clock.instant(), renewal);
      data.putAll(extra);
      data.put("learnerName", name);
      data.put("learnerId", learnerId);
      data.put("canAttest", true);
      data.put("today", clock.instant().atZone(ZoneOffset.UTC).toLocalDate().toString());
      data.put("saved", ctx.request().getParam("saved"));
      return data;
    })).onSuccess(data -> {
      ctx.response().setStatusCode(status);
      pages.render(ctx, "evidence/competence", competenceId + " – " + data.get("learnerName"), data);
    }).onFailure(ctx::fail);
  }

  private void attest(RoutingContext ctx) {
    CurrentUser supervisor = SessionAuth.requireUser(ctx);
    long learnerId = id(ctx, "learnerId");
    String competenceId = ctx.pathParam("competenceId");
    Catalog.FrameworkEntry f = MapViews.framework(catalog.get(), null);
    var form = ctx.request().formAttributes();
    Future.<Void>succeededFuture().compose(v -> {
      if (learnerId == supervisor.id()) {
        throw new io.cairn.errors.Forbidden("Nobody can attest their own practice.");
      }
      if (f.framework().competence(competenceId).isEmpty()) {
        throw new InvalidInput("competence", "There is no competence \"" + competenceId + "\" in " + f.framework().title() + ".");
      }
      AttestationForm a = AttestationForm.parse(form.get("level"), form.get("basis"), form.get("observed_on"),
          form.get("rating"), form.get("statement"), form.get("supersedes"),
          clock.instant().atZone(ZoneOffset.UTC).toLocalDate());
      return evidence.attest(pool, new EvidenceRepository.Attestation(learnerId, supervisor.id(), competenceId,
          f.versionId(), a.level(), a.basis(), a.observedOn(), a.rating(), a.statement(), a.supersedes()));
    }).onSuccess(id -> redirect(ctx, "/supervision/learners/" + learnerId + "/competences/" + competenceId + "?saved=attestation"))
        .onFailure(err -> {
          if (err instanceof InvalidInput e) {
            renderCompetence(ctx, Map.of("error", e.getMessage(), "errorField", e.field()), 400);
          } else {
            ctx.fail(err);
          }
        });
  }

  private static long id(RoutingContext ctx, String name) {
    try {
      return Long.parseLong(ctx.pathParam(name));
    } catch (NumberFormatException e) {
      throw new NotFound("There is nothing at this address.");
    }
  }

  private static void redirect(RoutingContext ctx, String to) {
    ctx.response().setStatusCode(303).putHeader("Location", to).end();
  }
}
