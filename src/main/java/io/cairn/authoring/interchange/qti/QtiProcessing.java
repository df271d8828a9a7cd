package io.cairn.authoring.interchange.qti;

import static io.cairn.authoring.interchange.qti.Qti.el;
import static io.cairn.authoring.interchange.qti.Qti.text;

import java.util.List;
import org.w3c.dom.Element;

/**
 * Response processing as QTI expressions, for items that need more than a standard template:
 * feedback identifiers, Cairn's adjacent-pairs ordering rule, numeric tolerance and patterns.
 * Each rule here scores exactly as Cairn's Scorer does, except where docs/interchange.md says.
 */
final class QtiProcessing {
  private QtiProcessing() {}

  static void template(Element item, String url) {
    el(item, "qti-response-processing", "template", url);
  }

  static Element custom(Element item) {
    return el(item, "qti-response-processing");
  }

  /** SCORE = 1 when the response equals the correct response, else 0. */
  static void matchCorrect(Element rp) {
    Element cond = el(rp, "qti-response-condition");
    Element ifEl = el(cond, "qti-response-if");
    Element match = el(ifEl, "qti-match");
    el(match, "qti-variable", "identifier", "RESPONSE");
    el(match, "qti-correct", "identifier", "RESPONSE");
    score(ifEl, 1);
    score(el(cond, "qti-response-else"), 0);
  }

  /** SCORE = the mapped value of the response (0 when there is none), as map_response does. */
  static void mapResponse(Element rp) {
    Element cond = el(rp, "qti-response-condition");
    Element ifEl = el(cond, "qti-response-if");
    el(el(ifEl, "qti-is-null"), "qti-variable", "identifier", "RESPONSE");
    score(ifEl, 0);
    Element set = el(el(cond, "qti-response-else"), "qti-set-outcome-value", "identifier", "SCORE");
    el(set, "qti-map-response", "identifier", "RESPONSE");
  }

  /**
   * Cairn's partial ordering rule: 1/(n−1) for each adjacent pair of the correct order that the
   * response also has adjacent and in order; the exact order scores 1.
   */
  static void orderingPairs(Element rp, List<String> items) {
    int n = items.size();
    String share = Qti.number(1.0 / Math.max(1, n - 1));
    for (int position = 1; position < n; position++) {
      for (int pair = 0; pair + 1 < n; pair++) {
        Element ifEl = el(el(rp, "qti-response-condition"), "qti-response-if");
        Element and = el(ifEl, "qti-and");
        at(el(and, "qti-match"), position, items.get(pair));
        at(el(and, "qti-match"), position + 1, items.get(pair + 1));
        Element sum = el(el(ifEl, "qti-set-outcome-value", "identifier", "SCORE"), "qti-sum");
        el(sum, "qti-variable", "identifier", "SCORE");
        text(sum, "qti-base-value", share, "base-type", "float");
      }
    }
    Element ifEl = el(el(rp, "qti-response-condition"), "qti-response-if");
    Element match = el(ifEl, "qti-match");
    el(match, "qti-variable", "identifier", "RESPONSE");
    el(match, "qti-correct", "identifier", "RESPONSE");
    score(ifEl, 1);
  }

  private static void at(Element match, int position, String item) {
    el(el(match, "qti-index", "n", String.valueOf(position)), "qti-variable", "identifier", "RESPONSE");
    text(match, "qti-base-value", item, "base-type", "identifier");
  }

  /**
   * SCORE = 1 when {@code test} holds, else 0 (and INCORRECT feedback when asked for).
   *
   * @return the element to put the test expression in
   */
  static Element rightOrWrong(Element rp, boolean incorrectFeedback, java.util.function.Consumer<Element> test) {
    Element cond = el(rp, "qti-response-condition");
    Element ifEl = el(cond, "qti-response-if");
    test.accept(ifEl);
    score(ifEl, 1);
    Element elseEl = el(cond, "qti-response-else");
    score(elseEl, 0);
    if (incorrectFeedback) {
      addFeedback(elseEl, "qti-base-value", Qti.INCORRECT);
    }
    return ifEl;
  }

  /** FEEDBACK = FEEDBACK plus an identifier (base value) or the response's identifiers (variable). */
  static void addFeedback(Element parent, String kind, String value) {
    Element multiple = el(el(parent, "qti-set-outcome-value", "identifier", "FEEDBACK"), "qti-multiple");
    el(multiple, "qti-variable", "identifier", "FEEDBACK");
    if (kind.equals("qti-variable")) {
      el(multiple, "qti-variable", "identifier", value);
    } else {
      text(multiple, "qti-base-value", value, "base-type", "identifier");
    }
  }

  private static void score(Element parent, double value) {
    text(el(parent, "qti-set-outcome-value", "identifier", "SCORE"), "qti-base-value", Qti.number(value),
        "base-type", "float");
  }
}
