package io.cairn.authoring.editor;

import io.cairn.content.files.ModuleWriter;
import io.cairn.content.model.Module;
import io.cairn.content.model.Unit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A module's tree for its forms: the writer's tree, with the markdown a unit's file holds next to
 * the file's name ({@code body_text}, {@code media.transcript_text}), so a tutor edits the text and
 * the writer names the file.
 */
final class ModuleWriterTree {
  static final String BODY_TEXT = "body_text";
  static final String TRANSCRIPT_TEXT = "transcript_text";

  private ModuleWriterTree() {}

  static Map<String, Object> of(Module m) {
    return ModuleWriter.tree(m, new HashMap<>());
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> unit(Unit u) {
    Map<String, Object> t = ModuleWriter.unit(u, new HashMap<>());
    t.put(BODY_TEXT, u.body());
    if (t.get("media") instanceof Map<?, ?> media) {
      ((Map<String, Object>) media).put(TRANSCRIPT_TEXT, u.media().transcript());
    }
    return t;
  }

  /**
   * Moves the markdown text out of a unit's form tree into the files the module.yaml names.
   *
   * @return the markdown files, by name
   */
  @SuppressWarnings("unchecked")
  static Map<String, String> extractMarkdown(Map<String, Object> unit, Map<String, String> markdown) {
    String id = String.valueOf(unit.getOrDefault("id", "unit"));
    Object body = unit.remove(BODY_TEXT);
    if (body != null) {
      markdown.put(ModuleWriter.bodyName(id), body.toString());
      unit.put("body", ModuleWriter.bodyName(id));
    }
    if (unit.get("media") instanceof Map<?, ?> media) {
      Object transcript = ((Map<String, Object>) media).remove(TRANSCRIPT_TEXT);
      if (transcript != null) {
        markdown.put(ModuleWriter.transcriptName(id), transcript.toString());
        ((Map<String, Object>) media).put("transcript", ModuleWriter.transcriptName(id));
      }
    }
    return markdown;
  }

  static List<String> unitKeys() {
    return List.of("id", "type", "title", "minutes", "competences", "intro", "media", "done_when_played_percent",
        "body", "attachments", "prompt", "guidance", "quiz");
  }
}
