package io.cairn.lti.session;

import io.cairn.auth.Role;
import io.cairn.auth.SessionAuth;
import io.cairn.lti.provisioning.RoleMapping;
import io.cairn.web.Pages;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which launch started each launch session (table lti_launch_session), so that a request inside a
 * launch knows its resource link and course: attempts record the link their score goes to, and an
 * instructor's pages link to the course roster. A session's launch never changes, so lookups are
 * cached (bounded) per session.
 */
public final class SessionLaunches {
  static final String BIND = "INSERT INTO lti_launch_session (session_hash, launch_id) VALUES ($1, $2) ON CONFLICT DO NOTHING";
  static final String LOOKUP = """
      SELECT l.id, l.registration_id, l.account_id, l.resource_link_ref, l.context_ref, l.message_type,
             (l.claims -> 'https://purl.imsglobal.org/spec/lti/claim/roles')::text
        FROM lti_launch_session s JOIN lti_launch l ON l.id = s.launch_id
       WHERE s.session_hash = $1""";
  static final int CACHE_LIMIT = 10_000;
  private static final Logger LOG = LoggerFactory.getLogger(SessionLaunches.class);

  private final Pool pool;
  private final LaunchSessions sessions;
  private final Map<String, Optional<LaunchLink>> cache = new ConcurrentHashMap<>();

  public SessionLaunches(Pool pool, LaunchSessions sessions) {
    this.pool = pool;
    this.sessions = sessions;
  }

  /** Records that the session of this launch-session token was started by the launch. */
  public Future<Void> bind(String token, long launchId) {
    return sessions.decode(token)
        .map(d -> pool.preparedQuery(BIND).execute(Tuple.of(Buffer.buffer(d.sessionHash()), launchId)).<Void>mapEmpty())
        .orElse(Future.succeededFuture());
  }

  /** The launch of a session, by the session key {@link SessionAuth#launchSessionKey} gives. */
  public Future<Optional<LaunchLink>> of(String sessionKey) {
    Optional<LaunchLink> cached = cache.get(sessionKey);
    if (cached != null) {
      return Future.succeededFuture(cached);
    }
    byte[] hash = Base64.getUrlDecoder().decode(sessionKey);
    return pool.preparedQuery(LOOKUP).execute(Tuple.of(Buffer.buffer(hash))).map(rows -> {
      Optional<LaunchLink> link = rows.size() == 0 ? Optional.empty() : Optional.of(toLink(rows.iterator().next()));
      if (cache.size() >= CACHE_LIMIT) {
        cache.clear();
      }
      cache.put(sessionKey, link);
      return link;
    });
  }

  /**
   * For a request inside a launch session: puts its {@link LaunchLink} in the context (and, for an
   * instructor in a course, the roster in the navigation), then continues. A failed lookup is
   * logged and the request goes on without it.
   */
  public void load(RoutingContext ctx, Runnable next) {
    String key = SessionAuth.launchSessionKey(ctx);
    if (key == null) {
      next.run();
      return;
    }
    of(key).onComplete(found -> {
      if (found.succeeded()) {
        found.result().ifPresent(link -> {
          link.put(ctx);
          link.rosterPath().ifPresent(path -> ctx.put(Pages.NAV_KEY, List.of(Map.of("href", path, "label", "Course roster"))));
        });
      } else {
        LOG.warn("Could not find the launch of a launch session; going on without it", found.cause());
      }
      next.run();
    });
  }

  static LaunchLink toLink(Row r) {
    List<String> roles = new ArrayList<>();
    String json = r.getString(6);
    if (json != null && json.startsWith("[")) {
      new JsonArray(json).forEach(v -> {
        if (v instanceof String s) {
          roles.add(s);
        }
      });
    } else if (json != null && json.startsWith("\"")) {
      roles.add(new JsonArray("[" + json + "]").getString(0)); // one role as a plain string
    }
    Set<Role> mapped = RoleMapping.map(roles);
    return new LaunchLink(r.getLong(0), r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getString(5),
        mapped.contains(Role.TUTOR) || mapped.contains(Role.ADMIN));
  }
}
