package io.cairn.content.files;

import io.cairn.content.model.EvidenceLevel;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Question.Choice;
import io.cairn.quiz.model.Question.Item;
import io.cairn.quiz.model.Question.MatchPrompt;
import io.cairn.quiz.model.Question.Option;
import io.cairn.quiz.model.Question.Scoring;
import io.cairn.quiz.model.Question.ToleranceMode;
import io.cairn.quiz.model.QuestionType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/** Reads one question of any type, checking what that type requires. */
final class QuestionReader {
  private final Set<String> competences;
  private final Ids.Unique questionIds;

  QuestionReader(Set<String> competences, Ids.Unique questionIds) {
    this.competences = competences;
    this.questionIds = questionIds;
  }

  /** The fields every answerable question has. */
  private record Head(String id, String stem, double points, List<String> competences,
      EvidenceLevel level, String feedback) {}

  Optional<Question> read(YamlObject q, boolean inScenario) {
    String typeCode = q.requiredText("type");
    Optional<QuestionType> type = typeCode == null ? Optional.empty() : QuestionType.fromCode(typeCode);
    if (typeCode != null && type.isEmpty()) {
      q.problem("type", "unknown question type '" + typeCode + "'; expected one of "
          + String.join(", ", QuizReader.QUESTION_TYPES));
    }
    if (type.isEmpty()) {
      Ids.local(q, "id");
      return Optional.empty();
    }
    if (type.get() == QuestionType.SCENARIO) {
      if (inScenario) {
        q.problem("type", "a scenario cannot contain another scenario");
        return Optional.empty();
      }
      return Optional.of(scenario(q));
    }
    Head h = head(q, inScenario);
    Question question = switch (type.get()) {
      case SINGLE_CHOICE -> new Question.SingleChoice(h.id, h.stem, h.points, h.competences, h.level,
          h.feedback, options(q, true));
      case MULTIPLE_RESPONSE -> new Question.MultipleResponse(h.id, h.stem, h.points, h.competences,
          h.level, h.feedback, options(q, false), scoring(q));
      case TRUE_FALSE -> trueFalse(q, h);
      case MATCHING -> matching(q, h);
      case ORDERING -> new Question.Ordering(h.id, h.stem, h.points, h.competences, h.level,
          h.feedback, items(q), scoring(q));
      case SHORT_TEXT -> shortText(q, h);
      case NUMERIC -> numeric(q, h);
      default -> throw new IllegalStateException("scenario handled above");
    };
    q.finish();
    return Optional.of(question);
  }

  private Head head(YamlObject q, boolean inScenario) {
    String id = Ids.local(q, "id");
    questionIds.check(q, "id", id);
    List<String> ids = q.textList("competences", true);
    for (int i = 0; i < ids.size(); i++) {
      if (!competences.isEmpty() && !competences.contains(ids.get(i))) {
        q.problem("competences", "\"" + ids.get(i) + "\" is not a competence of the module's framework");
      }
    }
    double points = q.number("points", 1);
    if (points <= 0) {
      q.problem("points", "must be greater than 0");
    }
    EvidenceLevel fallback = inScenario ? EvidenceLevel.KNOWS_HOW : EvidenceLevel.KNOWS;
    EvidenceLevel level = q.choice("evidence_level", fallback,
        code -> QuizReader.QUIZ_LEVELS.contains(code) ? EvidenceLevel.fromCode(code) : Optional.empty(),
        QuizReader.QUIZ_LEVELS);
    return new Head(id, q.requiredText("stem"), points, ids, level, q.text("feedback", null));
  }

  private Question scenario(YamlObject q) {
    String id = Ids.local(q, "id");
    questionIds.check(q, "id", id);
    String vignette = q.requiredText("vignette");
    String feedback = q.text("feedback", null);
    List<Question> subs = q.objects("questions", true).stream()
        .map(sub -> read(sub, true))
        .flatMap(Optional::stream)
        .toList();
    q.finish();
    return new Question.Scenario(id, vignette, feedback, subs);
  }

  private static List<Option> options(YamlObject q, boolean single) {
    List<YamlObject> raw = q.objects("options", true);
    Ids.Unique ids = new Ids.Unique("option");
    List<Option> options = raw.stream().map(o -> {
      String id = Ids.local(o, "id");
      ids.check(o, "id", id);
      Option option = new Option(id, o.requiredText("text"), o.bool("correct", false), o.text("feedback", null));
      o.finish();
      return option;
    }).toList();
    long correct = options.stream().filter(Option::correct).count();
    if (raw.size() == 1) {
      q.problem("options", "needs at least two options");
    }
    if (single && !raw.isEmpty() && correct != 1) {
      q.problem("options", "a single_choice question needs exactly one option with correct: true, found " + correct);
    } else if (!single && !raw.isEmpty() && correct == 0) {
      q.problem("options", "a multiple_response question needs at least one option with correct: true");
    }
    return options;
  }

  private static Scoring scoring(YamlObject q) {
    return q.choice("scoring", Scoring.PARTIAL, QuizReader.codes(Scoring.values()),
        QuizReader.names(Scoring.values()));
  }

  private static Question trueFalse(YamlObject q, Head h) {
    if (!q.has("answer")) {
      q.problem("answer", "is required (true or false)");
    }
    return new Question.TrueFalse(h.id, h.stem, h.points, h.competences, h.level, h.feedback,
        q.bool("answer", true), q.text("true_feedback", null), q.text("false_feedback", null));
  }

  private static Question matching(YamlObject q, Head h) {
    Ids.Unique choiceIds = new Ids.Unique("choice");
    List<Choice> choices = q.objects("choices", true).stream().map(c -> {
      String id = Ids.local(c, "id");
      choiceIds.check(c, "id", id);
      Choice choice = new Choice(id, c.requiredText("text"));
      c.finish();
      return choice;
    }).toList();
    Set<String> known = choices.stream().map(Choice::id).collect(Collectors.toSet());
    Ids.Unique promptIds = new Ids.Unique("prompt");
    List<MatchPrompt> prompts = q.objects("prompts", true).stream().map(p -> {
      String id = Ids.local(p, "id");
      promptIds.check(p, "id", id);
      String match = p.requiredText("match");
      if (match != null && !choices.isEmpty() && !known.contains(match)) {
        p.problem("match", "\"" + match + "\" is not the id of one of the choices");
      }
      MatchPrompt prompt = new MatchPrompt(id, p.requiredText("text"), match);
      p.finish();
      return prompt;
    }).toList();
    if (choices.size() == 1) {
      q.problem("choices", "needs at least two choices");
    }
    return new Question.Matching(h.id, h.stem, h.points, h.competences, h.level, h.feedback, prompts, choices);
  }

  private static List<Item> items(YamlObject q) {
    Ids.Unique ids = new Ids.Unique("item");
    List<Item> items = q.objects("items", true).stream().map(i -> {
      String id = Ids.local(i, "id");
      ids.check(i, "id", id);
      Item item = new Item(id, i.requiredText("text"));
      i.finish();
      return item;
    }).toList();
    if (items.size() == 1) {
      q.problem("items", "needs at least two items to order");
    }
    return items;
  }

  private static Question shortText(YamlObject q, Head h) {
    List<String> accept = q.textList("accept", false);
    String pattern = q.text("pattern", null);
    if (accept.isEmpty() && pattern == null) {
      q.problem("accept", "a short_text question needs accepted answers (accept) or a pattern");
    }
    if (pattern != null) {
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        q.problem("pattern", "not a valid regular expression: " + e.getDescription());
      }
    }
    return new Question.ShortText(h.id, h.stem, h.points, h.competences, h.level, h.feedback,
        accept, pattern, q.bool("case_sensitive", false), q.text("wrong_feedback", null));
  }

  private static Question numeric(YamlObject q, Head h) {
    if (!q.has("answer")) {
      q.problem("answer", "is required (a number)");
    }
    double tolerance = q.number("tolerance", 0);
    if (tolerance < 0) {
      q.problem("tolerance", "must not be negative");
    }
    String unit = q.text("unit", null);
    boolean unitRequired = q.bool("unit_required", false);
    if (unitRequired && unit == null) {
      q.problem("unit_required", "needs a unit");
    }
    return new Question.Numeric(h.id, h.stem, h.points, h.competences, h.level, h.feedback,
        q.number("answer", 0), tolerance,
        q.choice("tolerance_mode", ToleranceMode.ABSOLUTE, QuizReader.codes(ToleranceMode.values()),
            QuizReader.names(ToleranceMode.values())),
        unit, unitRequired, q.text("wrong_feedback", null));
  }
}
