package io.cairn.authoring.editor;

import io.cairn.authoring.draft.AuthoringService;
import io.cairn.authoring.draft.Draft;
import io.cairn.authoring.draft.DraftContext;
import io.cairn.content.Markdown;
import io.cairn.content.files.Problem;
import io.cairn.content.model.Module;
import io.cairn.errors.Conflict;
import io.cairn.errors.InvalidInput;
import io.cairn.quiz.model.Quiz;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;

/** A draft being edited: the draft, what it is validated against, and its model as read now. */
record Editing(Draft draft, DraftContext context, Quiz quiz, Module module, List<Problem> problems) {

  static Future<Editing> load(AuthoringService service, long draftId, Draft.Kind expected) {
    return service.drafts().get(draftId).compose(d -> service.context().map(ctx -> {
      if (expected != null && d.kind() != expected) {
        throw new io.cairn.errors.NotFound("There is no " + expected.code() + " draft " + draftId + ".");
      }
      if (d.kind() == Draft.Kind.QUIZ) {
        var r = ctx.quiz(d.fileName(), d.yaml(), d.moduleId());
        return new Editing(d, ctx, r.value().orElseThrow(() -> unreadable(r.problems())), null, r.problems());
      }
      var r = ctx.module(d.fileName(), d.yaml(), d.markdown(), d.contentId(), false);
      return new Editing(d, ctx, null, r.value().orElseThrow(() -> unreadable(r.problems())),
          AuthoringService.problems(ctx, d));
    }));
  }

  /** Changes are made to open drafts only: a published draft is history. */
  Editing requireOpen() {
    if (!draft.open()) {
      throw new Conflict("This draft was already " + draft.state() + "; published versions never change. "
          + "Edit the " + draft.kind().code() + " again to make a new draft.");
    }
    return this;
  }

  private static InvalidInput unreadable(List<Problem> problems) {
    return new InvalidInput("", "This draft cannot be read: " + problems);
  }

  /** Refuses a text longer than authored markdown may be (413), naming the field. */
  static void checkSizes(Map<String, List<String>> form) {
    form.forEach((name, values) -> values.forEach(v -> {
      if (v != null && v.length() > Markdown.MAX_CHARS) {
        throw new TooLarge(name);
      }
    }));
  }

  /** A field longer than any authored text needs. */
  static final class TooLarge extends InvalidInput {
    TooLarge(String field) {
      super(field, "The field " + field + " is longer than " + Markdown.MAX_CHARS
          + " characters, more than any question or page needs. Shorten it and try again.");
    }
  }

  static String base(RoutingContext ctx) {
    return "/authoring/drafts/" + Http.draftId(ctx);
  }
}
