package io.cairn.authoring.interchange.qti;

import io.cairn.authoring.interchange.ImportProblem;
import io.cairn.authoring.interchange.ImportProblem.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads an assessment test: the order of its items, scenarios (sections nested in a top-level
 * section, with a candidate rubric block as the vignette), item weights (points), and the
 * settings QTI has: time limit, shuffled questions, linear navigation and the pass mark.
 */
final class QtiTestReader {
  record ItemRef(String href, double weight) {}

  /** One entry of the quiz: an item, or a scenario with its items. */
  record Entry(ItemRef item, String scenarioId, String vignette, String scenarioFeedback, List<ItemRef> items) {}

  record Test(String id, String title, String intro, Integer timeLimitMinutes, boolean shuffle, boolean linear,
      Integer passMark, List<Entry> entries) {}

  private final String file;
  private final List<ImportProblem> problems;

  private QtiTestReader(String file, List<ImportProblem> problems) {
    this.file = file;
    this.problems = problems;
  }

  static Test read(String file, Document doc, List<ImportProblem> problems) {
    return new QtiTestReader(file, problems).test(doc.getDocumentElement());
  }

  private Test test(Element test) {
    List<Entry> entries = new ArrayList<>();
    List<String> intros = new ArrayList<>();
    boolean shuffle = false;
    boolean linear = false;
    for (Element part : Qti.children(test, "qti-test-part")) {
      linear |= "linear".equals(part.getAttribute("navigation-mode"));
      for (Element top : Qti.children(part, "qti-assessment-section")) {
        shuffle |= Qti.children(top, "qti-ordering").stream().anyMatch(o -> "true".equals(o.getAttribute("shuffle")));
        for (Element rubric : Qti.children(top, "qti-rubric-block")) {
          if (rubric.getAttribute("view").contains("candidate")) {
            intros.add(QtiText.read(rubric, Set.of()).markdown());
          }
        }
        for (Element child : Qti.children(top, null)) {
          if (child.getLocalName().equals("qti-assessment-item-ref")) {
            entries.add(new Entry(ref(child), null, null, null, List.of()));
          } else if (child.getLocalName().equals("qti-assessment-section")) {
            entries.addAll(section(child));
          }
        }
      }
    }
    String id = Qti.attr(test, "identifier");
    return new Test(id == null ? null : id.replaceFirst("^_+", ""), Qti.attr(test, "title"),
        intros.isEmpty() ? null : String.join("\n\n", intros), timeLimit(test), shuffle, linear, passMark(test), entries);
  }

  /** A nested section: a scenario when it has a candidate rubric block, else its items in place. */
  private List<Entry> section(Element section) {
    List<ItemRef> items = new ArrayList<>();
    for (Element child : Qti.children(section, null)) {
      if (child.getLocalName().equals("qti-assessment-item-ref")) {
        items.add(ref(child));
      } else if (child.getLocalName().equals("qti-assessment-section")) {
        problems.add(ImportProblem.inFile(Severity.WARNING, file, "qti-assessment-section", null, "section "
            + child.getAttribute("identifier") + " is nested too deep; its items join the section around it"));
        section(child).forEach(e -> items.addAll(e.item() != null ? List.of(e.item()) : e.items()));
      }
    }
    String vignette = null;
    String feedback = null;
    for (Element rubric : Qti.children(section, "qti-rubric-block")) {
      String text = QtiText.read(rubric, Set.of()).markdown();
      if (rubric.getAttribute("view").contains("candidate")) {
        vignette = vignette == null ? text : vignette + "\n\n" + text;
      } else if ("scenario-feedback".equals(rubric.getAttribute("use"))) {
        feedback = text;
      }
    }
    if (vignette == null || items.isEmpty()) {
      return items.stream().map(i -> new Entry(i, null, null, null, List.of())).toList();
    }
    return List.of(new Entry(null, Qti.decode(section.getAttribute("identifier")), vignette, feedback, items));
  }

  private ItemRef ref(Element ref) {
    double weight = 1;
    Element w = Qti.child(ref, "qti-weight");
    if (w != null) {
      try {
        weight = Double.parseDouble(w.getAttribute("value").strip());
      } catch (NumberFormatException e) {
        problems.add(ImportProblem.inFile(Severity.WARNING, file, "qti-weight", null,
            "the weight \"" + w.getAttribute("value") + "\" is not a number; the question is worth 1 point"));
      }
      if (!(weight > 0)) {
        weight = 1;
      }
    }
    return new ItemRef(QtiZip.resolve(file, ref.getAttribute("href")), weight);
  }

  private static Integer timeLimit(Element test) {
    for (Element t : Qti.descendants(test, "qti-time-limits")) {
      String max = Qti.attr(t, "max-time");
      if (max != null) {
        try {
          return (int) Math.max(1, Math.ceil(Double.parseDouble(max) / 60));
        } catch (NumberFormatException ignored) {
          // no limit then
        }
      }
    }
    return null;
  }

  /** The fraction in PASS = SCORE ≥ MAXSCORE × fraction, as a percent. */
  private static Integer passMark(Element test) {
    for (Element set : Qti.descendants(test, "qti-set-outcome-value")) {
      if (!"PASS".equals(set.getAttribute("identifier"))) {
        continue;
      }
      for (Element product : Qti.descendants(set, "qti-product")) {
        for (Element v : Qti.children(product, "qti-base-value")) {
          try {
            long pct = Math.round(Double.parseDouble(v.getTextContent().strip()) * 100);
            if (pct >= 0 && pct <= 100) {
              return (int) pct;
            }
          } catch (NumberFormatException ignored) {
            // not a pass mark
          }
        }
      }
    }
    return null;
  }
}
