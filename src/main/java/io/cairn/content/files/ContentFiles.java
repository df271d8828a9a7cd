package io.cairn.content.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The files a module refers to: markdown beside module.yaml, media under webroot. Paths may not
 * leave their folder.
 */
final class ContentFiles {
  static final List<String> VIDEO = List.of(".mp4", ".webm", ".ogv");
  static final List<String> AUDIO = List.of(".mp3", ".ogg", ".oga", ".m4a", ".opus", ".wav");
  static final List<String> CAPTIONS = List.of(".vtt");
  static final List<String> IMAGES = List.of(".jpg", ".jpeg", ".png", ".webp");
  static final List<String> ANY = List.of();

  private final Path moduleDir;
  private final Path webroot;
  /** Markdown files held in memory (an editor draft) instead of the module folder; null for a folder. */
  private final java.util.Map<String, String> inMemory;

  ContentFiles(Path moduleDir, Path webroot) {
    this(moduleDir, webroot, null);
  }

  private ContentFiles(Path moduleDir, Path webroot, java.util.Map<String, String> inMemory) {
    this.moduleDir = moduleDir.toAbsolutePath().normalize();
    this.webroot = webroot.toAbsolutePath().normalize();
    this.inMemory = inMemory;
  }

  /** A module whose markdown files are given by name (a draft), with media checked under webroot. */
  static ContentFiles inMemory(java.util.Map<String, String> markdown, Path webroot) {
    return new ContentFiles(Path.of("/module"), webroot, java.util.Map.copyOf(markdown));
  }

  /** Reads a markdown file named by {@code key}, relative to the module folder; returns its text. */
  String markdown(YamlObject o, String key, boolean required) {
    String name = required ? o.requiredText(key) : o.text(key, null);
    if (name == null) {
      return null;
    }
    Path file = moduleDir.resolve(name).normalize();
    if (!file.startsWith(moduleDir)) {
      o.problem(key, "\"" + name + "\" must be a file inside the module folder");
      return null;
    }
    if (!name.toLowerCase(Locale.ROOT).endsWith(".md")) {
      o.problem(key, "\"" + name + "\" must be a markdown file ending in .md");
      return null;
    }
    if (inMemory != null) {
      String text = inMemory.get(moduleDir.relativize(file).toString());
      if (text == null) {
        o.problem(key, "file not found: " + name);
      }
      return text;
    }
    if (!Files.isRegularFile(file)) {
      o.problem(key, "file not found: " + name);
      return null;
    }
    ProblemSink fileProblems = new ProblemSink(name);
    String text = YamlFile.readText(file, fileProblems).orElse(null);
    fileProblems.problems().forEach(p -> o.problem(key, name + ": " + p.message()));
    return text;
  }

  /** Checks that a file under webroot exists and has a suitable extension; returns its path. */
  String webFile(YamlObject o, String key, boolean required, List<String> extensions) {
    String name = required ? o.requiredText(key) : o.text(key, null);
    if (name == null) {
      return null;
    }
    Path file = webroot.resolve(name).normalize();
    if (name.startsWith("/") || !file.startsWith(webroot)) {
      o.problem(key, "\"" + name + "\" must be a path inside webroot/, such as media/m1/film.mp4");
      return null;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (!extensions.isEmpty() && extensions.stream().noneMatch(lower::endsWith)) {
      o.problem(key, "\"" + name + "\" must end in one of " + String.join(", ", extensions));
      return null;
    }
    if (!Files.isRegularFile(file)) {
      o.problem(key, "media file not found: webroot/" + name);
      return null;
    }
    if (extensions == CAPTIONS && !startsWithWebVtt(file)) {
      o.problem(key, "\"" + name + "\" is not a WebVTT file (it must begin with WEBVTT)");
    }
    return name;
  }

  private static boolean startsWithWebVtt(Path file) {
    try (var in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(9);
      String text = new String(head, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
      return text.startsWith("WEBVTT");
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
