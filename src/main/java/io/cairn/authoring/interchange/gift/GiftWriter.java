package io.cairn.authoring.interchange.gift;

import io.cairn.authoring.interchange.ExportNote;
import io.cairn.authoring.interchange.ExportResult;
import io.cairn.content.model.EvidenceLevel;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import io.cairn.quiz.model.QuizSettings;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a quiz as GIFT, in markdown format, with Cairn's comment conventions (competences,
 * evidence level, points, ids, scenario) that Moodle ignores and {@link GiftImporter} reads back.
 * What GIFT cannot express is left out or approximated, each with an {@link ExportNote} and, where
 * a question is left out, a comment in the file.
 */
public final class GiftWriter {
  private final StringBuilder out = new StringBuilder();
  private final List<ExportNote> notes = new ArrayList<>();

  private GiftWriter() {}

  public static ExportResult export(Quiz quiz) {
    GiftWriter w = new GiftWriter();
    w.quiz(quiz);
    return new ExportResult(w.out.toString().getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8",
        quiz.id() + ".gift", w.notes);
  }

  private void quiz(Quiz quiz) {
    out.append("// Exported from Cairn. Lines starting // competences, evidence_level, points, *_ids and scenario\n")
        .append("// are Cairn's conventions (docs/interchange.md); Moodle ignores them.\n")
        .append("// quiz: ").append(quiz.id()).append('\n')
        .append("// quiz_title: ").append(oneLine(quiz.title())).append("\n\n")
        .append("$CATEGORY: $course$/top/").append(quiz.id()).append("\n\n");
    if (quiz.intro() != null && !quiz.intro().isBlank()) {
      notes.add(new ExportNote(null, "the quiz introduction is not exported: GIFT has no place for it"));
    }
    if (!quiz.settings().equals(QuizSettings.DEFAULTS)) {
      notes.add(new ExportNote(null, "the quiz settings (pass mark, time limit, attempts, review, …) are not "
          + "exported: GIFT holds questions only"));
    }
    for (Question q : quiz.questions()) {
      if (q instanceof Question.Scenario s) {
        scenario(s);
      } else {
        question(q, null, null);
      }
    }
  }

  private void scenario(Question.Scenario s) {
    notes.add(new ExportNote(s.id(), "GIFT has no scenarios: exported as its " + s.questions().size()
        + " sub-questions, each with the vignette opening its stem and a \"// scenario: " + s.id()
        + "\" comment by which Cairn groups them again on import"));
    if (s.feedback() != null && !s.feedback().isBlank()) {
      notes.add(new ExportNote(s.id(), "the scenario's own feedback is not exported"));
    }
    for (Question q : s.questions()) {
      question(q, s.id(), s.vignette());
    }
  }

  private void question(Question q, String scenario, String vignette) {
    if (q instanceof Question.Ordering) {
      skip(q, "GIFT has no ordering questions");
      return;
    }
    if (q instanceof Question.ShortText st && st.accept().isEmpty()) {
      skip(q, "it accepts answers by a pattern only, and GIFT has no patterns");
      return;
    }
    StringBuilder head = new StringBuilder();
    if (!q.competences().isEmpty()) {
      head.append("// competences: ").append(String.join(", ", q.competences())).append('\n');
    }
    EvidenceLevel fallback = scenario == null ? EvidenceLevel.KNOWS : EvidenceLevel.KNOWS_HOW;
    if (q.evidenceLevel() != fallback) {
      head.append("// evidence_level: ").append(q.evidenceLevel().code()).append('\n');
    }
    if (q.points() != 1) {
      head.append("// points: ").append(number(q.points())).append('\n');
      notes.add(new ExportNote(q.id(), "worth " + number(q.points()) + " points: Moodle reads GIFT questions as "
          + "worth 1 (Cairn reads the points back from a comment)"));
    }
    if (scenario != null) {
      head.append("// scenario: ").append(scenario).append('\n');
    }
    String stem = vignette == null ? q.stem() : vignette.strip() + "\n\n" + q.stem();
    StringBuilder body = new StringBuilder();
    GiftAnswers.write(q, head, body, notes);
    out.append(head).append("::").append(GiftEscapes.escape(q.id())).append("::[markdown]")
        .append(GiftEscapes.escape(stem)).append(" {\n").append(body);
    if (q.feedback() != null && !q.feedback().isBlank()) {
      out.append("####").append(GiftEscapes.escape(q.feedback())).append('\n');
    }
    out.append("}\n\n");
  }

  private void skip(Question q, String why) {
    notes.add(new ExportNote(q.id(), "not exported: " + why));
    out.append("// Cairn question ").append(q.id()).append(" (").append(q.type().code())
        .append(") is not exported: ").append(why).append(".\n\n");
  }

  static String number(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }
}
