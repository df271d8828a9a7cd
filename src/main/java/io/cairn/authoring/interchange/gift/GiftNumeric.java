package io.cairn.authoring.interchange.gift;

import io.cairn.authoring.interchange.gift.GiftQuestionParser.Head;
import io.cairn.quiz.model.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * Numeric answers: {@code {#3:0.5}} (answer and tolerance), {@code {#1..5}} (a range: its middle
 * with half its width as tolerance), {@code {#3}}, and several answers {@code {#=3:0 =%50%3:1}}
 * of which Cairn keeps the one worth 100% (a {@code =%0%*#…} answer gives the wrong-answer feedback).
 */
final class GiftNumeric {
  private record Value(double answer, double tolerance) {}

  private final GiftQuestionParser p;
  private final Head h;

  GiftNumeric(GiftQuestionParser parser, Head head) {
    this.p = parser;
    this.h = head;
  }

  Question read(String body, int at) {
    List<GiftAnswer> answers = new ArrayList<>();
    if (body.strip().startsWith("=")) {
      try {
        answers.addAll(GiftAnswer.parse(body, at));
      } catch (GiftAnswer.Unreadable e) {
        p.error(e.offset, e.getMessage() + "; not imported");
        return null;
      }
    } else {
      int hash = GiftEscapes.indexOf(body, "#", 0);
      answers.add(new GiftAnswer('=', null, (hash < 0 ? body : body.substring(0, hash)).strip(),
          hash < 0 ? null : body.substring(hash + 1).strip(), at));
    }
    Value right = null;
    String wrongFeedback = null;
    for (GiftAnswer a : answers) {
      double weight = a.weight() == null ? 100 : a.weight();
      if (a.text().equals("*") && weight <= 0) {
        wrongFeedback = a.feedback() == null ? null : GiftQuestionParser.blankToNull(p.text(a.feedback(), a.offset()));
        continue;
      }
      Value v = value(a);
      if (v == null) {
        return null;
      }
      if (Math.abs(weight - 100) > GiftTypes.WEIGHT_SLACK || right != null) {
        p.warn(a.offset(), "the answer " + GiftAnswer.cut(a.text()) + " (" + GiftTypes.pct(weight) + ") is left out: "
            + "a Cairn numeric question has one right answer with a tolerance and no partial credit");
        continue;
      }
      if (a.feedback() != null && !a.feedback().isBlank()) {
        p.warn(a.offset(), "feedback for the right answer is not kept: Cairn shows the general feedback (####) "
            + "for a right numeric answer");
      }
      right = v;
    }
    if (right == null) {
      p.error(at, "no numeric answer worth 100%; not imported");
      return null;
    }
    return new Question.Numeric(h.id(), h.stem(), h.points(), h.competences(), h.level(), h.feedback(),
        right.answer(), right.tolerance(), Question.ToleranceMode.ABSOLUTE, null, false, wrongFeedback);
  }

  private Value value(GiftAnswer a) {
    String t = GiftEscapes.unescape(a.text()).strip();
    try {
      int range = t.indexOf("..");
      if (range > 0) {
        double min = number(t.substring(0, range));
        double max = number(t.substring(range + 2));
        if (max < min) {
          p.error(a.offset(), "the range " + t + " ends below its start; not imported");
          return null;
        }
        return new Value((min + max) / 2, (max - min) / 2);
      }
      int colon = t.indexOf(':');
      if (colon > 0) {
        double tolerance = number(t.substring(colon + 1));
        if (tolerance < 0) {
          p.error(a.offset(), "the tolerance in " + t + " is negative; not imported");
          return null;
        }
        return new Value(number(t.substring(0, colon)), tolerance);
      }
      return new Value(number(t), 0);
    } catch (NumberFormatException e) {
      p.error(a.offset(), "\"" + GiftAnswer.cut(t) + "\" is not a number, a number:tolerance or a range min..max; "
          + "not imported");
      return null;
    }
  }

  private static double number(String s) {
    double d = Double.parseDouble(s.strip());
    if (!Double.isFinite(d) || s.strip().matches("(?i).*[a-z].*") && !s.strip().matches("(?i)[-+.\\d]+e[-+]?\\d+")) {
      throw new NumberFormatException(s);
    }
    return d;
  }
}
