package io.cairn.content.files;

import io.cairn.content.model.EvidenceLevel;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import io.cairn.quiz.model.QuizSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quiz model as a quiz file (docs/content-format.md), the inverse of {@link QuizReader}:
 * {@code read(write(q))} equals {@code q}. Keys come in the order the format documents. The web
 * editor stores its drafts in this form and validates them with the reader, so a draft and a file
 * get the same messages.
 */
public final class QuizWriter {
  private QuizWriter() {}

  public static String write(Quiz quiz) {
    return YamlWriter.write(tree(quiz));
  }

  /** The quiz as ordered maps and lists (also what editor forms are filled from). */
  public static Map<String, Object> tree(Quiz quiz) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("id", quiz.id());
    t.put("title", quiz.title());
    t.put("intro", quiz.intro());
    t.put("settings", settings(quiz.settings() == null ? QuizSettings.DEFAULTS : quiz.settings()));
    List<Object> questions = new ArrayList<>();
    for (Question q : quiz.questions()) {
      questions.add(question(q));
    }
    t.put("questions", questions);
    return t;
  }

  public static Map<String, Object> settings(QuizSettings s) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("pass_mark_percent", s.passMarkPercent());
    t.put("time_limit_minutes", s.timeLimitMinutes());
    t.put("attempts_allowed", s.attemptsAllowed());
    t.put("grading", code(s.grading()));
    t.put("shuffle_questions", s.shuffleQuestions());
    t.put("shuffle_options", s.shuffleOptions());
    t.put("layout", code(s.layout()));
    t.put("feedback", code(s.feedback()));
    t.put("closes_at", s.closesAt() == null ? null : s.closesAt().toString());
    QuizSettings.Review r = s.review() == null ? QuizSettings.Review.DEFAULTS : s.review();
    Map<String, Object> review = new LinkedHashMap<>();
    review.put("responses", r.responses());
    review.put("correctness", r.correctness());
    review.put("feedback", r.feedback());
    review.put("correct_answers", code(r.correctAnswers()));
    t.put("review", review);
    t.put("certainty_based_marking", s.certaintyBasedMarking());
    if (s.draw() != null && !s.draw().isEmpty()) {
      List<Object> draws = new ArrayList<>();
      for (QuizSettings.Draw d : s.draw()) {
        Map<String, Object> draw = new LinkedHashMap<>();
        draw.put("competence", d.competence());
        draw.put("count", d.count());
        draws.add(draw);
      }
      t.put("draw", draws);
    }
    return t;
  }

  /** One question of any type, with its type's fields after the common ones. */
  public static Map<String, Object> question(Question q) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("id", q.id());
    t.put("type", q.type().code());
    if (q instanceof Question.Scenario s) {
      t.put("vignette", s.vignette());
      List<Object> subs = new ArrayList<>();
      s.questions().forEach(sub -> subs.add(question(sub)));
      t.put("questions", subs);
      t.put("feedback", s.feedback());
      return t;
    }
    t.put("stem", q.stem());
    t.put("points", q.points());
    t.put("competences", q.competences() == null || q.competences().isEmpty() ? null : q.competences());
    t.put("evidence_level", q.evidenceLevel() == null ? null : q.evidenceLevel().code());
    if (q instanceof Question.SingleChoice sc) {
      t.put("options", options(sc.options()));
    } else if (q instanceof Question.MultipleResponse mr) {
      t.put("scoring", code(mr.scoring()));
      t.put("options", options(mr.options()));
    } else if (q instanceof Question.TrueFalse tf) {
      t.put("answer", tf.answer());
      t.put("true_feedback", tf.trueFeedback());
      t.put("false_feedback", tf.falseFeedback());
    } else if (q instanceof Question.Matching m) {
      t.put("prompts", m.prompts().stream().map(p -> pairs("id", p.id(), "text", p.text(), "match", p.match())).toList());
      t.put("choices", m.choices().stream().map(c -> pairs("id", c.id(), "text", c.text())).toList());
    } else if (q instanceof Question.Ordering o) {
      t.put("scoring", code(o.scoring()));
      t.put("items", o.items().stream().map(i -> pairs("id", i.id(), "text", i.text())).toList());
    } else if (q instanceof Question.ShortText st) {
      t.put("accept", st.accept() == null || st.accept().isEmpty() ? null : st.accept());
      t.put("pattern", st.pattern());
      t.put("case_sensitive", st.caseSensitive() ? Boolean.TRUE : null);
      t.put("wrong_feedback", st.wrongFeedback());
    } else if (q instanceof Question.Numeric n) {
      t.put("answer", n.answer());
      t.put("tolerance", n.tolerance());
      t.put("tolerance_mode", code(n.toleranceMode()));
      t.put("unit", n.unit());
      t.put("unit_required", n.unitRequired() ? Boolean.TRUE : null);
      t.put("wrong_feedback", n.wrongFeedback());
    }
    t.put("feedback", q.feedback());
    return t;
  }

  private static List<Object> options(List<Question.Option> options) {
    List<Object> list = new ArrayList<>();
    for (Question.Option o : options) {
      Map<String, Object> t = pairs("id", o.id(), "text", o.text());
      t.put("correct", o.correct() ? Boolean.TRUE : null);
      t.put("feedback", o.feedback());
      list.add(t);
    }
    return list;
  }

  private static Map<String, Object> pairs(Object... kv) {
    Map<String, Object> t = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      t.put((String) kv[i], kv[i + 1]);
    }
    return t;
  }

  static String code(QuizSettings.Coded c) {
    return c == null ? null : c.code();
  }

  static String code(EvidenceLevel level) {
    return level == null ? null : level.code();
  }
}
