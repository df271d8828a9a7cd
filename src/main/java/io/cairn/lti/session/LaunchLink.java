package io.cairn.lti.session;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * The launch behind the launch session of a request: which registration, resource link and course
 * it came from, and whether the person launched as an instructor there (Instructor,
 * ContentDeveloper or Administrator of the course: a Cairn tutor or admin by {@code RoleMapping}).
 */
public record LaunchLink(long launchId, long registrationId, long accountId, Long resourceLinkRef, Long contextRef,
    String messageType, boolean instructor) {
  static final String KEY = "lti.launchLink";

  public static Optional<LaunchLink> of(RoutingContext ctx) {
    return Optional.ofNullable(ctx.get(KEY));
  }

  void put(RoutingContext ctx) {
    ctx.put(KEY, this);
  }

  /** The course roster page, when this launch may see it. */
  public Optional<String> rosterPath() {
    return instructor && contextRef != null ? Optional.of("/lti/courses/" + contextRef + "/roster") : Optional.empty();
  }
}
