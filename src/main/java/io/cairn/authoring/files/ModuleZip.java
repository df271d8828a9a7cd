package io.cairn.authoring.files;

import io.cairn.content.files.ModuleWriter;
import io.cairn.content.files.QuizWriter;
import io.cairn.content.model.Module;
import io.cairn.errors.InvalidInput;
import io.cairn.quiz.model.Quiz;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A module folder as a zip: module.yaml, one {@code <quiz id>.quiz.yaml} per quiz, and the
 * markdown files the units use, all in one folder named after the module. Reading refuses what a
 * module folder never holds: other folders, other file types, too many or too large files.
 */
public final class ModuleZip {
  static final int MAX_ENTRIES = 200;
  static final long MAX_TOTAL_BYTES = 8L * 1024 * 1024;

  private ModuleZip() {}

  /** The files of a module folder by name (no folders). */
  public record Folder(String moduleYaml, Map<String, String> markdown, Map<String, String> quizzes) {}

  public static byte[] write(Module module, List<Quiz> quizzes) {
    ModuleWriter.ModuleFiles files = ModuleWriter.write(module);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      String dir = module.id() + "/";
      put(zip, dir + "module.yaml", files.moduleYaml());
      for (Quiz q : quizzes) {
        put(zip, dir + q.id() + ".quiz.yaml", QuizWriter.write(q));
      }
      for (Map.Entry<String, String> md : files.markdown().entrySet()) {
        put(zip, dir + md.getKey(), md.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static Folder read(byte[] zipBytes) {
    Map<String, String> markdown = new LinkedHashMap<>();
    Map<String, String> quizzes = new LinkedHashMap<>();
    String moduleYaml = null;
    long total = 0;
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes), StandardCharsets.UTF_8)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.isDirectory()) {
          continue;
        }
        if (++entries > MAX_ENTRIES) {
          throw new InvalidInput("file", "The zip holds more than " + MAX_ENTRIES + " files; a module folder never needs so many.");
        }
        String name = e.getName().contains("/") ? e.getName().substring(e.getName().lastIndexOf('/') + 1) : e.getName();
        byte[] data = zip.readNBytes((int) Math.min(MAX_TOTAL_BYTES - total + 1, Integer.MAX_VALUE - 8));
        total += data.length;
        if (total > MAX_TOTAL_BYTES) {
          throw new InvalidInput("file", "The zip unpacks to more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MiB.");
        }
        String text = new String(data, StandardCharsets.UTF_8);
        if (name.equals("module.yaml")) {
          moduleYaml = text;
        } else if (name.equals("quiz.yaml") || name.endsWith(".quiz.yaml")) {
          quizzes.put(name, text);
        } else if (name.endsWith(".md")) {
          markdown.put(name, text);
        } else if (!name.startsWith(".")) {
          throw new InvalidInput("file", "The zip holds " + e.getName() + ", which is not module.yaml, a quiz file or markdown. "
              + "Media go under webroot/, not in the module folder.");
        }
      }
    } catch (IOException e) {
      throw new InvalidInput("file", "The file is not a readable zip: " + e.getMessage());
    }
    if (moduleYaml == null) {
      throw new InvalidInput("file", "The zip has no module.yaml.");
    }
    return new Folder(moduleYaml, markdown, quizzes);
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
