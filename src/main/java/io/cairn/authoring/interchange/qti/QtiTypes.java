package io.cairn.authoring.interchange.qti;

import static io.cairn.authoring.interchange.qti.Qti.el;
import static io.cairn.authoring.interchange.qti.Qti.encode;

import io.cairn.authoring.interchange.ExportNote;
import io.cairn.quiz.model.Question;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** The response declaration, interaction and response processing of each question type. */
final class QtiTypes {
  private final QtiItemWriter w;
  private final boolean shuffle;

  QtiTypes(QtiItemWriter writer, boolean shuffle) {
    this.w = writer;
    this.shuffle = shuffle;
  }

  void write(Question q) {
    w.feedback(Qti.GENERAL, q.feedback());
    if (q instanceof Question.SingleChoice sc) {
      choice(sc.options(), false, true);
    } else if (q instanceof Question.MultipleResponse mr) {
      choice(mr.options(), mr.scoring() == Question.Scoring.PARTIAL, false);
    } else if (q instanceof Question.TrueFalse tf) {
      trueFalse(tf);
    } else if (q instanceof Question.Matching m) {
      matching(m);
    } else if (q instanceof Question.Ordering o) {
      ordering(o);
    } else if (q instanceof Question.ShortText st) {
      QtiTextEntry.shortText(w, st);
    } else if (q instanceof Question.Numeric n) {
      QtiTextEntry.numeric(w, n);
    }
    w.finish();
  }

  private void choice(List<Question.Option> options, boolean partial, boolean single) {
    options.forEach(o -> w.feedback(o.id(), o.feedback()));
    List<String> correct = options.stream().filter(Question.Option::correct).map(o -> encode(o.id())).toList();
    Element decl = w.response(single ? "single" : "multiple", "identifier", correct);
    if (partial) {
      long k = correct.size();
      long wrong = options.size() - k;
      Element mapping = QtiItemWriter.mapping(decl, "0");
      for (Question.Option o : options) {
        String value = o.correct() ? QtiItemWriter.share(1.0 / k) : QtiItemWriter.share(-1.0 / wrong);
        el(mapping, "qti-map-entry", "map-key", encode(o.id()), "mapped-value", value);
      }
    }
    Element interaction = el(w.body(), "qti-choice-interaction", "response-identifier", "RESPONSE",
        "shuffle", String.valueOf(shuffle), "max-choices", single ? "1" : "0");
    for (Question.Option o : options) {
      QtiText.write(el(interaction, "qti-simple-choice", "identifier", encode(o.id())), o.text());
    }
    boolean optionFeedback = options.stream().anyMatch(o -> w.hasFeedback(o.id()));
    w.processing(partial ? Qti.MAP_RESPONSE : Qti.MATCH_CORRECT, optionFeedback);
  }

  private void trueFalse(Question.TrueFalse tf) {
    w.feedback("true", tf.trueFeedback());
    w.feedback("false", tf.falseFeedback());
    w.response("single", "identifier", List.of(String.valueOf(tf.answer())));
    Element interaction = el(w.body(), "qti-choice-interaction", "response-identifier", "RESPONSE",
        "shuffle", "false", "max-choices", "1", "class", "cairn-true-false");
    QtiText.write(el(interaction, "qti-simple-choice", "identifier", "true"), "True");
    QtiText.write(el(interaction, "qti-simple-choice", "identifier", "false"), "False");
    w.processing(Qti.MATCH_CORRECT, w.hasFeedback("true") || w.hasFeedback("false"));
  }

  private void matching(Question.Matching m) {
    List<String> pairs = new ArrayList<>();
    m.prompts().forEach(p -> pairs.add(encode(p.id()) + " " + encode(p.match())));
    Element decl = w.response("multiple", "directedPair", pairs);
    Element mapping = QtiItemWriter.mapping(decl, "0");
    for (String pair : pairs) {
      el(mapping, "qti-map-entry", "map-key", pair, "mapped-value", QtiItemWriter.share(1.0 / pairs.size()));
    }
    Element interaction = el(w.body(), "qti-match-interaction", "response-identifier", "RESPONSE",
        "shuffle", String.valueOf(shuffle), "max-associations", String.valueOf(m.prompts().size()));
    Element prompts = el(interaction, "qti-simple-match-set");
    for (Question.MatchPrompt p : m.prompts()) {
      QtiText.write(el(prompts, "qti-simple-associable-choice", "identifier", encode(p.id()), "match-max", "1"), p.text());
    }
    Element choices = el(interaction, "qti-simple-match-set");
    for (Question.Choice c : m.choices()) {
      QtiText.write(el(choices, "qti-simple-associable-choice", "identifier", encode(c.id()), "match-max", "0"), c.text());
    }
    w.processing(Qti.MAP_RESPONSE, false);
  }

  private void ordering(Question.Ordering o) {
    List<String> order = o.items().stream().map(i -> encode(i.id())).toList();
    w.response("ordered", "identifier", order);
    Element interaction = el(w.body(), "qti-order-interaction", "response-identifier", "RESPONSE", "shuffle", "true");
    for (Question.Item i : o.items()) {
      QtiText.write(el(interaction, "qti-simple-choice", "identifier", encode(i.id())), i.text());
    }
    if (o.scoring() == Question.Scoring.ALL_OR_NOTHING || o.items().size() < 2) {
      w.processing(Qti.MATCH_CORRECT, false);
      return;
    }
    Element rp = w.processing(null, false);
    QtiProcessing.orderingPairs(rp, order);
    w.notes().add(new ExportNote(o.id(), "partial credit for ordering (Cairn's adjacent-pairs rule) is written as "
        + "custom response processing; players that only run the standard templates will score it all or nothing"));
  }

  static String percent(double fraction) {
    return BigDecimal.valueOf(fraction).multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString();
  }
}
