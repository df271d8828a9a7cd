package io.cairn.quiz.web;

import static io.cairn.quiz.web.QuestionHtml.attr;
import static io.cairn.quiz.web.QuestionHtml.text;

import io.cairn.quiz.model.Question;
import io.cairn.quiz.scoring.Response;
import io.cairn.quiz.web.QuestionHtml.QuestionState;
import java.util.List;

/** The answer controls of each question type, as HTML that works as a plain form. */
final class Answers {
  private Answers() {}

  static void write(StringBuilder out, Question q, String id, QuestionState s, Response r) {
    boolean key = s.reveal().correctAnswers();
    if (q instanceof Question.SingleChoice sc) {
      options(out, id, true, s, r, key, sc.options());
    } else if (q instanceof Question.MultipleResponse mr) {
      options(out, id, false, s, r, key, mr.options());
    } else if (q instanceof Question.TrueFalse tf) {
      List<Question.Option> both = List.of(
          new Question.Option("true", "True", tf.answer(), tf.trueFeedback()),
          new Question.Option("false", "False", !tf.answer(), tf.falseFeedback()));
      options(out, id, true, s, r, key, both);
    } else if (q instanceof Question.Matching m) {
      matching(out, id, s, r, key, m);
    } else if (q instanceof Question.Ordering o) {
      ordering(out, id, s, r, key, o);
    } else if (q instanceof Question.ShortText st) {
      typed(out, id, "text", "Your answer", r, s.disabled(), "2000", false);
      if (key) {
        out.append("<p class=\"key\">Accepted answers: ").append(String.join(" &middot; ", st.accept().stream().map(QuestionHtml::text).toList())).append("</p>");
      }
    } else if (q instanceof Question.Numeric n) {
      typed(out, id, "number", n.unit() == null ? "Your answer" : "Your answer (in " + n.unit() + ")", r,
          s.disabled(), "60", true);
      if (key) {
        out.append("<p class=\"key\">Correct answer: ").append(text(QuizNumbers.numericKey(n))).append("</p>");
      }
    }
  }

  private static void options(StringBuilder out, String id, boolean radio, QuestionState s, Response r, boolean key,
      List<Question.Option> options) {
    out.append("<div class=\"options\">");
    for (String optionId : order(s.displayed(), options.stream().map(Question.Option::id).toList())) {
      Question.Option o = options.stream().filter(x -> x.id().equals(optionId)).findFirst().orElseThrow();
      boolean chosen = r.selected().contains(o.id());
      boolean correct = key && o.correct();
      String oid = attr(o.id());
      out.append("<div class=\"option").append(correct ? " is-key" : "").append("\"><input type=\"")
          .append(radio ? "radio" : "checkbox").append("\" id=\"q-").append(id).append('-').append(oid)
          .append("\" name=\"q.").append(id).append("\" value=\"").append(oid).append('"');
      flags(out, chosen, "checked", s.disabled());
      out.append("><label for=\"q-").append(id).append('-').append(oid).append("\">").append(text(o.text()));
      if (correct) {
        out.append(" <span class=\"key\">(correct answer)</span>");
      }
      out.append("</label>");
      // in a review the chosen options' feedback is in the question's feedback block; a tutor's
      // preview shows every option's feedback beside it
      if (s.allFeedback() && o.feedback() != null) {
        out.append("<p class=\"option-feedback\">").append(text(o.feedback())).append("</p>");
      }
      out.append("</div>");
    }
    out.append("</div>");
  }

  private static void matching(StringBuilder out, String id, QuestionState s, Response r, boolean key,
      Question.Matching m) {
    List<String> choiceOrder = order(s.displayed(), m.choices().stream().map(Question.Choice::id).toList());
    out.append("<div class=\"matching\">");
    for (Question.MatchPrompt p : m.prompts()) {
      String pid = attr(p.id());
      out.append("<div class=\"pair\"><label for=\"q-").append(id).append('-').append(pid).append("\">")
          .append(text(p.text())).append("</label><select id=\"q-").append(id).append('-').append(pid)
          .append("\" name=\"q.").append(id).append('.').append(pid).append('"');
      flags(out, false, "", s.disabled());
      out.append("><option value=\"\">Choose&hellip;</option>");
      for (String cid : choiceOrder) {
        Question.Choice c = m.choices().stream().filter(x -> x.id().equals(cid)).findFirst().orElseThrow();
        out.append("<option value=\"").append(attr(c.id())).append('"');
        flags(out, c.id().equals(r.matches().get(p.id())), "selected", false);
        out.append('>').append(text(c.text())).append("</option>");
      }
      out.append("</select>");
      if (key) {
        m.choices().stream().filter(c -> c.id().equals(p.match())).findFirst().ifPresent(c ->
            out.append("<span class=\"key\">Correct: ").append(text(c.text())).append("</span>"));
      }
      out.append("</div>");
    }
    out.append("</div>");
  }

  private static void ordering(StringBuilder out, String id, QuestionState s, Response r, boolean key,
      Question.Ordering o) {
    List<String> all = o.items().stream().map(Question.Item::id).toList();
    List<String> shown = order(s.displayed(), all);
    out.append("<p class=\"hint\">Give each step its position, 1 being first.</p><div class=\"ordering\">");
    for (String itemId : shown) {
      Question.Item item = o.items().stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow();
      String iid = attr(item.id());
      int chosen = r.order().isEmpty() ? 0 : r.order().indexOf(itemId) + 1;
      out.append("<div class=\"pair\"><label for=\"q-").append(id).append('-').append(iid).append("\">")
          .append(text(item.text())).append("</label><select id=\"q-").append(id).append('-').append(iid)
          .append("\" name=\"q.").append(id).append('.').append(iid).append('"');
      flags(out, false, "", s.disabled());
      out.append("><option value=\"\">Position&hellip;</option>");
      for (int n = 1; n <= all.size(); n++) {
        out.append("<option value=\"").append(n).append('"');
        flags(out, n == chosen, "selected", false);
        out.append('>').append(n).append("</option>");
      }
      out.append("</select>");
      if (key) {
        out.append("<span class=\"key\">Correct position: ").append(all.indexOf(itemId) + 1).append("</span>");
      }
      out.append("</div>");
    }
    out.append("</div>");
  }

  private static void typed(StringBuilder out, String id, String suffix, String label, Response r, boolean disabled,
      String maxLength, boolean decimal) {
    out.append("<label for=\"q-").append(id).append('-').append(suffix).append("\">").append(text(label))
        .append("</label><input type=\"text\"").append(decimal ? " inputmode=\"decimal\"" : "").append(" id=\"q-")
        .append(id).append('-').append(suffix).append("\" name=\"q.").append(id).append("\" value=\"")
        .append(text(r.text())).append("\" maxlength=\"").append(maxLength).append("\" autocomplete=\"off\"");
    flags(out, false, "", disabled);
    out.append('>');
  }

  /** The displayed order when the attempt stored one, else the authored order. */
  private static List<String> order(List<String> displayed, List<String> authored) {
    return displayed == null || displayed.isEmpty() ? authored : displayed;
  }

  static void flags(StringBuilder out, boolean on, String name, boolean disabled) {
    if (on) {
      out.append(' ').append(name);
    }
    if (disabled) {
      out.append(" disabled");
    }
  }
}
