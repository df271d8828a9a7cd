package io.cairn.lti.deeplinking;

import io.cairn.content.Catalog;
import io.cairn.content.model.Module;
import io.cairn.content.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the Deep Linking picker offers: each module of the catalog and each of its quizzes, with
 * titles and CPD minutes. A choice is named in the form as {@code module:<id>} or {@code quiz:<id>}.
 */
public final class PickerOptions {
  public static final String MODULE = "module";
  public static final String QUIZ = "quiz";

  /** One thing to pick. */
  public record Option(String kind, String id, String title, String summary, String moduleTitle, int cpdMinutes,
      int passMarkPercent) {
    public String value() {
      return kind + ":" + id;
    }

    public boolean quiz() {
      return QUIZ.equals(kind);
    }
  }

  private PickerOptions() {}

  public static List<Option> modules(Catalog catalog) {
    List<Option> out = new ArrayList<>();
    for (Catalog.ModuleEntry e : catalog.modules()) {
      Module m = e.module();
      out.add(new Option(MODULE, m.id(), m.title(), m.summary(), null, m.cpdMinutes(), 0));
    }
    return out;
  }

  /** The quizzes, in module and unit order; a quiz's CPD minutes are those of its unit. */
  public static List<Option> quizzes(Catalog catalog) {
    List<Option> out = new ArrayList<>();
    for (Catalog.ModuleEntry e : catalog.modules()) {
      for (Unit u : e.module().units()) {
        if (u.quiz() == null) {
          continue;
        }
        catalog.quiz(u.quiz()).ifPresent(q -> out.add(new Option(QUIZ, q.quiz().id(), q.quiz().title(),
            q.quiz().intro(), e.module().title(), u.minutes(), q.quiz().settings().passMarkPercent())));
      }
    }
    return out;
  }

  /** The option a form value names, if the catalog has it. */
  public static Optional<Option> find(Catalog catalog, String value) {
    if (value == null) {
      return Optional.empty();
    }
    List<Option> all = new ArrayList<>(modules(catalog));
    all.addAll(quizzes(catalog));
    return all.stream().filter(o -> o.value().equals(value.strip())).findFirst();
  }
}
