package io.cairn.lti;

import io.cairn.authoring.stats.AttemptScope;
import io.cairn.config.AppConfig;
import io.cairn.content.Catalog;
import io.cairn.lti.admin.LtiAdminRoutes;
import io.cairn.lti.ags.AccessTokens;
import io.cairn.lti.ags.AttemptLinks;
import io.cairn.lti.deeplinking.DeepLinkingLaunches;
import io.cairn.lti.deeplinking.DeepLinkingRoutes;
import io.cairn.lti.keys.KeyCipher;
import io.cairn.lti.keys.KeyRepository;
import io.cairn.lti.keys.ToolKeys;
import io.cairn.lti.launch.JwksCache;
import io.cairn.lti.launch.LaunchCompletion;
import io.cairn.lti.launch.LaunchRoutes;
import io.cairn.lti.launch.LaunchValidator;
import io.cairn.lti.launch.LoginRepository;
import io.cairn.lti.launch.LoginRoutes;
import io.cairn.lti.launch.PendingLaunches;
import io.cairn.lti.nrps.CourseAttemptScope;
import io.cairn.lti.nrps.CourseRepository;
import io.cairn.lti.nrps.Memberships;
import io.cairn.lti.nrps.RosterCache;
import io.cairn.lti.nrps.RosterRoutes;
import io.cairn.lti.provisioning.LaunchProvisioner;
import io.cairn.lti.registration.DynamicRegistration;
import io.cairn.lti.registration.DynamicRegistrationRoutes;
import io.cairn.lti.registration.RegistrationInvites;
import io.cairn.lti.registration.RegistrationRepository;
import io.cairn.lti.session.LaunchSessionHandler;
import io.cairn.lti.session.LaunchSessions;
import io.cairn.lti.session.LaunchTokens;
import io.cairn.lti.session.SessionLaunches;
import io.cairn.web.Pages;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LTI 1.3 tool, wired for one HTTP verticle: keys and JWKS, registrations (by hand and dynamic),
 * OIDC login and launch, launch sessions, Deep Linking, the roster (NRPS) and the linking of
 * attempts to resource links for grade passback (the outbox worker itself runs once per process,
 * see {@link io.cairn.lti.ags.ScoreWorker}). Mount points (see {@link io.cairn.web.HttpVerticle}):
 * {@link #mountEntryPoints} before the session and CSRF handlers (platforms post there; state and
 * nonce protect them), {@link #handleLaunchSession} right after SessionAuth.load, and
 * {@link #mountRoutes} with the other feature routes, before the normal sign-out.
 */
public final class LtiModule {
  static final long SWEEP_MS = 15 * 60_000;
  private static final Logger LOG = LoggerFactory.getLogger(LtiModule.class);

  private final Vertx vertx;
  private final ToolEndpoints tool;
  private final boolean devMode;
  private final WebClient client;
  private final ToolKeys keys;
  private final RegistrationRepository registrations;
  private final RegistrationInvites invites;
  private final LoginRepository logins;
  private final LaunchSessions sessions;
  private final LaunchSessionHandler sessionHandler;
  private final SessionLaunches sessionLaunches;
  private final AccessTokens tokens;
  private final Supplier<Catalog> catalog;
  private final Pool pool;
  private final Clock clock;

  public LtiModule(Vertx vertx, Pool pool, AppConfig config, byte[] secret, Supplier<Catalog> catalog, Clock clock) {
    this.vertx = vertx;
    this.pool = pool;
    this.catalog = catalog;
    this.clock = clock;
    this.tool = ToolEndpoints.of(config.publicUrl());
    this.devMode = config.devMode();
    this.client = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false).setConnectTimeout(5_000)
        .setUserAgent("Cairn-LTI/1.3"));
    this.keys = new ToolKeys(vertx, new KeyRepository(pool), new KeyCipher(secret), clock);
    this.registrations = new RegistrationRepository(pool);
    this.invites = new RegistrationInvites(pool);
    this.logins = new LoginRepository(pool);
    this.sessions = new LaunchSessions(pool, new LaunchTokens(secret, clock), clock);
    this.sessionHandler = new LaunchSessionHandler(sessions, registrations);
    this.sessionLaunches = new SessionLaunches(pool, sessions);
    this.tokens = new AccessTokens(client, keys, clock);
  }

  /** Makes the first tool key if there is none, and sweeps old logins now and then. */
  public Future<Void> start() {
    vertx.setPeriodic(SWEEP_MS, id -> logins.deleteOld()
        .onFailure(err -> LOG.warn("Sweeping old LTI logins failed; it runs again later", err)));
    return keys.ensureKey();
  }

  /** For SessionAuth: sessions reached through launch-session tokens. */
  public LaunchSessions sessions() {
    return sessions;
  }

  public ToolKeys keys() {
    return keys;
  }

  public WebClient client() {
    return client;
  }

  public ToolEndpoints tool() {
    return tool;
  }

  public void mountEntryPoints(Router root, Pages pages) {
    LtiPages ltiPages = new LtiPages(pages);
    root.get(ToolEndpoints.JWKS_PATH).handler(ctx -> keys.publicKeySet().onSuccess(set -> ctx.response()
            .putHeader("Content-Type", "application/json")
            .putHeader("Cache-Control", "public, max-age=60")
            .putHeader("Access-Control-Allow-Origin", "*")
            .end(new io.vertx.core.json.JsonObject(set.toJSONObject(true)).encode()))
        .onFailure(ctx::fail));
    LoginRoutes.mount(root, ltiPages, tool, registrations, logins);
    JwksCache jwks = new JwksCache(client, clock, JwksCache.MIN_REFETCH_INTERVAL);
    LaunchValidator validator = new LaunchValidator(logins, registrations, jwks, clock);
    LaunchCompletion completion = new LaunchCompletion(catalog, tool, new LaunchProvisioner(pool), sessions,
        sessionLaunches);
    LaunchRoutes.mount(root, ltiPages, tool, validator, new PendingLaunches(pool), registrations, completion);
    DynamicRegistrationRoutes.mount(root, ltiPages,
        new DynamicRegistration(client, registrations, tool, devMode), invites);
  }

  /** Which attempts a tutor may see: those of their courses when they come from a platform. */
  public AttemptScope attemptScope() {
    return new CourseAttemptScope(pool);
  }

  /** Mount right after SessionAuth.load: the launch behind a launch session, then its links and framing. */
  public void handleLaunchSession(RoutingContext ctx) {
    sessionLaunches.load(ctx, () -> sessionHandler.handle(ctx));
  }

  /** Mount before the attempt routes: links attempts taken through a launch to its resource link. */
  public void mountAttemptLinks(Router root) {
    new AttemptLinks(pool).mount(root);
  }

  public void mountRoutes(Router root, Pages pages) {
    sessionHandler.mountSignOut(root, pages);
    LtiAdminRoutes.mount(root, pages, registrations, invites, keys, tool, devMode);
    DeepLinkingRoutes.mount(root, pages, catalog, tool, keys, new DeepLinkingLaunches(pool), clock);
    RosterRoutes.mount(root, pages, catalog, new CourseRepository(pool), new Memberships(client, tokens),
        new RosterCache(clock));
  }
}
