package io.cairn.authoring.interchange.gift;

import io.cairn.authoring.interchange.HtmlText;
import io.cairn.authoring.interchange.ImportProblem;
import io.cairn.authoring.interchange.ImportProblem.Severity;
import io.cairn.content.model.EvidenceLevel;
import io.cairn.quiz.model.Question;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one GIFT question (after its ::title::) into a Cairn question, or reports why it cannot:
 * format marker, question text (with the missing-word form "before {…} after"), the answer
 * section and its general feedback (####). The answer types are read by {@link GiftTypes}.
 */
final class GiftQuestionParser {
  private static final Pattern FORMAT = Pattern.compile("\\s*\\[(html|moodle|plain|markdown)]", Pattern.CASE_INSENSITIVE);

  /** The fields every question has. */
  record Head(String id, String stem, double points, List<String> competences, EvidenceLevel level, String feedback) {}

  private final GiftBlock block;
  private final String id;
  private final GiftMeta meta;
  private final List<ImportProblem> problems;
  private String format = "moodle";
  private boolean htmlReported;

  GiftQuestionParser(GiftBlock block, String id, GiftMeta meta, List<ImportProblem> problems) {
    this.block = block;
    this.id = id;
    this.meta = meta;
    this.problems = problems;
  }

  /** @param from where the question text starts in the block (after the title) */
  Question parse(int from) {
    String text = block.text();
    int p = from;
    Matcher fm = FORMAT.matcher(text).region(from, text.length());
    if (fm.lookingAt()) {
      format = fm.group(1).toLowerCase(Locale.ROOT);
      p = fm.end();
    }
    int open = GiftEscapes.indexOf(text, "{", p);
    if (open < 0) {
      error(p, "no answer section {…}: this is a description (text only), which is not a question Cairn can "
          + "take; not imported");
      return null;
    }
    int close = GiftEscapes.indexOf(text, "}", open + 1);
    if (close < 0) {
      error(open, "the answer section opened here has no closing } (note that a blank line inside a question ends it)");
      return null;
    }
    if (GiftEscapes.indexOf(text, "{", close + 1) >= 0) {
      error(close, "a second answer section {…}: a question takes one; not imported");
      return null;
    }
    String stem = text(text.substring(p, open).strip(), p);
    String after = text.substring(close + 1).strip();
    if (!after.isEmpty()) {
      stem = (stem + " _____ " + text(after, close + 1)).strip(); // missing-word format
    }
    if (stem.isBlank()) {
      error(p, "the question has no text; not imported");
      return null;
    }
    String section = text.substring(open + 1, close);
    int general = GiftEscapes.indexOf(section, "####", 0);
    String feedback = general < 0 ? null : blankToNull(text(section.substring(general + 4), open + 1 + general));
    String body = general < 0 ? section : section.substring(0, general);
    EvidenceLevel fallback = meta.scenario() != null ? EvidenceLevel.KNOWS_HOW : EvidenceLevel.KNOWS;
    Head head = new Head(id, stem, meta.points() == null ? 1 : meta.points(), meta.competences(),
        meta.level() == null ? fallback : meta.level(), feedback);
    return dispatch(head, body, open + 1);
  }

  private Question dispatch(Head head, String body, int bodyStart) {
    String trimmed = body.strip();
    GiftTypes types = new GiftTypes(this, head, meta);
    if (trimmed.isEmpty()) {
      error(bodyStart, "an essay question ({}): Cairn has no essay questions; not imported");
      return null;
    }
    if (trimmed.startsWith("#")) {
      return types.numeric(body.substring(body.indexOf('#') + 1), bodyStart + body.indexOf('#') + 1);
    }
    if (trimmed.charAt(0) != '=' && trimmed.charAt(0) != '~') {
      return types.trueFalse(trimmed, bodyStart);
    }
    List<GiftAnswer> answers;
    try {
      answers = GiftAnswer.parse(body, bodyStart);
    } catch (GiftAnswer.Unreadable e) {
      error(e.offset, e.getMessage() + "; not imported");
      return null;
    }
    boolean allRight = answers.stream().allMatch(a -> a.marker() == '=');
    if (allRight && answers.stream().anyMatch(a -> a.text().contains("->"))) {
      return types.matching(answers);
    } else if (allRight) {
      return types.shortText(answers);
    }
    return types.choice(answers);
  }

  /** Unescapes and converts from the question's format to markdown. */
  String text(String raw, int offset) {
    String plain = GiftEscapes.unescape(raw).strip();
    if (!format.equals("html")) {
      return plain; // markdown, plain and Moodle auto-format are kept as written; Cairn sanitises on display
    }
    HtmlText.Converted c = HtmlText.toMarkdown(plain);
    if (!htmlReported) {
      htmlReported = true;
      warn(offset, "[html] text converted to markdown (paragraphs, line breaks, bold, italic, links and lists kept"
          + (c.dropped() ? "; images, media, scripts or other markup left out" : "") + ")");
    }
    return c.markdown();
  }

  void error(int offset, String message) {
    problems.add(ImportProblem.atLine(Severity.ERROR, block.lineAt(offset), id, message));
  }

  void warn(int offset, String message) {
    problems.add(ImportProblem.atLine(Severity.WARNING, block.lineAt(offset), id, message));
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
