package io.cairn.authoring.interchange.qti;

import io.cairn.authoring.interchange.ImportProblem;
import io.cairn.authoring.interchange.ImportProblem.Severity;
import io.cairn.content.model.EvidenceLevel;
import io.cairn.quiz.model.Question;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads one QTI 3.0 assessment item, Cairn's own or another tool's within the supported subset
 * (one choice, match, order or text-entry interaction per item), into a Cairn question. Problems
 * name the item file and the element.
 */
final class QtiItemReader {
  /** What the package says about an item beyond the item itself. */
  record Context(List<String> competences, EvidenceLevel level, double points) {}

  /** Stops reading an item; the problem is already recorded. */
  static final class Refused extends Exception {
    Refused() {
      super(null, null, false, false);
    }
  }

  private static final Set<String> SUPPORTED = Set.of("qti-choice-interaction", "qti-match-interaction",
      "qti-order-interaction", "qti-text-entry-interaction");

  final String file;
  final List<ImportProblem> problems;
  String id;
  Element item;
  Element declaration;
  final Map<String, String> feedback = new LinkedHashMap<>();

  QtiItemReader(String file, List<ImportProblem> problems) {
    this.file = file;
    this.problems = problems;
  }

  Question read(Document doc, Context context) {
    try {
      return readOrRefuse(doc, context);
    } catch (Refused e) {
      return null;
    }
  }

  private Question readOrRefuse(Document doc, Context ctx) throws Refused {
    item = doc.getDocumentElement();
    String ns = item.getNamespaceURI();
    if (!"qti-assessment-item".equals(item.getLocalName()) || !Qti.NS.equals(ns)) {
      boolean qti2 = ns != null && ns.contains("imsqti_v2");
      refuse(item, qti2 ? "a QTI 2.x item: Cairn reads QTI 3.0 (namespace " + Qti.NS + ")"
          : "not a QTI 3.0 assessment item (root element " + item.getTagName() + ")");
    }
    id = Qti.decode(Qti.attr(item, "identifier"));
    if (id == null) {
      refuse(item, "the identifier \"" + item.getAttribute("identifier") + "\" cannot be a Cairn question id");
    }
    Element body = Qti.child(item, "qti-item-body");
    if (body == null) {
      refuse(item, "no qti-item-body");
    }
    List<Element> interactions = Qti.descendants(body, "*").stream()
        .filter(e -> e.getLocalName().endsWith("-interaction")).toList();
    if (interactions.isEmpty()) {
      refuse(body, "no interaction: nothing to answer");
    } else if (interactions.size() > 1) {
      refuse(interactions.get(1), "a second interaction: Cairn takes items with one interaction");
    }
    Element interaction = interactions.get(0);
    if (!SUPPORTED.contains(interaction.getLocalName())) {
      refuse(interaction, "Cairn has no question type for " + interaction.getLocalName());
    }
    declaration = declaration(interaction);
    readFeedback();
    String stem = stem(body, interaction);
    QtiInteractionReader.Head head = new QtiInteractionReader.Head(id, stem, ctx.points(), ctx.competences(),
        ctx.level(), feedback.remove(Qti.GENERAL));
    Question q = new QtiInteractionReader(this, head).read(interaction);
    feedback.keySet().forEach(k -> warn("qti-modal-feedback", "the feedback \"" + k + "\" is not kept: Cairn has "
        + "feedback per option, for a wrong answer and in general (identifier " + Qti.GENERAL + ")"));
    return q;
  }

  private Element declaration(Element interaction) throws Refused {
    String rid = Qti.attr(interaction, "response-identifier");
    for (Element d : Qti.children(item, "qti-response-declaration")) {
      if (d.getAttribute("identifier").equals(rid)) {
        return d;
      }
    }
    refuse(interaction, "no qti-response-declaration for response-identifier \"" + rid + "\"");
    return null;
  }

  private void readFeedback() {
    for (Element m : Qti.children(item, "qti-modal-feedback")) {
      Element content = Qti.child(m, "qti-content-body");
      String text = QtiText.read(content == null ? m : content, Set.of()).markdown();
      String key = Qti.attr(m, "identifier");
      if (key != null && !text.isBlank()) {
        feedback.merge(Qti.decode(key) == null ? key : Qti.decode(key), text, (a, b) -> a + "\n\n" + b);
      }
    }
  }

  private String stem(Element body, Element interaction) throws Refused {
    QtiText.Read main = QtiText.read(body, Set.of());
    Element prompt = Qti.child(interaction, "qti-prompt");
    String stem = main.markdown();
    if (prompt != null) {
      String p = QtiText.read(prompt, Set.of()).markdown();
      stem = stem.isBlank() ? p : stem + "\n\n" + p;
    }
    if (main.dropped()) {
      warn("qti-item-body", "images, media, scripts or other markup in the question text were left out");
    }
    if (stem.isBlank()) {
      refuse(body, "no question text");
    }
    return stem.strip();
  }

  /** Takes an option-like text, reporting what conversion left out. */
  String text(Element container, String what) {
    QtiText.Read r = QtiText.read(container, Set.of());
    if (r.dropped()) {
      warn(container.getLocalName(), "images, media or other markup in " + what + " were left out");
    }
    return r.markdown();
  }

  void refuse(Element at, String message) throws Refused {
    problems.add(ImportProblem.inFile(Severity.ERROR, file, at == null ? null : at.getLocalName(), id,
        message + "; not imported"));
    throw new Refused();
  }

  void warn(String element, String message) {
    problems.add(ImportProblem.inFile(Severity.WARNING, file, element, id, message));
  }

  Element processing() {
    return Qti.child(item, "qti-response-processing");
  }

  /** The response processing template's name (match_correct, map_response…), or null when written out. */
  String template() {
    Element rp = processing();
    String t = rp == null ? null : Qti.attr(rp, "template");
    if (t == null) {
      return null;
    }
    String name = t.substring(t.lastIndexOf('/') + 1);
    return name.endsWith(".xml") ? name.substring(0, name.length() - 4) : name;
  }

  /** Whether the written-out response processing uses an operator (qti-map-response, qti-index…). */
  boolean uses(String localName) {
    Element rp = processing();
    return rp != null && !Qti.descendants(rp, localName).isEmpty();
  }
}
