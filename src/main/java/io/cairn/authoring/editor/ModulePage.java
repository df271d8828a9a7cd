package io.cairn.authoring.editor;

import io.cairn.authoring.draft.AuthoringService;
import io.cairn.content.files.ModuleWriter;
import io.cairn.content.files.Problem;
import io.cairn.content.files.YamlWriter;
import io.cairn.content.model.Unit;
import io.cairn.content.model.UnitType;
import io.cairn.web.Pages;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The module editor's page: its metadata form and its ordered units. */
final class ModulePage {
  private ModulePage() {}

  static void render(Pages pages, RoutingContext ctx, Editing e, Map<String, Object> tree, List<Problem> problems,
      int status) {
    Fields f = new Fields(tree, problems.stream().filter(p -> !p.path().startsWith("units[")).toList(), "");
    Map<String, Object> data = new HashMap<>(DraftInfo.of(e));
    data.put("titleField", f.field("title"));
    data.put("summary", f.field("summary"));
    data.put("audience", f.field("audience"));
    data.put("cpdMinutes", f.field("cpd_minutes"));
    data.put("framework", f.select("framework", new ArrayList<>(e.context().catalog().frameworks().keySet()), ""));
    Object units = f.get("completion.units");
    data.put("completionUnits", Map.of("name", "completion.units", "id", Fields.htmlId("completion.units"),
        "value", units instanceof List<?> l ? String.join("\n", l.stream().map(String::valueOf).toList()) : "",
        "error", String.valueOf(f.field("completion.units").getOrDefault("error", ""))));
    data.put("quizzesPassed", f.check("completion.quizzes_passed", true));
    data.put("errorSummary", f.summary());
    data.put("errorCount", f.summary().size());
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Unit> list = e.module().units();
    for (int i = 0; i < list.size(); i++) {
      Unit u = list.get(i);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", u.id());
      r.put("number", i + 1);
      r.put("type", u.type().code());
      r.put("title", u.title());
      r.put("minutes", u.minutes());
      r.put("quiz", u.quiz());
      r.put("first", i == 0);
      r.put("last", i == list.size() - 1);
      rows.add(r);
    }
    data.put("units", rows);
    data.put("unitTypes", Arrays.stream(UnitType.values()).map(UnitType::code).toList());
    data.put("saved", Http.param(ctx, "saved"));
    ctx.response().setStatusCode(status);
    pages.render(ctx, "authoring/module", "Edit " + e.module().title(), data);
  }

  static Future<Void> save(AuthoringService service, Pages pages, RoutingContext ctx, Editing e,
      Map<String, List<String>> form) {
    ModuleWriter.ModuleFiles files = ModuleWriter.write(e.module());
    Map<String, Object> tree = ModuleWriter.tree(e.module(), new HashMap<>());
    Map<String, Object> sent = FormTree.of(form, Set.of(), Set.of("completion.units"));
    for (String key : List.of("title", "summary", "audience", "cpd_minutes", "framework")) {
      tree.put(key, sent.get(key));
    }
    Map<String, Object> completion = new LinkedHashMap<>();
    Object units = sent.get("completion") instanceof Map<?, ?> c ? c.get("units") : null;
    completion.put("units", units == null ? "all" : lines(units));
    completion.put("quizzes_passed", sent.get("completion") instanceof Map<?, ?> c ? c.get("quizzes_passed") : null);
    tree.put("completion", completion);
    var reading = e.context().module(e.draft().fileName(), YamlWriter.write(tree), files.markdown(),
        e.draft().contentId(), false);
    List<Problem> mine = reading.problems().stream().filter(p -> !p.path().startsWith("units")).toList();
    if (!mine.isEmpty() || reading.value().isEmpty()) {
      render(pages, ctx, e, tree, mine, 400);
      return Future.succeededFuture();
    }
    return service.saveModule(e.draft(), Http.revision(ctx), reading.value().get(), Http.account(ctx))
        .onSuccess(v -> Http.redirect(ctx, Editing.base(ctx) + "?saved=module"));
  }

  private static Object lines(Object units) {
    if (units instanceof List<?> l) {
      return l.size() == 1 && "all".equals(l.get(0)) ? "all" : l;
    }
    return units;
  }
}
