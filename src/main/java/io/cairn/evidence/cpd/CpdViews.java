package io.cairn.evidence.cpd;

import io.cairn.content.Catalog;
import io.cairn.content.model.Framework;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** View models of the CPD record page: plain maps with dates and words already formatted. */
final class CpdViews {
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private CpdViews() {}

  /** The framework free entries are mapped to: the one the competence map shows by default. */
  static Optional<Catalog.FrameworkEntry> framework(Catalog catalog) {
    return catalog.frameworks().values().stream().min(Comparator.comparing(f -> f.framework().id()));
  }

  static Map<String, Object> page(CpdRecord r, Framework framework) {
    Map<String, Object> view = new HashMap<>();
    view.put("statement", r.statement());
    view.put("totalHours", hours(r.totalCpdMinutes()));
    view.put("completedCount", r.completedModules().size());
    view.put("completed", r.completedModules().stream().map(m -> Map.<String, Object>of("id", m.moduleId(),
        "title", m.title(), "cpdHours", hours(m.cpdMinutes()), "completedOn", day(m.completedAt()),
        "version", m.version(), "code", m.certificateCode() == null ? "" : m.certificateCode())).toList());
    view.put("reflections", r.reflections().stream().map(x -> Map.<String, Object>of("moduleTitle", x.moduleTitle(),
        "unitTitle", x.unitTitle(), "href", "/modules/" + x.moduleId() + "/units/" + x.unitId(),
        "paragraphs", paragraphs(x.text()), "savedOn", day(x.savedAt()))).toList());
    view.put("attempts", r.quizAttempts().stream().map(a -> Map.<String, Object>of("quizTitle", a.quizTitle(),
        "number", a.attemptNumber(), "on", day(a.submittedAt()), "percent", Math.round(a.percent()) + "%",
        "passed", a.passed() ? "Passed" : "Not passed")).toList());
    view.put("attestations", r.attestations().stream().map(a -> Map.<String, Object>of("competenceId", a.competenceId(),
        "competenceTitle", a.competenceTitle(), "supervisor", a.supervisor() == null ? "—" : a.supervisor(),
        "on", day(a.observedOn()), "basis", words(a.basis()), "rating", words(a.rating()),
        "level", "does".equals(a.level()) ? "Real practice (does)" : "Simulation or role-play (shows how)")).toList());
    view.put("entries", r.cpdEntries().stream().map(e -> Map.<String, Object>of("id", e.id(), "title", e.title(),
        "provider", e.provider() == null ? "" : e.provider(), "on", day(e.doneOn()), "cpdHours", hours(e.minutes()),
        "minutes", e.minutes(), "notes", paragraphs(e.notes()),
        "competences", String.join(", ", e.competenceIds()))).toList());
    view.put("framework", framework);
    return view;
  }

  /** The competence choices of the free-entry form, grouped by domain, with the learner's ticks kept. */
  static List<Map<String, Object>> choices(Framework framework, Set<String> checked) {
    List<Map<String, Object>> domains = new ArrayList<>();
    if (framework == null) {
      return domains;
    }
    for (Framework.Domain d : framework.domains()) {
      List<Map<String, Object>> competences = d.competences().stream().map(c -> Map.<String, Object>of(
          "id", c.id(), "title", c.title(), "checked", checked.contains(c.id()))).toList();
      domains.add(Map.of("id", d.id(), "title", d.title(), "competences", competences));
    }
    return domains;
  }

  /** Text a person wrote, as paragraphs: blank lines separate them. */
  static List<String> paragraphs(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).toList();
  }

  static String hours(long minutes) {
    double h = CpdRecord.hours(minutes);
    return h == Math.rint(h) ? String.valueOf((long) h) : String.valueOf(h);
  }

  static String day(Instant t) {
    return t == null ? "" : DAY.format(t.atZone(ZoneOffset.UTC));
  }

  static String day(LocalDate d) {
    return d == null ? "" : DAY.format(d);
  }

  /** Stored codes in words: observed_session becomes "Observed session". */
  static String words(String code) {
    if (code == null || code.isEmpty()) {
      return "";
    }
    String s = code.replace('_', ' ').replace("role play", "role-play");
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
