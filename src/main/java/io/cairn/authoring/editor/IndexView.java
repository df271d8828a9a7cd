package io.cairn.authoring.editor;

import io.cairn.authoring.draft.Draft;
import io.cairn.authoring.draft.DraftContext;
import io.cairn.content.Catalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The editor's list of modules and quizzes: published version, open drafts and conflicts. */
final class IndexView {
  private IndexView() {}

  static Map<String, Object> of(DraftContext ctx) {
    Catalog c = ctx.catalog();
    Set<String> moduleIds = new LinkedHashSet<>();
    c.modules().forEach(m -> moduleIds.add(m.module().id()));
    ctx.openDrafts().stream().filter(d -> d.kind() == Draft.Kind.MODULE).forEach(d -> moduleIds.add(d.contentId()));
    List<Map<String, Object>> modules = new ArrayList<>();
    for (String id : moduleIds) {
      Optional<Catalog.ModuleEntry> published = c.module(id);
      Map<String, Object> m = item(ctx, Draft.Kind.MODULE, id,
          published.map(e -> e.module().title()).orElse(ctx.module(id).map(x -> x.title()).orElse(id)),
          published.map(Catalog.ModuleEntry::version).orElse(null));
      Set<String> quizIds = new LinkedHashSet<>(ctx.quizIdsOf(id, false));
      List<Map<String, Object>> quizzes = new ArrayList<>();
      for (String q : quizIds) {
        Optional<Catalog.QuizEntry> pq = c.quiz(q);
        quizzes.add(item(ctx, Draft.Kind.QUIZ, q, pq.map(e -> e.quiz().title()).orElse(q),
            pq.map(Catalog.QuizEntry::version).orElse(null)));
      }
      m.put("quizzes", quizzes);
      modules.add(m);
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("modules", modules);
    view.put("frameworks", c.frameworks().values().stream().map(f -> Map.of("id", f.framework().id(),
        "title", f.framework().title())).toList());
    view.put("moduleChoices", moduleIds.stream().toList());
    return view;
  }

  private static Map<String, Object> item(DraftContext ctx, Draft.Kind kind, String id, String title, Integer version) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("kind", kind.code());
    m.put("title", title);
    m.put("version", version);
    String plural = kind == Draft.Kind.QUIZ ? "quizzes" : "modules";
    m.put("editUrl", "/authoring/" + plural + "/" + id + "/edit");
    m.put("exportUrl", "/authoring/" + plural + "/" + id + "/export");
    for (Draft d : ctx.openDrafts()) {
      if (d.kind() != kind || !d.contentId().equals(id)) {
        continue;
      }
      Map<String, Object> dv = new LinkedHashMap<>();
      dv.put("id", d.id());
      dv.put("label", d.label());
      dv.put("updatedBy", d.updatedBy());
      dv.put("updatedAt", d.updatedAt() == null ? null : d.updatedAt().toInstant());
      dv.put("stale", ctx.stale(d));
      m.put(d.fromFile() ? "fileDraft" : "draft", dv);
    }
    return m;
  }
}
