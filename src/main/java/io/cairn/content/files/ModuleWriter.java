package io.cairn.content.files;

import io.cairn.content.model.Module;
import io.cairn.content.model.Unit;
import io.cairn.content.model.UnitType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module as its folder's files: module.yaml and the markdown files its units use, the inverse of
 * {@link ModuleReader}. The model holds markdown text, not file names, so the writer names them
 * after their unit: {@code <unit id>.md} for a body, {@code <unit id>.transcript.md} for a
 * transcript.
 */
public final class ModuleWriter {
  private ModuleWriter() {}

  /** module.yaml's text and the markdown files beside it, by file name. */
  public record ModuleFiles(String moduleYaml, Map<String, String> markdown) {}

  public static ModuleFiles write(Module module) {
    Map<String, String> markdown = new LinkedHashMap<>();
    return new ModuleFiles(YamlWriter.write(tree(module, markdown)), markdown);
  }

  /** The module as ordered maps and lists; the markdown the units use goes into {@code markdown}. */
  public static Map<String, Object> tree(Module m, Map<String, String> markdown) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("id", m.id());
    t.put("title", m.title());
    t.put("summary", m.summary());
    t.put("audience", m.audience());
    t.put("cpd_minutes", m.cpdMinutes());
    t.put("framework", m.framework());
    Module.Completion c = m.completion() == null ? Module.Completion.DEFAULT : m.completion();
    Map<String, Object> completion = new LinkedHashMap<>();
    completion.put("units", c.units() == null || c.units().isEmpty() ? "all" : c.units());
    completion.put("quizzes_passed", c.quizzesPassed());
    t.put("completion", completion);
    List<Object> units = new ArrayList<>();
    for (Unit u : m.units()) {
      units.add(unit(u, markdown));
    }
    t.put("units", units);
    return t;
  }

  public static Map<String, Object> unit(Unit u, Map<String, String> markdown) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("id", u.id());
    t.put("type", u.type() == null ? null : u.type().code());
    t.put("title", u.title());
    t.put("minutes", u.minutes());
    t.put("competences", u.competences() == null ? List.of() : u.competences());
    t.put("intro", u.intro());
    if (u.type() != null && u.type().isMedia() && u.media() != null) {
      Unit.Media media = u.media();
      Map<String, Object> mt = new LinkedHashMap<>();
      mt.put("src", media.src());
      mt.put("captions", media.captions());
      mt.put("poster", media.poster());
      mt.put("transcript", file(markdown, transcriptName(u.id()), media.transcript()));
      mt.put("demonstration", media.demonstration() ? Boolean.TRUE : null);
      t.put("media", mt);
      t.put("done_when_played_percent", u.doneWhenPlayedPercent());
    }
    if (u.type() == UnitType.READING || u.type() == UnitType.ACTIVITY) {
      t.put("body", file(markdown, bodyName(u.id()), u.body()));
      if (u.attachments() != null && !u.attachments().isEmpty()) {
        List<Object> attachments = new ArrayList<>();
        for (Unit.Attachment a : u.attachments()) {
          Map<String, Object> at = new LinkedHashMap<>();
          at.put("title", a.title());
          at.put("href", a.href());
          attachments.add(at);
        }
        t.put("attachments", attachments);
      }
    }
    t.put("prompt", u.prompt());
    t.put("guidance", u.guidance());
    t.put("quiz", u.quiz());
    return t;
  }

  public static String bodyName(String unitId) {
    return unitId + ".md";
  }

  public static String transcriptName(String unitId) {
    return unitId + ".transcript.md";
  }

  private static String file(Map<String, String> markdown, String name, String text) {
    if (text == null) {
      return null;
    }
    markdown.put(name, text);
    return name;
  }
}
