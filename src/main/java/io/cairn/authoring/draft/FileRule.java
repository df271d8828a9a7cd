package io.cairn.authoring.draft;

/**
 * What a start-up does with a quiz or module read from quizzes/, so that a file change and a web
 * edit never overwrite each other silently (docs/authoring.md):
 * <ul>
 *   <li>the file is the same as at the last load: nothing changes (a newer web version stays current);</li>
 *   <li>the file changed (or is new) and the current version came from the editor after the last
 *       version loaded from the file: the file is stored as a draft labelled "changed in quizzes/",
 *       and the tutor chooses;</li>
 *   <li>otherwise the file's content becomes current, as it always did.</li>
 * </ul>
 */
public final class FileRule {
  public static final String CHANGED_IN_FILES = "changed in quizzes/";

  public enum Outcome { UNCHANGED, LOAD, DRAFT }

  /** The version served now, and whether the web editor (or an import) made it. */
  public record Current(long versionId, boolean fromEditor) {}

  /** What the last load read from this file: a key of its content, and the version it made current. */
  public record Seen(String fileKey, Long loadedVersionId) {}

  private FileRule() {}

  /**
   * @param fileKey what identifies the file's content now (content hash and framework version)
   * @param seen null when no load has seen this file
   * @param current null when nothing is served for this id yet
   */
  public static Outcome decide(String fileKey, Seen seen, Current current) {
    if (current != null && seen != null && seen.fileKey().equals(fileKey)) {
      return Outcome.UNCHANGED;
    }
    boolean editorIsNewer = current != null && current.fromEditor()
        && (seen == null || seen.loadedVersionId() == null || current.versionId() > seen.loadedVersionId());
    return editorIsNewer ? Outcome.DRAFT : Outcome.LOAD;
  }
}
