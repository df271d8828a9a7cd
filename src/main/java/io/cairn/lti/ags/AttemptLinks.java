package io.cairn.lti.ags;

import io.cairn.auth.CurrentUser;
import io.cairn.auth.SessionAuth;
import io.cairn.lti.session.LaunchLink;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the resource link an attempt is taken through. Every attempt request made inside a
 * launch session ({@code /attempts/<id>…}, {@code /api/attempts/<id>…}: the page after start, each
 * save, the submit) links the learner's open attempt to the launch's resource link, once, when the
 * link opens that quiz (or the module the quiz belongs to). The submit then finds the link in the
 * same transaction and writes the score to the outbox. Mount before the attempt routes.
 */
public final class AttemptLinks {
  static final String LINK = """
      UPDATE attempt a SET lti_resource_link_id = l.id
        FROM lti_resource_link l
       WHERE a.id = $1 AND a.account_id = $2 AND a.state = 'in_progress' AND a.lti_resource_link_id IS NULL
         AND l.id = $3
         AND (l.quiz_id = a.quiz_id OR (l.quiz_id IS NULL AND l.module_id IS NOT NULL AND l.module_id = a.module_id))""";
  static final String PATH = "^/(?:api/)?attempts/(?<attemptId>\\d{1,18})(?:/.*)?$";
  static final int SEEN_LIMIT = 50_000;
  private static final Logger LOG = LoggerFactory.getLogger(AttemptLinks.class);

  private final Pool pool;
  /** Attempts already handled for a link, so later requests skip the update. */
  private final Map<Long, Long> seen = new ConcurrentHashMap<>();

  public AttemptLinks(Pool pool) {
    this.pool = pool;
  }

  public void mount(Router root) {
    root.routeWithRegex(PATH).handler(this::handle);
  }

  void handle(RoutingContext ctx) {
    Optional<LaunchLink> link = LaunchLink.of(ctx).filter(l -> l.resourceLinkRef() != null);
    Optional<CurrentUser> user = SessionAuth.user(ctx);
    if (link.isEmpty() || user.isEmpty()) {
      ctx.next();
      return;
    }
    long attemptId = Long.parseLong(ctx.pathParam("attemptId"));
    long linkRef = link.get().resourceLinkRef();
    if (Long.valueOf(linkRef).equals(seen.get(attemptId))) {
      ctx.next();
      return;
    }
    pool.preparedQuery(LINK).execute(Tuple.of(attemptId, user.get().id(), linkRef)).onComplete(ar -> {
      if (ar.succeeded()) {
        if (ar.result().rowCount() > 0) {
          LOG.info("Attempt {} is taken through LTI resource link {}", attemptId, linkRef);
        }
        if (seen.size() >= SEEN_LIMIT) {
          seen.clear();
        }
        seen.put(attemptId, linkRef);
      } else {
        LOG.warn("Could not link attempt {} to LTI resource link {}", attemptId, linkRef, ar.cause());
      }
      ctx.next();
    });
  }
}
