package io.cairn.content.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/content.schema.json (for editors) agrees with the seed content, and rejects what it can
 * express of the validator's rules.
 */
class ContentSchemaTest {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    try (InputStream in = Files.newInputStream(Path.of("docs", "content.schema.json"))) {
      schema = registry.getSchema(in);
    }
  }

  /** Reads YAML with Jackson and validates the tree (the validator takes Jackson 3 trees, so as JSON text). */
  private static List<Error> validate(String yaml) throws IOException {
    JsonNode tree = YAML.readTree(yaml);
    return schema.validate(tree.toString(), InputFormat.JSON);
  }

  private static List<Path> contentFiles() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("quizzes"))) {
      return files.filter(p -> {
        String name = p.getFileName().toString();
        return name.equals("module.yaml") || name.equals("quiz.yaml") || name.endsWith(".quiz.yaml");
      }).sorted().toList();
    }
  }

  @Test
  void everySeedModuleAndQuizFileMatchesTheSchema() throws IOException {
    List<Path> files = contentFiles();
    assertThat(files).hasSize(6);
    for (Path file : files) {
      assertThat(validate(Files.readString(file))).as("schema errors in %s", file).isEmpty();
    }
  }

  @Test
  void rejectsAnUnknownQuestionType() throws IOException {
    assertThat(validate("""
        id: q
        title: Q
        questions:
          - id: Q1
            type: essay
            stem: Discuss.
            competences: [C-1]
        """)).isNotEmpty();
  }

  @Test
  void rejectsAFilmWithoutCaptionsAndAnUnknownField() throws IOException {
    List<Error> errors = validate("""
        id: m
        title: M
        summary: S
        cpd_minutes: 10
        framework: f
        audiance: typo
        units:
          - id: film
            type: film
            title: Film
            minutes: 5
            competences: []
            media:
              src: media/m/film.mp4
              transcript: film.md
        """);
    assertThat(errors).isNotEmpty();
    assertThat(errors.toString()).contains("audiance").contains("captions");
  }

  @Test
  void rejectsFeedbackAfterCloseWithoutClosesAtAndEvidenceShowsHow() throws IOException {
    String quiz = """
        id: q
        title: Q
        settings:
          feedback: after_close
        questions:
          - id: Q1
            type: true_false
            stem: True?
            competences: [C-1]
            answer: true
        """;
    assertThat(validate(quiz)).isNotEmpty();
    assertThat(validate(quiz.replace("feedback: after_close", "feedback: after_close\n  closes_at: 2027-06-30T23:59:00Z")))
        .isEmpty();
    assertThat(validate(quiz.replace("feedback: after_close", "feedback: after_submit")
        .replace("answer: true", "answer: true\n    evidence_level: shows_how"))).isNotEmpty();
  }

  @Test
  void shortTextNeedsAcceptOrPatternAsTheValidatorDoes() throws IOException {
    String quiz = """
        id: q
        title: Q
        questions:
          - id: T1
            type: short_text
            stem: Which body registers data controllers?
            competences: [C-1]
        """;
    assertThat(validate(quiz)).isNotEmpty();
    assertThat(validate(quiz + "    pattern: \"(?i)ico\"\n")).isEmpty();
    assertThat(validate(quiz + "    accept: [ICO]\n")).isEmpty();
  }
}
