package io.cairn.content.files;

import io.cairn.content.model.Module;
import io.cairn.content.model.Unit;
import io.cairn.content.model.UnitType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads module.yaml: metadata and units, with the markdown and media they refer to. */
final class ModuleReader {
  private static final List<String> UNIT_TYPES = Arrays.stream(UnitType.values()).map(UnitType::code).toList();

  private final ContentFiles files;
  private final Set<String> competences;
  private final Set<String> quizIds;

  /**
   * @param files resolves and reads the files units refer to
   * @param competences the competence ids of the module's framework (empty when it is unknown)
   * @param quizIds the ids of the quizzes in the module folder
   */
  ModuleReader(ContentFiles files, Set<String> competences, Set<String> quizIds) {
    this.files = files;
    this.competences = competences;
    this.quizIds = quizIds;
  }

  Module read(YamlObject m, String framework) {
    Ids.Unique unitIds = new Ids.Unique("unit");
    List<Unit> units = m.objects("units", true).stream()
        .map(u -> unit(u, unitIds))
        .flatMap(Optional::stream)
        .toList();
    Module module = new Module(
        Ids.checked(m, "id"),
        m.requiredText("title"),
        m.requiredText("summary"),
        m.text("audience", null),
        m.integer("cpd_minutes", 0, 1, 100_000),
        framework,
        m.object("completion", false).map(c -> completion(c, units)).orElse(Module.Completion.DEFAULT),
        units);
    if (!m.has("cpd_minutes")) {
      m.problem("cpd_minutes", "is required");
    }
    m.finish();
    return module;
  }

  private static Module.Completion completion(YamlObject c, List<Unit> units) {
    List<String> required = List.of();
    if (c.isText("units")) {
      String all = c.text("units", "all");
      if (!"all".equals(all)) {
        c.problem("units", "must be \"all\" or a list of unit ids, not '" + all + "'");
      }
    } else if (c.has("units")) {
      required = c.textList("units", true);
      for (String id : required) {
        if (units.stream().noneMatch(u -> u.id().equals(id))) {
          c.problem("units", "\"" + id + "\" is not the id of a unit of this module");
        }
      }
    }
    Module.Completion completion = new Module.Completion(required, c.bool("quizzes_passed", true));
    c.finish();
    return completion;
  }

  private Optional<Unit> unit(YamlObject u, Ids.Unique unitIds) {
    String id = Ids.local(u, "id");
    unitIds.check(u, "id", id);
    String typeCode = u.requiredText("type");
    Optional<UnitType> type = typeCode == null ? Optional.empty() : UnitType.fromCode(typeCode);
    if (typeCode != null && type.isEmpty()) {
      u.problem("type", "unknown unit type '" + typeCode + "'; expected one of " + String.join(", ", UNIT_TYPES));
    }
    String title = u.requiredText("title");
    int minutes = u.integer("minutes", 0, 0, 10_000);
    List<String> unitCompetences = u.textList("competences", false);
    for (String c : unitCompetences) {
      if (!competences.isEmpty() && !competences.contains(c)) {
        u.problem("competences", "\"" + c + "\" is not a competence of the module's framework");
      }
    }
    String intro = u.text("intro", null);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    UnitType t = type.get();
    Unit.Media media = t.isMedia() ? u.object("media", true).map(m -> media(m, t)).orElse(null) : null;
    int donePercent = t.isMedia() ? u.integer("done_when_played_percent", 90, 1, 100) : 0;
    String body = null;
    List<Unit.Attachment> attachments = List.of();
    if (t == UnitType.READING || t == UnitType.ACTIVITY) {
      body = files.markdown(u, "body", true);
      attachments = u.objects("attachments", false).stream().map(this::attachment).toList();
    }
    String prompt = t == UnitType.REFLECTION ? u.requiredText("prompt") : null;
    String guidance = t == UnitType.REFLECTION ? u.text("guidance", null) : null;
    String quiz = t == UnitType.QUIZ ? u.requiredText("quiz") : null;
    if (quiz != null && !quizIds.contains(quiz)) {
      u.problem("quiz", "no quiz with id \"" + quiz + "\" in this module folder (quizzes here: "
          + (quizIds.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(quizIds))) + ")");
    }
    u.finish();
    return Optional.of(new Unit(id, t, title, minutes, unitCompetences, intro, media, donePercent,
        body, attachments, prompt, guidance, quiz));
  }

  private Unit.Media media(YamlObject m, UnitType type) {
    String src = files.webFile(m, "src", true,
        type == UnitType.FILM ? ContentFiles.VIDEO : ContentFiles.AUDIO);
    String captions = files.webFile(m, "captions", type == UnitType.FILM, ContentFiles.CAPTIONS);
    String poster = files.webFile(m, "poster", false, ContentFiles.IMAGES);
    String transcript = files.markdown(m, "transcript", true);
    Unit.Media media = new Unit.Media(src, captions, poster, transcript, m.bool("demonstration", false));
    m.finish();
    return media;
  }

  private Unit.Attachment attachment(YamlObject a) {
    Unit.Attachment attachment = new Unit.Attachment(a.requiredText("title"),
        files.webFile(a, "href", true, ContentFiles.ANY));
    a.finish();
    return attachment;
  }
}
