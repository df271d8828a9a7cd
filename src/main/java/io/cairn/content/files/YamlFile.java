package io.cairn.content.files;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Parses a YAML (or JSON) file to a node tree that remembers lines, reporting syntax errors. */
public final class YamlFile {
  /** Quiz files are small; this keeps a hostile file from exhausting memory. */
  static final int MAX_BYTES = 2 * 1024 * 1024;

  private YamlFile() {}

  public static Optional<YamlObject> read(Path file, ProblemSink sink) {
    return readText(file, sink).flatMap(text -> parse(text, sink));
  }

  public static Optional<YamlObject> parse(String text, ProblemSink sink) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // YamlObject reports duplicates with both lines
    options.setMaxAliasesForCollections(20);
    options.setCodePointLimit(MAX_BYTES);
    try {
      Node root = new Yaml(options).compose(new StringReader(text));
      if (root == null) {
        sink.add(0, "", "the file is empty");
        return Optional.empty();
      }
      return YamlObject.of(root, "", sink);
    } catch (MarkedYAMLException e) {
      sink.add(syntaxErrorLine(e), "", syntaxErrorMessage(e));
      return Optional.empty();
    } catch (YAMLException e) {
      sink.add(0, "", "not valid YAML: " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Where to look: the problem's line, except when the file ended inside something left open (an
   * unclosed quote or bracket), where the line that opened it is the one to fix.
   */
  private static int syntaxErrorLine(MarkedYAMLException e) {
    boolean endOfFile = e.getProblem() != null && e.getProblem().contains("end of stream");
    if (endOfFile && e.getContextMark() != null) {
      return e.getContextMark().getLine() + 1;
    }
    return e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
  }

  private static String syntaxErrorMessage(MarkedYAMLException e) {
    String message = "not valid YAML: " + e.getProblem();
    if (e.getContext() != null && e.getContextMark() != null) {
      message += " " + e.getContext() + " that starts at line " + (e.getContextMark().getLine() + 1);
    }
    return message;
  }

  /** Reads a UTF-8 text file, reporting a missing, oversized or non-UTF-8 file. */
  public static Optional<String> readText(Path file, ProblemSink sink) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        sink.add(0, "", "the file is larger than " + MAX_BYTES / 1024 + " KiB");
        return Optional.empty();
      }
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (MalformedInputException e) {
      sink.add(0, "", "the file is not UTF-8 text");
    } catch (IOException e) {
      sink.add(0, "", "cannot read the file: " + e.getMessage());
    }
    return Optional.empty();
  }
}
