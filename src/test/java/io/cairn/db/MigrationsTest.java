package io.cairn.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.testing.Jdbc;
import io.cairn.testing.TestDatabase;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** Flyway builds the schema on an empty PostgreSQL, once; content versions cannot be changed in place. */
class MigrationsTest {

  private static long migrationFiles() throws IOException, URISyntaxException {
    Path dir = Path.of(MigrationsTest.class.getResource("/db/migration").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
    }
  }

  @Test
  void appliesEveryMigrationToAnEmptyDatabaseAndNothingTheSecondTime() throws Exception {
    String url = TestDatabase.createEmpty();
    assertThat(Jdbc.number(url, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"))
        .isZero();

    MigrateResult first = Migrations.migrate(Database.fromUrl(url));

    assertThat(first.success).isTrue();
    assertThat(first.migrationsExecuted).isEqualTo((int) migrationFiles()).isGreaterThanOrEqualTo(3);
    assertThat(Jdbc.column(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
        .contains("flyway_schema_history", "account", "session", "framework_version", "competence",
            "module_version", "quiz_version", "current_framework", "current_module", "current_quiz",
            "content_problem", "unit_progress", "reflection");
    assertThat(Jdbc.number(url, "SELECT count(*) FROM flyway_schema_history WHERE success"))
        .isEqualTo(migrationFiles());

    MigrateResult second = Migrations.migrate(Database.fromUrl(url));

    assertThat(second.success).isTrue();
    assertThat(second.migrationsExecuted).isZero();
    assertThat(second.initialSchemaVersion).isEqualTo(first.targetSchemaVersion);
  }

  @Test
  void moduleAndQuizVersionsCannotBeUpdatedOrDeleted() throws SQLException {
    String url = TestDatabase.create();
    Jdbc.update(url, """
        INSERT INTO framework_version (framework_id, version, content_hash, title, status, definition)
        VALUES ('fw', 1, 'h', 'Framework', 'illustrative', '{}')""");
    Jdbc.update(url, """
        INSERT INTO module_version (module_id, version, content_hash, framework_version_id, title, source, definition)
        SELECT 'm', 1, 'h', id, 'Module', 'file', '{}' FROM framework_version""");
    Jdbc.update(url, """
        INSERT INTO quiz_version (quiz_id, version, content_hash, module_id, framework_version_id, title, source, definition)
        SELECT 'q', 1, 'h', 'm', id, 'Quiz', 'file', '{}' FROM framework_version""");

    for (String table : new String[] {"module_version", "quiz_version", "framework_version"}) {
      assertThatThrownBy(() -> Jdbc.update(url, "UPDATE " + table + " SET title = 'Changed'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining(table + " rows are immutable")
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23001"));
      assertThatThrownBy(() -> Jdbc.update(url, "DELETE FROM " + table))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining(table + " rows are immutable");
    }
    assertThat(Jdbc.column(url, "SELECT title FROM module_version")).containsExactly("Module");
    assertThat(Jdbc.column(url, "SELECT title FROM quiz_version")).containsExactly("Quiz");
  }
}
