package io.cairn.quiz.web;

import io.cairn.content.Markdown;
import io.cairn.quiz.attempt.ReviewPolicy;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.scoring.QuestionScore;
import io.cairn.quiz.scoring.Response;
import java.util.List;
import java.util.function.Function;

/**
 * Questions as HTML, written straight into one buffer. The quiz page is the busiest page of the
 * site, and rendering its questions through nested template blocks cost ten times the CPU and
 * seven times the garbage (measured by the benchmark). Every text is escaped here; stems and
 * vignettes are authored markdown, rendered and sanitised by {@link Markdown}. The answer key and
 * feedback appear only when {@link QuestionState#reveal} allows them.
 */
public final class QuestionHtml {
  private QuestionHtml() {}

  /**
   * What one question shows.
   *
   * @param displayed the order of its options, choices or items in this attempt
   * @param response the saved answer, or null
   * @param disabled inputs cannot be changed (review, a checked answer, a preview with the key)
   * @param checkable offer "check this answer" (feedback after each question)
   * @param allFeedback show every option's feedback, chosen or not (a tutor's preview)
   */
  public record QuestionState(List<String> displayed, Response response, boolean disabled, boolean checkable,
      boolean cbm, ReviewPolicy reveal, QuestionScore score, boolean allFeedback) {}

  /** A top-level question: a scenario carries its vignette and sub-questions. */
  public static int block(StringBuilder out, Question q, int firstNumber, Function<Question, QuestionState> states,
      boolean scenarioFeedback) {
    if (q instanceof Question.Scenario sc) {
      out.append("<section class=\"scenario\" aria-labelledby=\"case-").append(attr(sc.id())).append("\">")
          .append("<h2 id=\"case-").append(attr(sc.id())).append("\">Case</h2>")
          .append("<div class=\"prose vignette\">").append(Markdown.render(sc.vignette())).append("</div>");
      int n = firstNumber;
      for (Question sub : sc.questions()) {
        question(out, sub, n++, states.apply(sub));
      }
      if (scenarioFeedback && sc.feedback() != null) {
        out.append("<div class=\"feedback\" role=\"note\"><p class=\"feedback-title\">About this case</p><p>")
            .append(text(sc.feedback())).append("</p></div>");
      }
      out.append("</section>");
      return sc.questions().size();
    }
    question(out, q, firstNumber, states.apply(q));
    return 1;
  }

  public static void question(StringBuilder out, Question q, int number, QuestionState s) {
    Response r = s.response() == null ? Response.EMPTY : s.response();
    QuestionScore score = s.score();
    String id = attr(q.id());
    String points = QuizNumbers.formatPoints(q.points());
    boolean showCorrectness = score != null && s.reveal().correctness();
    out.append("<fieldset class=\"question");
    if (showCorrectness) {
      out.append(" is-").append(score.correctness().code());
    }
    out.append("\" id=\"q-").append(id).append("\" data-question=\"").append(id).append("\" data-type=\"")
        .append(q.type().code()).append("\"><legend><span class=\"qnum\">Question ").append(number)
        .append("</span> <span class=\"qpoints\">(").append(points).append(points.equals("1") ? " point" : " points")
        .append(")</span></legend><div class=\"prose stem\">").append(Markdown.render(q.stem())).append("</div>");
    Answers.write(out, q, id, s, r);
    if (s.cbm()) {
      certainty(out, id, r, s.disabled());
    }
    if (!s.disabled()) {
      out.append("<input type=\"hidden\" name=\"shown\" value=\"").append(id).append("\">");
    }
    if (showCorrectness) {
      out.append("<p class=\"correctness\"><strong>").append(label(score)).append("</strong> &middot; ")
          .append(QuizNumbers.formatPoints(score.points())).append(" of ").append(points).append("</p>");
    }
    if (score != null && s.reveal().feedback() && !score.feedback().isEmpty()) {
      out.append("<div class=\"feedback\" role=\"note\"><p class=\"feedback-title\">Feedback</p>");
      for (String f : score.feedback()) {
        out.append("<p>").append(text(f)).append("</p>");
      }
      out.append("</div>");
    }
    if (s.checkable()) {
      out.append("<button type=\"submit\" name=\"check\" value=\"").append(id)
          .append("\" class=\"secondary\">Check answer to question ").append(number).append("</button>");
    }
    out.append("</fieldset>");
  }

  private static void certainty(StringBuilder out, String id, Response r, boolean disabled) {
    out.append("<fieldset class=\"certainty\"><legend>How sure are you of this answer?</legend>");
    String[][] levels = {
        {"low", "Low &ndash; a guess (right: 1, wrong: 0)"},
        {"medium", "Medium (right: 2, wrong: &minus;2)"},
        {"high", "High &ndash; quite sure (right: 3, wrong: &minus;6)"}};
    String chosen = r.certainty() == null ? "" : r.certainty().code();
    for (String[] level : levels) {
      out.append("<input type=\"radio\" id=\"c-").append(id).append('-').append(level[0]).append("\" name=\"c.")
          .append(id).append("\" value=\"").append(level[0]).append('"');
      Answers.flags(out, level[0].equals(chosen), "checked", disabled);
      out.append("><label for=\"c-").append(id).append('-').append(level[0]).append("\">").append(level[1])
          .append("</label>");
    }
    out.append("</fieldset>");
  }

  private static String label(QuestionScore s) {
    return switch (s.correctness()) {
      case CORRECT -> "Correct";
      case PARTIAL -> "Partly correct";
      case INCORRECT -> "Incorrect";
      case UNANSWERED -> "Not answered";
    };
  }

  /**
   * Escapes text for an element's content or an attribute value. Characters beyond ASCII become
   * numeric references too: the page then stays a one-byte-per-character string in the JVM,
   * which halves what a quiz page copies on its way out.
   */
  static String text(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      String rep = switch (ch) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> ch > 0x7e ? "&#" + s.codePointAt(i) + ";" : null;
      };
      if (rep != null) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        b.append(rep);
        if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++; // the reference above stands for both halves of the pair
        }
      } else if (b != null) {
        b.append(ch);
      }
    }
    return b == null ? s : b.toString();
  }

  static String attr(String s) {
    return text(s);
  }
}
