package io.cairn.content.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.quiz.model.Quiz;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The content shipped in quizzes/ is valid: three OPT modules, each with its quiz. */
class SeedContentTest {

  @Test
  void seedContentHasNoProblems() {
    ContentSet content = new ContentReader(Path.of("quizzes"), Path.of("webroot")).read();
    assertThat(content.problems()).isEmpty();
    assertThat(content.skippedModules()).isEmpty();
    assertThat(content.frameworks()).extracting(f -> f.id()).containsExactly("bacp-opt-adults");
    assertThat(content.modules()).extracting(b -> b.module().id()).containsExactly(
        "opt-m1-safe-practice", "opt-m2-risk-at-a-distance", "opt-m3-presence-process-self-care");
    assertThat(content.modules()).allSatisfy(b -> {
      assertThat(b.quizzes()).hasSize(1);
      assertThat(b.quizzes()).flatExtracting(Quiz::questions).isNotEmpty();
    });
  }
}
