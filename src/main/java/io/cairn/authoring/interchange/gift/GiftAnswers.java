package io.cairn.authoring.interchange.gift;

import static io.cairn.authoring.interchange.gift.GiftEscapes.escape;

import io.cairn.authoring.interchange.ExportNote;
import io.cairn.quiz.model.Question;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answer section of each GIFT-expressible type, and the notes on what it cannot carry. */
final class GiftAnswers {
  private GiftAnswers() {}

  static void write(Question q, StringBuilder head, StringBuilder body, List<ExportNote> notes) {
    if (q instanceof Question.SingleChoice sc) {
      ids(head, "option_ids", sc.options().stream().map(Question.Option::id).toList());
      for (Question.Option o : sc.options()) {
        body.append(o.correct() ? '=' : '~').append(escape(o.text())).append(feedback(o.feedback())).append('\n');
      }
    } else if (q instanceof Question.MultipleResponse mr) {
      multiple(mr, head, body, notes);
    } else if (q instanceof Question.TrueFalse tf) {
      String wrong = tf.answer() ? tf.falseFeedback() : tf.trueFeedback();
      String right = tf.answer() ? tf.trueFeedback() : tf.falseFeedback();
      body.append(tf.answer() ? "TRUE" : "FALSE");
      if (!blank(wrong) || !blank(right)) {
        body.append('#').append(blank(wrong) ? "" : escape(wrong));
        if (!blank(right)) {
          body.append('#').append(escape(right));
        }
      }
      body.append('\n');
    } else if (q instanceof Question.Matching m) {
      matching(m, head, body, notes);
    } else if (q instanceof Question.ShortText st) {
      for (String a : st.accept()) {
        body.append('=').append(escape(a)).append('\n');
      }
      if (!blank(st.wrongFeedback())) {
        body.append("=%0%*").append(feedback(st.wrongFeedback())).append('\n');
      }
      if (st.pattern() != null) {
        notes.add(new ExportNote(q.id(), "the pattern " + st.pattern() + " is not exported (GIFT has no patterns); "
            + "only the accepted answers are"));
      }
      if (st.caseSensitive()) {
        notes.add(new ExportNote(q.id(), "case-sensitive matching is not exported: Moodle imports GIFT short "
            + "answers as not case-sensitive"));
      }
    } else if (q instanceof Question.Numeric n) {
      numeric(n, body, notes);
    }
  }

  private static void multiple(Question.MultipleResponse mr, StringBuilder head, StringBuilder body,
      List<ExportNote> notes) {
    ids(head, "option_ids", mr.options().stream().map(Question.Option::id).toList());
    long k = mr.options().stream().filter(Question.Option::correct).count();
    long w = mr.options().size() - k;
    for (Question.Option o : mr.options()) {
      String weight = o.correct() ? weight(100.0 / k) : weight(-100.0 / w);
      body.append("~%").append(weight).append('%').append(escape(o.text())).append(feedback(o.feedback())).append('\n');
    }
    if (mr.scoring() == Question.Scoring.ALL_OR_NOTHING) {
      notes.add(new ExportNote(mr.id(), "all-or-nothing scoring is approximated: GIFT weights give partial credit "
          + "(each right option +" + weight(100.0 / k) + "%, each wrong one " + weight(w == 0 ? 0 : -100.0 / w) + "%)"));
    }
  }

  private static void matching(Question.Matching m, StringBuilder head, StringBuilder body, List<ExportNote> notes) {
    Map<String, Question.Choice> byId = new LinkedHashMap<>();
    m.choices().forEach(c -> byId.put(c.id(), c));
    List<String> appearance = new ArrayList<>();
    for (Question.MatchPrompt p : m.prompts()) {
      if (!appearance.contains(p.match())) {
        appearance.add(p.match());
      }
    }
    m.choices().stream().map(Question.Choice::id).filter(id -> !appearance.contains(id)).forEach(appearance::add);
    ids(head, "prompt_ids", m.prompts().stream().map(Question.MatchPrompt::id).toList());
    ids(head, "choice_ids", appearance);
    for (Question.MatchPrompt p : m.prompts()) {
      Question.Choice c = byId.get(p.match());
      body.append('=').append(arrowless(escape(p.text()))).append(" -> ")
          .append(arrowless(escape(c == null ? "" : c.text()))).append('\n');
    }
    for (String id : appearance.subList(distinctMatches(m), appearance.size())) {
      body.append("= -> ").append(arrowless(escape(byId.get(id).text()))).append('\n');
    }
    if (!appearance.equals(m.choices().stream().map(Question.Choice::id).toList())) {
      notes.add(new ExportNote(m.id(), "the order of the choices is not kept: GIFT lists them in the order the "
          + "prompts use them, then the distractors"));
    }
    if (m.choices().size() > distinctMatches(m)) {
      notes.add(new ExportNote(m.id(), "distractor choices are written as pairs with no prompt (= -> choice), "
          + "which Moodle reads as extra wrong answers"));
    }
  }

  private static void numeric(Question.Numeric n, StringBuilder body, List<ExportNote> notes) {
    double tolerance = n.toleranceMode() == Question.ToleranceMode.RELATIVE
        ? n.tolerance() * Math.abs(n.answer()) : n.tolerance();
    body.append('#').append(GiftWriter.number(n.answer()));
    if (tolerance > 0) {
      body.append(':').append(GiftWriter.number(tolerance));
    }
    body.append('\n');
    if (n.toleranceMode() == Question.ToleranceMode.RELATIVE) {
      notes.add(new ExportNote(n.id(), "the relative tolerance " + GiftWriter.number(n.tolerance())
          + " is exported as the absolute tolerance ±" + GiftWriter.number(tolerance) + " (GIFT has absolute ones only)"));
    }
    if (n.unit() != null) {
      notes.add(new ExportNote(n.id(), "the unit \"" + n.unit() + "\"" + (n.unitRequired() ? " (required)" : "")
          + " is not exported: GIFT numeric answers have no units"));
    }
    if (!blank(n.wrongFeedback())) {
      notes.add(new ExportNote(n.id(), "the wrong-answer feedback is not exported: GIFT numeric questions have "
          + "feedback per answer only"));
    }
  }

  private static int distinctMatches(Question.Matching m) {
    return (int) m.prompts().stream().map(Question.MatchPrompt::match).distinct().count();
  }

  /** GIFT cannot escape "->" inside a matching pair. */
  private static String arrowless(String s) {
    return s.replace("->", "→");
  }

  private static void ids(StringBuilder head, String key, List<String> ids) {
    head.append("// ").append(key).append(": ").append(String.join(", ", ids)).append('\n');
  }

  private static String feedback(String f) {
    return blank(f) ? "" : "#" + escape(f);
  }

  static String weight(double w) {
    return BigDecimal.valueOf(w).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
