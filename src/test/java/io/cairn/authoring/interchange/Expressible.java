package io.cairn.authoring.interchange;

import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import io.cairn.quiz.model.QuizSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * What of a quiz each format carries, written out independently of the exporters: a round trip
 * must give exactly this. Everything removed or changed here is what the export notes report.
 */
final class Expressible {
  private Expressible() {}

  static Quiz gift(Quiz quiz) {
    List<Question> out = new ArrayList<>();
    for (Question q : quiz.questions()) {
      if (q instanceof Question.Scenario s) {
        List<Question> subs = s.questions().stream().map(Expressible::giftQuestion).filter(x -> x != null).toList();
        if (!subs.isEmpty()) {
          out.add(new Question.Scenario(s.id(), s.vignette(), null, subs));
        }
      } else if (giftQuestion(q) != null) {
        out.add(giftQuestion(q));
      }
    }
    return new Quiz(quiz.id(), quiz.title(), null, QuizSettings.DEFAULTS, out);
  }

  private static Question giftQuestion(Question q) {
    if (q instanceof Question.Ordering) {
      return null;
    } else if (q instanceof Question.MultipleResponse x) {
      return new Question.MultipleResponse(x.id(), x.stem(), x.points(), x.competences(), x.evidenceLevel(),
          x.feedback(), x.options(), Question.Scoring.PARTIAL);
    } else if (q instanceof Question.ShortText x) {
      return x.accept().isEmpty() ? null : new Question.ShortText(x.id(), x.stem(), x.points(), x.competences(),
          x.evidenceLevel(), x.feedback(), x.accept(), null, false, x.wrongFeedback());
    } else if (q instanceof Question.Numeric x) {
      double tol = x.toleranceMode() == Question.ToleranceMode.RELATIVE ? x.tolerance() * Math.abs(x.answer()) : x.tolerance();
      return new Question.Numeric(x.id(), x.stem(), x.points(), x.competences(), x.evidenceLevel(), x.feedback(),
          x.answer(), tol, Question.ToleranceMode.ABSOLUTE, null, false, null);
    } else if (q instanceof Question.Matching x) {
      List<String> order = new ArrayList<>();
      x.prompts().forEach(p -> {
        if (!order.contains(p.match())) {
          order.add(p.match());
        }
      });
      x.choices().forEach(c -> {
        if (!order.contains(c.id())) {
          order.add(c.id());
        }
      });
      List<Question.Choice> choices = order.stream()
          .map(id -> x.choices().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow()).toList();
      return new Question.Matching(x.id(), x.stem(), x.points(), x.competences(), x.evidenceLevel(), x.feedback(),
          x.prompts(), choices);
    }
    return q;
  }

  static Quiz qti(Quiz quiz) {
    QuizSettings s = quiz.settings();
    QuizSettings d = QuizSettings.DEFAULTS;
    QuizSettings kept = new QuizSettings(s.passMarkPercent(), s.timeLimitMinutes(), d.attemptsAllowed(), d.grading(),
        s.shuffleQuestions(), s.shuffleOptions() && hasShuffleable(quiz), s.layout(), d.feedback(), null, d.review(),
        false, List.of());
    List<Question> out = new ArrayList<>();
    for (Question q : quiz.questions()) {
      if (q instanceof Question.Scenario s2) {
        out.add(new Question.Scenario(s2.id(), s2.vignette(), s2.feedback(),
            s2.questions().stream().map(Expressible::qtiQuestion).toList()));
      } else {
        out.add(qtiQuestion(q));
      }
    }
    return new Quiz(quiz.id(), quiz.title(), quiz.intro(), kept, out);
  }

  private static boolean hasShuffleable(Quiz quiz) {
    return quiz.answerableQuestions().stream().anyMatch(q -> q instanceof Question.SingleChoice
        || q instanceof Question.MultipleResponse || q instanceof Question.Matching);
  }

  private static Question qtiQuestion(Question q) {
    if (q instanceof Question.Numeric x) {
      return new Question.Numeric(x.id(), x.stem(), x.points(), x.competences(), x.evidenceLevel(), x.feedback(),
          x.answer(), x.tolerance(), x.toleranceMode(), null, false, x.wrongFeedback());
    } else if (q instanceof Question.ShortText x && x.accept().isEmpty()) {
      return new Question.ShortText(x.id(), x.stem(), x.points(), x.competences(), x.evidenceLevel(), x.feedback(),
          x.accept(), x.pattern(), false, x.wrongFeedback());
    }
    return q;
  }
}
