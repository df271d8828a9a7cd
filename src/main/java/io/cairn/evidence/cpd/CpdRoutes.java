package io.cairn.evidence.cpd;

import io.cairn.auth.CurrentUser;
import io.cairn.auth.SessionAuth;
import io.cairn.content.Catalog;
import io.cairn.errors.InvalidInput;
import io.cairn.errors.NotFound;
import io.cairn.web.Pages;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.function.Supplier;

/** The learner's CPD record: the page, free entries for CPD done elsewhere, and the CSV and JSON exports. */
public final class CpdRoutes {
  private final Pages pages;
  private final Supplier<Catalog> catalog;
  private final Pool pool;
  private final Clock clock;
  private final CpdRepository cpd = new CpdRepository();

  private CpdRoutes(Pages pages, Supplier<Catalog> catalog, Pool pool, Clock clock) {
    this.pages = pages;
    this.catalog = catalog;
    this.pool = pool;
    this.clock = clock;
  }

  public static void mount(Router root, Pages pages, Supplier<Catalog> catalog, Pool pool, Clock clock) {
    CpdRoutes r = new CpdRoutes(pages, catalog, pool, clock);
    root.get("/cpd").handler(ctx -> r.page(ctx, Map.of(), 200));
    root.post("/cpd/entries").handler(r::addEntry);
    root.post("/cpd/entries/:entryId/withdraw").handler(r::withdraw);
    root.get("/cpd/export.csv").handler(ctx -> r.export(ctx, "csv"));
    root.get("/cpd/export.json").handler(ctx -> r.export(ctx, "json"));
  }

  /** The signed-in person's record, as it stands now. */
  Future<CpdRecord> record(CurrentUser user) {
    CpdRecord.Learner learner = new CpdRecord.Learner(user.id(), user.displayName(), user.email());
    return cpd.rows(pool, user.id()).map(rows -> CpdRecords.build(catalog.get(), learner, rows, clock.instant()));
  }

  private void page(RoutingContext ctx, Map<String, Object> form, int status) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    Catalog.FrameworkEntry f = CpdViews.framework(catalog.get()).orElse(null);
    record(user).onSuccess(r -> {
      Map<String, Object> data = new HashMap<>(CpdViews.page(r, f == null ? null : f.framework()));
      data.putAll(form);
      @SuppressWarnings("unchecked")
      java.util.List<String> ticked = (java.util.List<String>) form.getOrDefault("ticked", java.util.List.of());
      data.put("domains", CpdViews.choices(f == null ? null : f.framework(), new HashSet<>(ticked)));
      data.put("today", today().toString());
      data.put("done", ctx.request().getParam("done"));
      ctx.response().setStatusCode(status);
      pages.render(ctx, "cpd/record", "Your CPD record", data);
    }).onFailure(ctx::fail);
  }

  private void addEntry(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    MultiMap form = ctx.request().formAttributes();
    Future.<Void>succeededFuture().compose(v -> {
      Catalog.FrameworkEntry f = CpdViews.framework(catalog.get())
          .orElseThrow(() -> new NotFound("No competence framework is loaded."));
      CpdEntryForm e = CpdEntryForm.parse(form.get("title"), form.get("provider"), form.get("done_on"),
          form.get("minutes"), form.get("notes"), form.getAll("competence"), f.framework(), today());
      return cpd.addEntry(pool, user.id(), new CpdRepository.NewEntry(e.title(), e.provider(), e.doneOn(), e.minutes(),
          e.notes(), e.competenceIds(), f.versionId()));
    }).onSuccess(id -> redirect(ctx, "/cpd?done=added#entries")).onFailure(err -> {
      if (err instanceof InvalidInput e) {
        Map<String, Object> echo = new HashMap<>();
        for (String field : new String[] {"title", "provider", "done_on", "minutes", "notes"}) {
          echo.put("form_" + field, form.get(field) == null ? "" : form.get(field));
        }
        echo.put("ticked", form.getAll("competence"));
        echo.put("error", e.getMessage());
        echo.put("errorField", e.field());
        page(ctx, echo, 400);
      } else {
        ctx.fail(err);
      }
    });
  }

  private void withdraw(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("entryId"));
    } catch (NumberFormatException e) {
      throw new NotFound("There is no CPD entry at this address.");
    }
    cpd.withdraw(pool, user.id(), id).onSuccess(v -> redirect(ctx, "/cpd?done=withdrawn#entries")).onFailure(ctx::fail);
  }

  private void export(RoutingContext ctx, String format) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    record(user).onSuccess(r -> {
      boolean csv = "csv".equals(format);
      String name = "cairn-cpd-record-" + today() + "." + format;
      ctx.response()
          .putHeader("Content-Type", csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8")
          .putHeader("Content-Disposition", "attachment; filename=\"" + name + "\"")
          .end(csv ? CpdExport.csv(r) : CpdExport.json(r));
    }).onFailure(ctx::fail);
  }

  private LocalDate today() {
    return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static void redirect(RoutingContext ctx, String to) {
    ctx.response().setStatusCode(303).putHeader("Location", to).end();
  }
}
