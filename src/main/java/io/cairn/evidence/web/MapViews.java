package io.cairn.evidence.web;

import io.cairn.content.Catalog;
import io.cairn.content.model.Framework;
import io.cairn.content.model.Module;
import io.cairn.errors.NotFound;
import io.cairn.evidence.map.CompetenceMap;
import io.cairn.evidence.map.CompetenceStatus;
import io.cairn.evidence.map.DomainChart;
import io.cairn.evidence.map.EvidenceEntry;
import io.cairn.web.Html;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** View models of the competence map and of one competence's evidence. */
final class MapViews {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);

  private MapViews() {}

  static Catalog.FrameworkEntry framework(Catalog catalog, String requested) {
    if (requested != null) {
      return catalog.framework(requested).orElseThrow(() -> new NotFound("There is no framework \"" + requested + "\"."));
    }
    return catalog.frameworks().values().stream().min(java.util.Comparator.comparing(f -> f.framework().id()))
        .orElseThrow(() -> new NotFound("No competence framework is loaded."));
  }

  static Map<String, Object> map(Catalog catalog, Framework f, List<EvidenceEntry> entries, Instant now,
      Duration renewal, String competenceHrefBase) {
    List<Module> modules = catalog.modules().stream().map(Catalog.ModuleEntry::module).toList();
    CompetenceMap map = CompetenceMap.of(f, entries, modules, now, renewal);
    List<Map<String, Object>> domains = new ArrayList<>();
    long gaps = 0;
    for (CompetenceMap.DomainRow d : map.domains()) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (CompetenceMap.CompetenceRow c : d.competences()) {
        rows.add(row(c, competenceHrefBase));
      }
      gaps += d.gapCount();
      domains.add(Map.of("domain", d.domain(), "competences", rows, "chart", new Html(DomainChart.svg(d)),
          "gapCount", d.gapCount()));
    }
    Map<String, Object> view = new HashMap<>();
    view.put("framework", f);
    view.put("domains", domains);
    view.put("gapCount", gaps);
    view.put("threshold", (int) CompetenceStatus.KNOWLEDGE_THRESHOLD);
    view.put("renewalMonths", renewal.toDays() / 30);
    return view;
  }

  private static Map<String, Object> row(CompetenceMap.CompetenceRow c, String hrefBase) {
    CompetenceStatus s = c.status();
    Map<String, Object> m = new HashMap<>();
    m.put("competence", c.competence());
    m.put("href", hrefBase + c.competence().id());
    m.put("words", s.words());
    m.put("gap", s.isGap());
    m.put("gaps", String.join("; ", s.gaps()));
    m.put("selfRating", s.selfRating().map(e -> ratingWords(e.rating())).orElse("—"));
    m.put("best", s.bestKnowledge().map(MapViews::percent).orElse("—"));
    m.put("latest", s.latestKnowledge().map(e -> percent(e) + " on " + DAY.format(e.recordedAt())).orElse("—"));
    m.put("reflectionCount", s.reflections().size());
    m.put("attestationCount", s.attestations().size());
    m.put("modules", c.modules());
    return m;
  }

  static String percent(EvidenceEntry e) {
    return Math.round(e.percent()) + "%";
  }

  static String ratingWords(String rating) {
    return switch (rating == null ? "" : rating) {
      case "not_yet" -> "Not yet";
      case "developing" -> "Developing";
      case "confident" -> "Confident";
      case "not_yet_demonstrated" -> "Not yet demonstrated";
      case "demonstrated" -> "Demonstrated";
      case "demonstrated_consistently" -> "Demonstrated consistently";
      default -> rating;
    };
  }

  static String basisWords(String basis) {
    return switch (basis == null ? "" : basis) {
      case "observed_session" -> "Observed session";
      case "recording_review" -> "Recording review";
      case "case_discussion" -> "Case discussion";
      case "role_play" -> "Role-play";
      default -> basis;
    };
  }

  /** Everything recorded for one competence, newest first, superseded entries marked. */
  static Map<String, Object> competence(Catalog catalog, Framework f, String competenceId, List<EvidenceEntry> all,
      Instant now, Duration renewal) {
    Framework.Competence c = f.competence(competenceId)
        .orElseThrow(() -> new NotFound("There is no competence \"" + competenceId + "\" in " + f.title() + "."));
    List<EvidenceEntry> entries = all.stream().filter(e -> e.competenceId().equals(competenceId)).toList();
    CompetenceStatus status = CompetenceStatus.of(entries, now, renewal);
    java.util.Set<Long> superseded = new java.util.HashSet<>();
    entries.forEach(e -> { if (e.supersedes() != null) { superseded.add(e.supersedes()); } });
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = entries.size() - 1; i >= 0; i--) {
      EvidenceEntry e = entries.get(i);
      Map<String, Object> m = new HashMap<>();
      m.put("kind", switch (e.kind()) {
        case KNOWLEDGE_CHECK -> "Knowledge check (quiz)";
        case SELF_ASSESSMENT -> "Self-assessment";
        case REFLECTION -> "Reflection";
        case ATTESTATION -> "Supervisor attestation";
      });
      m.put("level", levelWords(e.level()));
      m.put("when", DAY.format(e.recordedAt()));
      m.put("superseded", superseded.contains(e.id()));
      m.put("percent", e.percent() == null ? null : percent(e));
      m.put("items", String.join(", ", e.itemIds()));
      m.put("attemptId", e.attemptId());
      m.put("rating", e.rating() == null ? null : ratingWords(e.rating()));
      m.put("note", e.note());
      m.put("attestedBy", e.attestedBy());
      m.put("basis", e.basis() == null ? null : basisWords(e.basis()));
      m.put("observedOn", e.observedOn() == null ? null : e.observedOn().toString());
      list.add(m);
    }
    Map<String, Object> view = new HashMap<>();
    view.put("framework", f);
    view.put("competence", c);
    view.put("domain", f.domainOf(competenceId).orElse(null));
    view.put("words", status.words());
    view.put("gaps", status.gaps());
    view.put("entries", list);
    view.put("currentRating", status.selfRating().map(EvidenceEntry::rating).orElse(""));
    view.put("modules", CompetenceMap.modulesServing(competenceId, f,
        catalog.modules().stream().map(Catalog.ModuleEntry::module).toList()));
    return view;
  }

  static String levelWords(io.cairn.content.model.EvidenceLevel level) {
    return switch (level) {
      case KNOWS -> "Knows";
      case KNOWS_HOW -> "Knows how";
      case SHOWS_HOW -> "Shows how";
      case DOES -> "Does (in practice)";
    };
  }
}
