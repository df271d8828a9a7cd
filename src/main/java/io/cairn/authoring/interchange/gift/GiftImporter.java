package io.cairn.authoring.interchange.gift;

import io.cairn.authoring.interchange.ImportProblem;
import io.cairn.authoring.interchange.ImportProblem.Severity;
import io.cairn.authoring.interchange.ImportResult;
import io.cairn.authoring.interchange.QuizIds;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import io.cairn.quiz.model.QuizSettings;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a GIFT file, as Moodle users write it, into a Cairn quiz. Every question either imports
 * or is reported with its line and the reason; whatever changes on the way is reported too. Pure:
 * no I/O.
 */
public final class GiftImporter {
  private GiftImporter() {}

  /** @param suggestedQuizId the quiz id to use when the file has no {@code // quiz:} comment (may be null) */
  public static ImportResult read(byte[] bytes, String suggestedQuizId) {
    List<ImportProblem> problems = new ArrayList<>();
    GiftSplitter.Split split = GiftSplitter.split(decode(bytes, problems));
    QuizIds ids = new QuizIds();
    List<GiftScenarios.Parsed> parsed = new ArrayList<>();
    String category = null;
    for (GiftBlock block : split.blocks()) {
      if (block.category()) {
        category = block.text();
        problems.add(ImportProblem.atLine(Severity.NOTE, block.line(), null, "category \"" + block.text()
            + "\": Cairn quizzes have no question categories, so its questions join this quiz"));
        continue;
      }
      question(block, ids, problems).ifPresent(parsed::add);
    }
    List<Question> questions = GiftScenarios.group(parsed, ids, problems);
    for (GiftScenarios.Parsed p : parsed) {
      if (p.question().competences().isEmpty()) {
        problems.add(ImportProblem.atLine(Severity.WARNING, p.line(), p.question().id(), "no competences: add a "
            + "\"// competences: …\" comment before the question, or link them in the editor; a quiz cannot be "
            + "published until every question has at least one"));
      }
    }
    if (questions.isEmpty()) {
      problems.add(ImportProblem.atLine(Severity.ERROR, 1, null, "no question could be imported from this file"));
    }
    problems.sort(java.util.Comparator.comparingInt(ImportProblem::line));
    String id = quizWide(split, "quiz");
    if (id == null || !QuizIds.SLUG.matcher(id).matches()) {
      id = suggestedQuizId != null && QuizIds.SLUG.matcher(suggestedQuizId).matches() ? suggestedQuizId : "imported-quiz";
    }
    String title = quizWide(split, "quiz_title");
    if (title == null) {
      title = category != null ? category.substring(category.lastIndexOf('/') + 1).strip() : id;
    }
    return new ImportResult(new Quiz(id, title.isBlank() ? id : title, null, QuizSettings.DEFAULTS, questions), problems);
  }

  private static java.util.Optional<GiftScenarios.Parsed> question(GiftBlock block, QuizIds ids,
      List<ImportProblem> problems) {
    String text = block.text();
    int at = text.length() - text.stripLeading().length();
    int from = at;
    String title = null;
    if (text.startsWith("::", at)) {
      int end = GiftEscapes.indexOf(text, "::", at + 2);
      if (end < 0) {
        problems.add(ImportProblem.atLine(Severity.ERROR, block.line(), null,
            "the title ::… has no closing :: (escape a colon in a title as \\:); not imported"));
        return java.util.Optional.empty();
      }
      title = GiftEscapes.unescape(text.substring(at + 2, end)).strip();
      from = end + 2;
    }
    String id = ids.claim(title);
    if (id == null) {
      id = ids.fresh("Q");
      if (title != null && !title.isEmpty()) {
        problems.add(ImportProblem.atLine(Severity.NOTE, block.line(), id, "the title \"" + GiftAnswer.cut(title)
            + "\" is not a question id Cairn can use (letters, digits, '.', '_', '-', unique), so the question is " + id));
      }
    }
    GiftMeta meta = GiftMeta.read(block.comments(), id, problems);
    Question q = new GiftQuestionParser(block, id, meta, problems).parse(from);
    return q == null ? java.util.Optional.empty()
        : java.util.Optional.of(new GiftScenarios.Parsed(q, meta.scenario(), block.line()));
  }

  private static String quizWide(GiftSplitter.Split split, String key) {
    return split.comments().stream().map(c -> GiftMeta.value(c, key)).filter(v -> v != null && !v.isEmpty())
        .findFirst().orElse(null);
  }

  static String decode(byte[] bytes, List<ImportProblem> problems) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      problems.add(ImportProblem.atLine(Severity.WARNING, 1, null,
          "the file is not UTF-8; it was read as Windows-1252 (check accented letters)"));
      text = new String(bytes, Charset.forName("windows-1252"));
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
