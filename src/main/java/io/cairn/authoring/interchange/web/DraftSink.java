package io.cairn.authoring.interchange.web;

import io.cairn.authoring.draft.AuthoringService;
import io.cairn.errors.Conflict;
import io.cairn.quiz.model.Quiz;
import io.vertx.core.Future;

/**
 * Where "import as draft" saves an imported quiz. {@link #of} wires the editor's draft service
 * ({@link AuthoringService#createQuizDraft}); {@link #NOT_WIRED} refuses with a message.
 */
@FunctionalInterface
public interface DraftSink {
  /** @return the id of the new draft */
  Future<Long> saveDraft(Quiz quiz, String moduleId, String sourceLabel, long account);

  DraftSink NOT_WIRED = (quiz, module, label, account) -> Future.failedFuture(
      new Conflict("Saving an import as a draft is not available on this server yet; the preview is all there is."));

  static DraftSink of(AuthoringService service) {
    return (quiz, module, label, account) -> service.createQuizDraft(quiz, module, label, account)
        .map(AuthoringService.Created::draftId);
  }
}
