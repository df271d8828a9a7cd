package io.cairn.authoring.interchange.qti;

import io.cairn.authoring.interchange.qti.QtiInteractionReader.Head;
import io.cairn.authoring.interchange.qti.QtiItemReader.Refused;
import io.cairn.quiz.model.Question;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/** Text-entry interactions: a float or integer response is numeric, a string response short text. */
final class QtiEntryReader {
  private final QtiItemReader r;
  private final Head h;

  QtiEntryReader(QtiItemReader reader, Head head) {
    this.r = reader;
    this.h = head;
  }

  Question read(Element interaction) throws Refused {
    String type = r.declaration.getAttribute("base-type");
    String wrong = wrongFeedback();
    if (type.equals("float") || type.equals("integer")) {
      return numeric(wrong);
    } else if (!type.equals("string")) {
      r.refuse(r.declaration, "a text entry with base-type \"" + type + "\" (Cairn takes string, float or integer)");
    }
    List<String> accept = new ArrayList<>();
    boolean caseSensitive = true;
    boolean any = false;
    for (Element e : mappingEntries(r.declaration)) {
      double value = Double.parseDouble(e.getAttribute("mapped-value").strip());
      if (value >= 1 - 1e-9) {
        accept.add(e.getAttribute("map-key"));
        any = true;
        caseSensitive &= !"false".equals(e.getAttribute("case-sensitive").strip());
      } else if (value > 0) {
        r.warn("qti-map-entry", "partial credit for \"" + e.getAttribute("map-key") + "\" is not kept: a Cairn short "
            + "answer is right or wrong; it is left out");
      }
    }
    if (!any) {
      accept.addAll(correct(r.declaration));
    }
    List<Element> patterns = r.processing() == null ? List.of() : Qti.descendants(r.processing(), "qti-pattern-match");
    String pattern = patterns.isEmpty() ? null : Qti.attr(patterns.get(0), "pattern");
    if (accept.isEmpty() && pattern == null) {
      r.refuse(r.declaration, "no accepted answer (no correct response, mapping or pattern)");
    }
    return new Question.ShortText(h.id(), h.stem(), h.points(), h.competences(), h.level(), h.feedback(),
        List.copyOf(accept), pattern, any && caseSensitive, wrong);
  }

  private Question numeric(String wrong) throws Refused {
    List<String> correct = correct(r.declaration);
    if (correct.size() != 1) {
      r.refuse(r.declaration, "a numeric item needs one correct response");
    }
    double answer;
    try {
      answer = Double.parseDouble(correct.get(0));
    } catch (NumberFormatException e) {
      r.refuse(r.declaration, "the correct response \"" + correct.get(0) + "\" is not a number");
      return null;
    }
    double tolerance = 0;
    Question.ToleranceMode mode = Question.ToleranceMode.ABSOLUTE;
    List<Element> equals = r.processing() == null ? List.of() : Qti.descendants(r.processing(), "qti-equal");
    if (!equals.isEmpty()) {
      Element eq = equals.get(0);
      String tol = Qti.attr(eq, "tolerance");
      String m = Qti.attr(eq, "tolerance-mode");
      if (tol != null && m != null && !m.equals("exact")) {
        String[] parts = tol.split("\\s+");
        BigDecimal t = new BigDecimal(parts[parts.length - 1]);
        if (parts.length == 2 && new BigDecimal(parts[0]).compareTo(t) != 0) {
          r.warn("qti-equal", "the tolerance " + tol + " differs below and above; Cairn uses ±" + t.max(new BigDecimal(parts[0])));
          t = t.max(new BigDecimal(parts[0]));
        }
        if (m.equals("relative")) {
          mode = Question.ToleranceMode.RELATIVE;
          t = t.divide(BigDecimal.valueOf(100));
        }
        tolerance = t.doubleValue();
      }
    } else if (!"match_correct".equals(r.template())) {
      r.warn("qti-response-processing", "no qti-equal found: the answer is read as exact (tolerance 0)");
    }
    return new Question.Numeric(h.id(), h.stem(), h.points(), h.competences(), h.level(), h.feedback(), answer,
        tolerance, mode, null, false, wrong);
  }

  private String wrongFeedback() {
    for (String key : List.copyOf(r.feedback.keySet())) {
      if (key.equalsIgnoreCase(Qti.INCORRECT) || key.equalsIgnoreCase("wrong")) {
        return r.feedback.remove(key);
      }
    }
    return null;
  }

  static List<String> correct(Element declaration) {
    Element c = Qti.child(declaration, "qti-correct-response");
    List<String> values = new ArrayList<>();
    if (c != null) {
      Qti.children(c, "qti-value").forEach(v -> values.add(v.getTextContent().strip()));
    }
    return values;
  }

  static List<Element> mappingEntries(Element declaration) {
    Element m = Qti.child(declaration, "qti-mapping");
    return m == null ? List.of() : Qti.children(m, "qti-map-entry");
  }

  /** Map keys (identifiers decoded, pairs kept as "a b") to mapped values. */
  static Map<String, Double> mapping(Element declaration) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (Element e : mappingEntries(declaration)) {
      String[] ends = e.getAttribute("map-key").strip().split("\\s+");
      StringBuilder key = new StringBuilder();
      for (String end : ends) {
        key.append(key.length() == 0 ? "" : " ").append(Qti.decode(end) == null ? end : Qti.decode(end));
      }
      try {
        map.put(key.toString(), Double.parseDouble(e.getAttribute("mapped-value").strip()));
      } catch (NumberFormatException ignored) {
        // an unreadable value maps to nothing
      }
    }
    return map;
  }
}
