package io.cairn.content.files;

import io.cairn.content.model.EvidenceLevel;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.QuestionType;
import io.cairn.quiz.model.Quiz;
import io.cairn.quiz.model.QuizSettings;
import io.cairn.quiz.model.QuizSettings.CorrectAnswers;
import io.cairn.quiz.model.QuizSettings.FeedbackTiming;
import io.cairn.quiz.model.QuizSettings.Grading;
import io.cairn.quiz.model.QuizSettings.Layout;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads a quiz file into the quiz model, reporting every problem with line and path. */
public final class QuizReader {
  private final Set<String> competences;

  /** @param competences the competence ids of the module's framework; empty when it is unknown */
  public QuizReader(Set<String> competences) {
    this.competences = competences;
  }

  public Quiz read(YamlObject q) {
    Ids.Unique questionIds = new Ids.Unique("question");
    QuestionReader questions = new QuestionReader(competences, questionIds);
    String id = Ids.checked(q, "id");
    String title = q.requiredText("title");
    String intro = q.text("intro", null);
    QuizSettings settings = q.object("settings", false).map(this::settings).orElse(QuizSettings.DEFAULTS);
    List<YamlObject> items = q.objects("questions", true);
    List<Question> list = items.stream().map(item -> questions.read(item, false)).flatMap(Optional::stream).toList();
    q.finish();
    Quiz quiz = new Quiz(id, title, intro, settings, list);
    checkDraws(q, quiz);
    checkClosing(q, settings);
    return quiz;
  }

  private QuizSettings settings(YamlObject s) {
    QuizSettings.Review review = s.object("review", false).map(QuizReader::review)
        .orElse(QuizSettings.Review.DEFAULTS);
    QuizSettings settings = new QuizSettings(
        s.integer("pass_mark_percent", 70, 0, 100),
        s.optionalInteger("time_limit_minutes", 1, 24 * 60),
        s.integer("attempts_allowed", 0, 0, 100),
        s.choice("grading", Grading.HIGHEST, codes(Grading.values()), names(Grading.values())),
        s.bool("shuffle_questions", false),
        s.bool("shuffle_options", false),
        s.choice("layout", Layout.ALL_ON_ONE_PAGE, codes(Layout.values()), names(Layout.values())),
        s.choice("feedback", FeedbackTiming.AFTER_SUBMIT, codes(FeedbackTiming.values()),
            names(FeedbackTiming.values())),
        instant(s, "closes_at"),
        review,
        s.bool("certainty_based_marking", false),
        s.objects("draw", false).stream()
            .map(d -> {
              QuizSettings.Draw draw = new QuizSettings.Draw(d.requiredText("competence"),
                  d.integer("count", 1, 1, 1000));
              if (draw.competence() != null && !competences.isEmpty()
                  && !competences.contains(draw.competence())) {
                d.problem("competence", "\"" + draw.competence() + "\" is not a competence of the module's framework");
              }
              d.finish();
              return draw;
            })
            .toList());
    s.finish();
    return settings;
  }

  private static QuizSettings.Review review(YamlObject r) {
    QuizSettings.Review review = new QuizSettings.Review(
        r.bool("responses", true),
        r.bool("correctness", true),
        r.bool("feedback", true),
        r.choice("correct_answers", CorrectAnswers.AFTER_SUBMIT, codes(CorrectAnswers.values()),
            names(CorrectAnswers.values())));
    r.finish();
    return review;
  }

  private static Instant instant(YamlObject s, String key) {
    String text = s.text(key, null);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      s.problem(key, "must be a date and time such as 2027-06-30T23:59:00Z, not '" + text + "'");
      return null;
    }
  }

  private static void checkDraws(YamlObject q, Quiz quiz) {
    for (QuizSettings.Draw draw : quiz.settings().draw()) {
      long pool = quiz.questions().stream().filter(x -> x.competences().contains(draw.competence())).count();
      if (draw.competence() != null && pool < draw.count()) {
        q.problem("settings", "draw asks for " + draw.count() + " question(s) on " + draw.competence()
            + " but only " + pool + " are tagged with it");
      }
    }
  }

  private static void checkClosing(YamlObject q, QuizSettings s) {
    boolean waitsForClose = s.feedback() == FeedbackTiming.AFTER_CLOSE
        || s.review().correctAnswers() == CorrectAnswers.AFTER_CLOSE;
    if (waitsForClose && s.closesAt() == null) {
      q.problem("settings", "closes_at is required when feedback or correct answers wait for the quiz to close");
    }
  }

  static <E extends Enum<E> & QuizSettings.Coded> Function<String, Optional<E>> codes(E[] values) {
    return code -> Arrays.stream(values).filter(v -> v.code().equals(code)).findFirst();
  }

  static <E extends Enum<E> & QuizSettings.Coded> List<String> names(E[] values) {
    return Arrays.stream(values).map(QuizSettings.Coded::code).toList();
  }

  /** Evidence levels a quiz question may claim. */
  static final List<String> QUIZ_LEVELS = List.of(EvidenceLevel.KNOWS.code(), EvidenceLevel.KNOWS_HOW.code());

  static final List<String> QUESTION_TYPES = names(QuestionType.values());
}
