package io.cairn.authoring.editor;

import io.cairn.authoring.draft.AuthoringService;
import io.cairn.authoring.draft.Draft;
import io.cairn.content.files.ModuleWriter;
import io.cairn.content.files.Problem;
import io.cairn.content.files.YamlWriter;
import io.cairn.content.model.Framework;
import io.cairn.content.model.Module;
import io.cairn.content.model.Unit;
import io.cairn.content.model.UnitType;
import io.cairn.errors.InvalidInput;
import io.cairn.errors.NotFound;
import io.cairn.web.Pages;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Adding, editing, moving and deleting the units of a module draft. */
final class UnitRoutes {
  private final AuthoringService service;
  private final Pages pages;

  UnitRoutes(AuthoringService service, Pages pages) {
    this.service = service;
    this.pages = pages;
  }

  void mount(Router root) {
    String u = "/authoring/drafts/:draftId/units";
    root.get(u + "/new").handler(this::newForm);
    root.post(u).handler(ctx -> save(ctx, null));
    root.get(u + "/:unitId").handler(this::editForm);
    root.post(u + "/:unitId").handler(ctx -> save(ctx, ctx.pathParam("unitId")));
    root.post(u + "/:unitId/move").handler(ctx -> edit(ctx, "up".equals(Http.param(ctx, "direction")) ? -1 : 1));
    root.post(u + "/:unitId/delete").handler(ctx -> edit(ctx, 0));
  }

  private void newForm(RoutingContext ctx) {
    String type = Http.param(ctx, "type");
    if (type == null || UnitType.fromCode(type).isEmpty()) {
      throw new InvalidInput("type", "Choose the type of unit to add.");
    }
    Editing.load(service, Http.draftId(ctx), Draft.Kind.MODULE).onSuccess(e -> {
      Map<String, Object> tree = new LinkedHashMap<>();
      tree.put("id", "unit-" + (e.module().units().size() + 1));
      tree.put("type", type);
      tree.put("minutes", 10);
      render(ctx, e, null, tree, List.of(), "", 200);
    }).onFailure(ctx::fail);
  }

  private void editForm(RoutingContext ctx) {
    String id = ctx.pathParam("unitId");
    Editing.load(service, Http.draftId(ctx), Draft.Kind.MODULE).onSuccess(e -> {
      Unit unit = e.module().unit(id).orElseThrow(() -> new NotFound("There is no unit " + id + "."));
      render(ctx, e, id, ModuleWriterTree.unit(unit), e.problems(), "units[" + e.module().units().indexOf(unit) + "].", 200);
    }).onFailure(ctx::fail);
  }

  @SuppressWarnings("unchecked")
  private void save(RoutingContext ctx, String unitId) {
    Map<String, List<String>> form = Http.form(ctx);
    Editing.checkSizes(form);
    Editing.load(service, Http.draftId(ctx), Draft.Kind.MODULE).compose(e -> {
      e.requireOpen();
      Map<String, Object> unit = FormTree.of(form, Set.of("competences"), Set.of());
      Map<String, Object> formTree = new LinkedHashMap<>(unit);
      Map<String, String> markdown = new HashMap<>(ModuleWriter.write(e.module()).markdown());
      ModuleWriterTree.extractMarkdown(unit, markdown);
      Map<String, Object> tree = ModuleWriter.tree(e.module(), new HashMap<>());
      List<Object> units = (List<Object>) tree.get("units");
      int index = unitId == null ? units.size() : indexOf(e.module(), unitId);
      if (index < 0) {
        throw new NotFound("There is no unit " + unitId + ".");
      }
      if (unitId == null) {
        units.add(unit);
      } else {
        units.set(index, unit);
      }
      String prefix = "units[" + index + "].";
      var reading = e.context().module(e.draft().fileName(), YamlWriter.write(tree), markdown, e.draft().contentId(), false);
      List<Problem> mine = reading.problems().stream()
          .filter(p -> p.path().startsWith(prefix) || (p.path() + ".").equals(prefix)).toList();
      if (!"save".equals(Http.action(ctx)) || !mine.isEmpty() || reading.value().isEmpty()) {
        render(ctx, e, unitId, formTree, mine, prefix, "save".equals(Http.action(ctx)) ? 400 : 200);
        return Future.succeededFuture();
      }
      return service.saveModule(e.draft(), Http.revision(ctx), reading.value().get(), Http.account(ctx))
          .onSuccess(v -> Http.redirect(ctx, Editing.base(ctx) + "?saved=" + unit.get("id") + "#units"));
    }).onFailure(ctx::fail);
  }

  /** @param delta -1 up, +1 down, 0 delete */
  private void edit(RoutingContext ctx, int delta) {
    String id = ctx.pathParam("unitId");
    Editing.load(service, Http.draftId(ctx), Draft.Kind.MODULE).compose(e -> {
      e.requireOpen();
      Module m = e.module();
      int i = indexOf(m, id);
      if (i < 0) {
        throw new NotFound("There is no unit " + id + ".");
      }
      List<Unit> units = new ArrayList<>(m.units());
      Unit u = units.remove(i);
      if (delta != 0) {
        units.add(Math.max(0, Math.min(units.size(), i + delta)), u);
      }
      Module next = new Module(m.id(), m.title(), m.summary(), m.audience(), m.cpdMinutes(), m.framework(),
          m.completion(), List.copyOf(units));
      return service.saveModule(e.draft(), Http.revision(ctx), next, Http.account(ctx));
    }).onSuccess(v -> Http.redirect(ctx, Editing.base(ctx) + "#units")).onFailure(ctx::fail);
  }

  private void render(RoutingContext ctx, Editing e, String unitId, Map<String, Object> tree, List<Problem> problems,
      String prefix, int status) {
    Fields f = new Fields(tree, problems, prefix);
    String type = String.valueOf(tree.getOrDefault("type", "reading"));
    Map<String, Object> data = new HashMap<>(DraftInfo.of(e));
    for (String key : List.of("id", "title", "minutes", "intro", "media.src", "media.captions", "media.poster",
        "media.transcript_text", "done_when_played_percent", "body_text", "prompt", "guidance", "quiz", "competences")) {
      data.put("f_" + key.replace('.', '_'), f.field(key));
    }
    data.put("demonstration", f.check("media.demonstration", false));
    data.put("attachments", f.rows("attachments", List.of("title", "href"), 1));
    Framework framework = e.context().catalog().framework(e.module().framework())
        .map(x -> x.framework()).orElse(null);
    data.put("competences", QuestionView.picker(framework, f.get("competences"), Http.param(ctx, "q")));
    data.put("query", Http.param(ctx, "q"));
    data.put("quizChoices", new ArrayList<>(e.context().quizIdsOf(e.draft().contentId(), false)));
    data.put("type", type);
    data.put("is_" + type, true);
    data.put("isMedia", type.equals("film") || type.equals("audio"));
    data.put("hasBody", type.equals("reading") || type.equals("activity"));
    data.put("errorSummary", f.summary());
    data.put("errorCount", f.summary().size());
    data.put("isNew", unitId == null);
    data.put("formAction", unitId == null ? Editing.base(ctx) + "/units" : Editing.base(ctx) + "/units/" + unitId);
    ctx.response().setStatusCode(status);
    pages.render(ctx, "authoring/unit", (unitId == null ? "New unit" : "Unit " + unitId) + " · " + e.module().title(), data);
  }

  private static int indexOf(Module m, String unitId) {
    for (int i = 0; i < m.units().size(); i++) {
      if (m.units().get(i).id().equals(unitId)) {
        return i;
      }
    }
    return -1;
  }
}
