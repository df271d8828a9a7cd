package io.cairn.authoring.editor;

import io.cairn.content.files.Problem;
import io.cairn.content.files.QuizWriter;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import io.cairn.quiz.model.QuizSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The quiz editor's page: its settings form and its list of questions. */
final class QuizView {
  private QuizView() {}

  /** @param tree the quiz's tree (the draft's, or the settings form just sent) */
  static Map<String, Object> of(Quiz quiz, Map<String, Object> tree, List<Problem> problems) {
    Fields f = new Fields(tree, problems.stream().filter(p -> !p.path().startsWith("questions[")).toList(), "");
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("titleField", f.field("title"));
    v.put("intro", f.field("intro"));
    v.put("passMark", f.field("settings.pass_mark_percent"));
    v.put("timeLimit", f.field("settings.time_limit_minutes"));
    v.put("attempts", f.field("settings.attempts_allowed"));
    v.put("grading", f.select("settings.grading", codes(QuizSettings.Grading.values()), "highest"));
    v.put("shuffleQuestions", f.check("settings.shuffle_questions", false));
    v.put("shuffleOptions", f.check("settings.shuffle_options", false));
    v.put("layout", f.select("settings.layout", codes(QuizSettings.Layout.values()), "all_on_one_page"));
    v.put("feedback", f.select("settings.feedback", codes(QuizSettings.FeedbackTiming.values()), "after_submit"));
    v.put("closesAt", f.field("settings.closes_at"));
    v.put("reviewResponses", f.check("settings.review.responses", true));
    v.put("reviewCorrectness", f.check("settings.review.correctness", true));
    v.put("reviewFeedback", f.check("settings.review.feedback", true));
    v.put("correctAnswers", f.select("settings.review.correct_answers",
        codes(QuizSettings.CorrectAnswers.values()), "after_submit"));
    v.put("cbm", f.check("settings.certainty_based_marking", false));
    v.put("draws", f.rows("settings.draw", List.of("competence", "count"), 1));
    v.put("errorSummary", f.summary());
    v.put("errorCount", f.summary().size());
    v.put("questions", questions(quiz));
    v.put("types", QuestionTypes.choices(false));
    return v;
  }

  static Map<String, Object> treeOf(Quiz quiz) {
    return QuizWriter.tree(quiz);
  }

  private static List<Map<String, Object>> questions(Quiz quiz) {
    List<Map<String, Object>> list = new ArrayList<>();
    List<Question> top = quiz.questions();
    for (int i = 0; i < top.size(); i++) {
      Map<String, Object> q = row(top.get(i), i, top.size());
      if (top.get(i) instanceof Question.Scenario s) {
        List<Map<String, Object>> subs = new ArrayList<>();
        for (int j = 0; j < s.questions().size(); j++) {
          subs.add(row(s.questions().get(j), j, s.questions().size()));
        }
        q.put("subs", subs);
        q.put("scenario", true);
      }
      list.add(q);
    }
    return list;
  }

  private static Map<String, Object> row(Question q, int index, int count) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", q.id());
    r.put("number", index + 1);
    r.put("type", QuestionTypes.label(q.type().code()));
    String stem = q.stem() == null ? "" : q.stem().replaceAll("\\s+", " ").strip();
    r.put("excerpt", stem.length() > 90 ? stem.substring(0, 87) + "…" : stem);
    r.put("competences", String.join(", ", q.competences()));
    r.put("first", index == 0);
    r.put("last", index == count - 1);
    return r;
  }

  static <E extends QuizSettings.Coded> List<String> codes(E[] values) {
    return Arrays.stream(values).map(QuizSettings.Coded::code).toList();
  }
}
