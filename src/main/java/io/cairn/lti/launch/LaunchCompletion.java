package io.cairn.lti.launch;

import io.cairn.content.Catalog;
import io.cairn.lti.ToolEndpoints;
import io.cairn.lti.provisioning.Landing;
import io.cairn.lti.provisioning.LaunchProvisioner;
import io.cairn.lti.registration.Registration;
import io.cairn.lti.session.LaunchSessions;
import io.cairn.lti.session.SessionLaunches;
import io.cairn.lti.session.LinkRewriter;
import io.vertx.core.Future;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of an accepted launch whose browser is bound: provision the person, course and link,
 * start a launch session, and say where to go (with the launch-session token, as the browser may
 * not keep cookies in the platform's iframe).
 */
public final class LaunchCompletion {
  private static final Logger LOG = LoggerFactory.getLogger(LaunchCompletion.class);

  private final Supplier<Catalog> catalog;
  private final ToolEndpoints tool;
  private final LaunchProvisioner provisioner;
  private final LaunchSessions sessions;
  private final SessionLaunches sessionLaunches;

  public LaunchCompletion(Supplier<Catalog> catalog, ToolEndpoints tool, LaunchProvisioner provisioner,
      LaunchSessions sessions, SessionLaunches sessionLaunches) {
    this.catalog = catalog;
    this.tool = tool;
    this.provisioner = provisioner;
    this.sessions = sessions;
    this.sessionLaunches = sessionLaunches;
  }

  /** The same-site address to redirect to, carrying the new launch session. */
  public Future<String> complete(Registration registration, LaunchClaims claims, String requestId) {
    Landing landing = claims.deepLinking() ? new Landing("/", null, null)
        : Landing.resolve(catalog.get(), tool, claims.targetLinkUri(), claims::customValue);
    return provisioner.provision(registration.id(), claims, landing)
        .compose(p -> sessions.start(p.accountId(), registration.id())
            .compose(token -> sessionLaunches.bind(token, p.launchId()).map(token)).map(token -> {
          LOG.info("LTI launch {} accepted (request {}): {} by account {} in registration {}, roles {}", p.launchId(),
              requestId, claims.messageType(), p.accountId(), registration.id(), p.roles());
          String path = claims.deepLinking() ? ToolEndpoints.DEEP_LINKING_PATH + "/" + p.launchId() : landing.path();
          return LinkRewriter.rewriteLocation(path, token);
        }));
  }
}
