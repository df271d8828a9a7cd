package io.cairn.web;

import io.cairn.auth.AccountAdminRoutes;
import io.cairn.auth.AccountRepository;
import io.cairn.auth.AuthApi;
import io.cairn.auth.AuthRoutes;
import io.cairn.auth.Csrf;
import io.cairn.auth.SessionAuth;
import io.cairn.auth.SessionRepository;
import io.cairn.authoring.AuthoringModule;
import io.cairn.authoring.draft.ContentRefresh;
import io.cairn.authoring.interchange.web.DraftSink;
import io.cairn.authoring.interchange.web.InterchangeRoutes;
import io.cairn.authoring.stats.StatsRoutes;
import io.cairn.config.AppConfig;
import io.cairn.content.Catalog;
import io.cairn.content.ContentAdminRoutes;
import io.cairn.content.FrameworkRoutes;
import io.cairn.content.ModuleRoutes;
import io.cairn.content.progress.ProgressRepository;
import io.cairn.content.progress.ProgressRoutes;
import io.cairn.db.Database;
import io.cairn.errors.NotFound;
import io.cairn.evidence.EvidenceRepository;
import io.cairn.evidence.certificate.CertificateRoutes;
import io.cairn.evidence.cpd.CpdRoutes;
import io.cairn.evidence.privacy.AccountRoutes;
import io.cairn.evidence.web.EvidenceRoutes;
import io.cairn.evidence.web.SupervisionRoutes;
import io.cairn.lti.LtiModule;
import io.cairn.quiz.QuizVersions;
import io.cairn.quiz.attempt.AttemptService;
import io.cairn.quiz.attempt.Submission;
import io.cairn.quiz.attempt.Accommodations;
import io.cairn.quiz.web.AccommodationRoutes;
import io.cairn.quiz.web.AttemptApi;
import io.cairn.quiz.web.AttemptRoutes;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.ext.web.handler.TimeoutHandler;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The HTTP server: one root router with cross-cutting handlers, then each feature's routes. Several
 * instances run, one per event loop, each with its own database pool.
 */
public final class HttpVerticle extends VerticleBase {
  static final int FORM_LIMIT_BYTES = 256 * 1024;
  static final long REQUEST_TIMEOUT_MS = 30_000;

  private final AppConfig config;
  private final PgConnectOptions db;
  private final Supplier<Catalog> catalog;
  private final byte[] secret;
  private final ContentRefresh refresh;
  private Pool pool;
  private LtiModule lti;
  private HttpServer server;

  /** @param refresh reloads this instance's catalog after the editor publishes here */
  public HttpVerticle(AppConfig config, PgConnectOptions db, Supplier<Catalog> catalog, byte[] secret,
      ContentRefresh refresh) {
    this.config = config;
    this.db = db;
    this.catalog = catalog;
    this.secret = secret.clone();
    this.refresh = refresh;
  }

  @Override
  public Future<?> start() {
    int poolSize = Math.max(2, config.dbPoolSize() / Math.max(1, config.httpInstances()));
    pool = Database.pool(vertx, db, poolSize);
    Router root = router();
    return lti.start().compose(v -> vertx.createHttpServer(new HttpServerOptions()
            .setHost(config.httpHost())
            .setPort(config.httpPort())
            .setCompressionSupported(true)
            .setMaxFormAttributeSize(FORM_LIMIT_BYTES))
        .requestHandler(root)
        .listen())
        .onSuccess(s -> server = s);
  }

  @Override
  public Future<?> stop() {
    return pool == null ? Future.succeededFuture() : pool.close();
  }

  /** The port actually bound (useful when configured as 0). */
  public int actualPort() {
    return server == null ? -1 : server.actualPort();
  }

  private Router router() {
    Router root = Router.router(vertx);
    Csrf csrf = new Csrf(secret, config.secureCookies());
    Pages pages = new Pages(new Templates(), csrf);
    SessionRepository sessions = new SessionRepository(pool, config.sessionLifetime());
    lti = new LtiModule(vertx, pool, config, secret, catalog, Clock.systemUTC());
    SessionAuth auth = new SessionAuth(sessions, config.secureCookies(), lti.sessions());
    ProgressRepository progress = new ProgressRepository(pool);
    Clock clock = Clock.systemUTC();
    QuizVersions versions = new QuizVersions(pool);
    EvidenceRepository evidence = new EvidenceRepository();
    Submission submission = new Submission(pool, versions, clock);
    AttemptService attempts = new AttemptService(pool, versions, catalog, submission, clock);
    AccountRepository accounts = new AccountRepository(pool);

    root.route().handler(RequestIds::assign);
    // a safety net: a request that nothing answered (a fault in a callback) gets a 503, not a hang
    root.route().handler(TimeoutHandler.create(REQUEST_TIMEOUT_MS));
    root.route().handler(SecurityHeaders::apply);
    HealthRoutes.mount(root, pool);
    mountStatic(root, "css", 3600);
    mountStatic(root, "js", 3600);
    mountStatic(root, "media", 86400);
    AuthoringModule.mountUploads(root); // file uploads (import) take their own, larger body limit
    InterchangeRoutes.mountUploads(root); // GIFT and QTI uploads: multipart, 2 MB
    root.route().handler(BodyHandler.create(false).setBodyLimit(FORM_LIMIT_BYTES));
    lti.mountEntryPoints(root, pages); // platforms post here: state and nonce, not sessions or CSRF tokens, protect them
    root.route().handler(auth::load);
    root.route().handler(lti::handleLaunchSession);
    root.route().handler(csrf::check);

    // the hot paths first: every route before them is one more regex match per request
    lti.mountAttemptLinks(root);
    AttemptRoutes.mount(root, pages, catalog, attempts, clock);
    AttemptApi.mount(root, catalog, attempts, clock);
    lti.mountRoutes(root, pages);
    AuthRoutes.mount(root, vertx, pages, accounts, sessions, auth);
    AuthApi.mount(root, vertx, accounts, sessions, auth, csrf);
    AccountAdminRoutes.mount(root, pages, pool, sessions);
    ModuleRoutes.mount(root, pages, catalog, progress);
    ProgressRoutes.mount(root, catalog, progress);
    FrameworkRoutes.mount(root, pages, catalog);
    ContentAdminRoutes.mount(root, pages, catalog, pool);
    AccommodationRoutes.mount(root, pages, catalog, new Accommodations(pool));
    EvidenceRoutes.mount(root, pages, catalog, pool, evidence, clock, config.evidenceRenewal());
    SupervisionRoutes.mount(root, pages, catalog, pool, evidence, clock, config.evidenceRenewal());
    CpdRoutes.mount(root, pages, catalog, pool, clock);
    CertificateRoutes.mount(root, vertx, pages, catalog, pool, config.publicUrl());
    AccountRoutes.mount(root, vertx, pages, pool, sessions, clock);
    AuthoringModule authoring = new AuthoringModule(pool, catalog, refresh, config.webroot());
    authoring.mount(root, vertx, pages);
    InterchangeRoutes.mount(root, vertx, pages, catalog, DraftSink.of(authoring.service()));
    StatsRoutes.mount(root, pages, catalog, pool, lti.attemptScope());

    root.route().handler(ctx -> ctx.fail(new NotFound("There is no page at this address.")));
    root.route().failureHandler(new FailureHandler(pages)::handle);
    return root;
  }

  private void mountStatic(Router root, String folder, int maxAgeSeconds) {
    if (folder.equals("media")) {
      // WebVTT is not in Vert.x's MIME table; with nosniff, browsers need the right type for captions
      root.route("/media/*").handler(ctx -> {
        if (ctx.request().path().endsWith(".vtt")) {
          ctx.addHeadersEndHandler(v -> ctx.response().putHeader("Content-Type", "text/vtt; charset=utf-8"));
        }
        ctx.next();
      });
    }
    root.route("/" + folder + "/*").handler(StaticHandler
        .create(FileSystemAccess.ROOT, config.webroot().resolve(folder).toString())
        .setCachingEnabled(true)
        .setMaxAgeSeconds(maxAgeSeconds)
        .setDirectoryListing(false)
        .setIncludeHidden(false));
  }
}
