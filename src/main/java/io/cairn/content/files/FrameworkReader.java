package io.cairn.content.files;

import io.cairn.content.model.Framework;
import io.cairn.content.model.Framework.Competence;
import io.cairn.content.model.Framework.Domain;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a framework file. The format is open (providers bring their own JSON): fields Cairn does
 * not use are ignored, but the ones it uses are checked.
 */
public final class FrameworkReader {
  private FrameworkReader() {}

  public static Optional<Framework> read(Path file, ProblemSink sink) {
    return YamlFile.read(file, sink).map(FrameworkReader::framework);
  }

  static Framework framework(YamlObject f) {
    Ids.Unique seen = new Ids.Unique("domain or competence");
    List<Domain> domains = f.objects("domains", true).stream()
        .map(d -> domain(d, seen))
        .toList();
    Map<String, String> legend = new LinkedHashMap<>();
    f.object("verification_legend", false).ifPresent(l -> {
      for (String key : List.of("verified=true", "verified=false", "title_verified")) {
        String text = l.text(key, null);
        if (text != null) {
          legend.put(key, text);
        }
      }
    });
    return new Framework(
        Ids.checked(f, "id"),
        f.requiredText("title"),
        f.requiredText("version"),
        f.text("publisher", null),
        f.text("source", null),
        f.requiredText("status"),
        f.text("copyright_note", null),
        f.text("methodology", null),
        legend,
        domains);
  }

  private static Domain domain(YamlObject d, Ids.Unique seen) {
    String id = d.requiredText("id");
    seen.check(d, "id", id);
    List<Competence> competences = d.objects("competences", true).stream()
        .map(c -> {
          String cid = c.requiredText("id");
          seen.check(c, "id", cid);
          return new Competence(cid, c.requiredText("title"), c.text("summary", null),
              c.bool("verified", false), c.text("basis", null));
        })
        .toList();
    // "partial" and other words count as not verified; the title note says why
    boolean titleVerified = "true".equals(d.text("title_verified", "false"));
    return new Domain(id, d.requiredText("title"), titleVerified,
        d.text("title_note", null), competences);
  }
}
