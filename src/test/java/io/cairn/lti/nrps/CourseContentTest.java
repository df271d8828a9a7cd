package io.cairn.lti.nrps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.content.Catalog;
import io.cairn.lti.RepositoryCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseContentTest {
  @Test
  void aModuleLinkBringsItsQuizzesAndAQuizLinkOnlyItself() {
    Catalog catalog = RepositoryCatalog.load();
    Catalog.ModuleEntry first = catalog.modules().get(0);
    String quizOfSecond = catalog.modules().get(1).module().units().stream().filter(u -> u.quiz() != null)
        .findFirst().orElseThrow().quiz();
    CourseContent content = CourseContent.of(catalog, List.of(new Course.Placement(first.module().id(), null),
        new Course.Placement(catalog.modules().get(1).module().id(), quizOfSecond),
        new Course.Placement(null, null)));
    assertThat(content.moduleIds()).containsExactly(first.module().id());
    assertThat(content.quizIds()).hasSize(2).endsWith(quizOfSecond);
    assertThat(content.modules().get(0).units()).isEqualTo(first.module().units().size());
  }
}
