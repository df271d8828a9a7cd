package io.cairn.content.progress;

import io.cairn.auth.CurrentUser;
import io.cairn.auth.SessionAuth;
import io.cairn.content.Catalog;
import io.cairn.content.model.Module;
import io.cairn.content.model.Unit;
import io.cairn.content.model.UnitType;
import io.cairn.errors.InvalidInput;
import io.cairn.errors.NotFound;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a learner does in a unit: mark it done (a form post that works without JavaScript), report
 * played spans of a film or audio (the page's script), save a reflection.
 */
public final class ProgressRoutes {
  static final int MAX_REFLECTION = 20_000;

  private final Supplier<Catalog> catalog;
  private final ProgressRepository progress;

  private ProgressRoutes(Supplier<Catalog> catalog, ProgressRepository progress) {
    this.catalog = catalog;
    this.progress = progress;
  }

  public static void mount(Router root, Supplier<Catalog> catalog, ProgressRepository progress) {
    ProgressRoutes r = new ProgressRoutes(catalog, progress);
    root.post("/modules/:moduleId/units/:unitId/done").handler(r::markDone);
    root.post("/modules/:moduleId/units/:unitId/played").handler(r::played);
    root.post("/modules/:moduleId/units/:unitId/reflection").handler(r::reflection);
  }

  private record Target(CurrentUser user, Module module, Unit unit, long frameworkVersionId) {}

  private Target target(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    String moduleId = ctx.pathParam("moduleId");
    String unitId = ctx.pathParam("unitId");
    Catalog.ModuleEntry entry = catalog.get().module(moduleId)
        .orElseThrow(() -> new NotFound("There is no module \"" + moduleId + "\"."));
    Module m = entry.module();
    Unit u = m.unit(unitId).orElseThrow(() -> new NotFound("There is no unit \"" + unitId + "\" in this module."));
    return new Target(user, m, u, entry.frameworkVersionId());
  }

  private void markDone(RoutingContext ctx) {
    Target t = target(ctx);
    if (t.unit().type() == UnitType.QUIZ || t.unit().type() == UnitType.REFLECTION) {
      throw new InvalidInput("unit", "A " + t.unit().type().code() + " is done when it is "
          + (t.unit().type() == UnitType.QUIZ ? "submitted" : "saved") + ", not by marking it.");
    }
    progress.markDone(t.user().id(), t.module().id(), t.unit().id())
        .onSuccess(v -> redirectToUnit(ctx, t, "done"))
        .onFailure(ctx::fail);
  }

  private void played(RoutingContext ctx) {
    Target t = target(ctx);
    if (!t.unit().type().isMedia()) {
      throw new InvalidInput("unit", "Only films and audio report what was played.");
    }
    PlayedRanges ranges = parse(ctx);
    progress.played(t.user().id(), t.module().id(), t.unit().id(), ranges, t.unit().doneWhenPlayedPercent())
        .onSuccess(p -> ctx.json(new JsonObject()
            .put("playedSeconds", p.playedSeconds())
            .put("durationSeconds", p.durationSeconds())
            .put("playedPercent", p.playedPercent())
            .put("done", p.done())))
        .onFailure(ctx::fail);
  }

  private void reflection(RoutingContext ctx) {
    Target t = target(ctx);
    if (t.unit().type() != UnitType.REFLECTION) {
      throw new InvalidInput("unit", "This unit does not take a reflection.");
    }
    String body = ctx.request().getFormAttribute("reflection");
    if (body == null || body.isBlank()) {
      throw new InvalidInput("reflection", "Write your reflection before saving it.");
    }
    if (body.length() > MAX_REFLECTION) {
      throw new InvalidInput("reflection", "A reflection can be at most " + MAX_REFLECTION
          + " characters; yours has " + body.length() + ".");
    }
    progress.saveReflection(t.user().id(), t.module().id(), t.unit().id(), body.strip(), t.frameworkVersionId(),
            t.unit().competences())
        .onSuccess(v -> redirectToUnit(ctx, t, "reflection"))
        .onFailure(ctx::fail);
  }

  private static PlayedRanges parse(RoutingContext ctx) {
    try {
      JsonObject body = ctx.body().asJsonObject();
      if (body == null) {
        throw new InvalidInput("body", "Send JSON such as {\"duration\": 95.2, \"ranges\": [[0, 12.5]]}.");
      }
      Number duration = body.getNumber("duration");
      JsonArray raw = body.getJsonArray("ranges", new JsonArray());
      List<double[]> ranges = new ArrayList<>();
      for (int i = 0; i < raw.size(); i++) {
        JsonArray pair = raw.getJsonArray(i);
        ranges.add(pair.size() == 2
            ? new double[] {pair.getNumber(0).doubleValue(), pair.getNumber(1).doubleValue()}
            : new double[0]);
      }
      return PlayedRanges.of(duration == null ? -1 : duration.doubleValue(), ranges);
    } catch (DecodeException | ClassCastException | NullPointerException e) {
      throw new InvalidInput("body", "Send JSON such as {\"duration\": 95.2, \"ranges\": [[0, 12.5]]}.");
    }
  }

  private static void redirectToUnit(RoutingContext ctx, Target t, String saved) {
    ctx.response().setStatusCode(303)
        .putHeader("Location", "/modules/" + t.module().id() + "/units/" + t.unit().id() + "?saved=" + saved)
        .end();
  }
}
