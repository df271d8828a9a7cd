package io.cairn.authoring.draft;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A draft of a quiz or module: the text of its file (and, for a module, the markdown files it
 * uses), the version it was made from, where it came from and who last saved it.
 *
 * @param baseVersionId the quiz_version or module_version it was made from; null for new content
 * @param origin editor, import or file
 * @param label what to call its origin, e.g. "changed in quizzes/" or "imported from GIFT"
 * @param revision bumped by each save, so that a form saved from an older page is refused
 */
public record Draft(long id, Kind kind, String contentId, String moduleId, String yaml,
    Map<String, String> markdown, Long baseVersionId, String origin, String label, String filePath,
    String state, int revision, OffsetDateTime updatedAt, String updatedBy, Long publishedVersionId) {

  public enum Kind {
    QUIZ, MODULE;

    public String code() {
      return name().toLowerCase();
    }

    public static Kind of(String code) {
      return valueOf(code.toUpperCase());
    }
  }

  public boolean open() {
    return "open".equals(state);
  }

  public boolean fromFile() {
    return "file".equals(origin);
  }

  /** The name problems are reported under, as a folder would show it. */
  public String fileName() {
    if (filePath != null) {
      return filePath;
    }
    return kind == Kind.QUIZ ? "draft of " + contentId + "/quiz.yaml" : "draft of " + contentId + "/module.yaml";
  }
}
