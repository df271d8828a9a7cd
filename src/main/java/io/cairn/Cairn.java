package io.cairn;

import io.cairn.auth.AdminBootstrap;
import io.cairn.authoring.draft.ContentRefresh;
import io.cairn.auth.SessionRepository;
import io.cairn.config.AppConfig;
import io.cairn.config.Secrets;
import io.cairn.content.Catalog;
import io.cairn.content.CatalogHolder;
import io.cairn.content.CatalogRepository;
import io.cairn.content.ContentStore;
import io.cairn.content.files.ContentReader;
import io.cairn.content.files.ContentSet;
import io.cairn.db.Database;
import io.cairn.db.EmbeddedDatabase;
import io.cairn.db.Migrations;
import io.cairn.evidence.EvidenceRepository;
import io.cairn.lti.ags.ScoreWorker;
import io.cairn.quiz.QuizVersions;
import io.cairn.quiz.attempt.Submission;
import io.cairn.quiz.attempt.TimeLimitSweeper;
import io.cairn.web.HttpVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Cairn: its database (embedded or external), migrated schema, loaded content and HTTP
 * verticles. {@link #start} blocks until the server listens; {@link #close} undoes it all.
 */
public final class Cairn implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Cairn.class);
  private static final long SESSION_SWEEP_MS = 3_600_000;
  private static final long TIME_LIMIT_SWEEP_MS = 15_000;

  private final Vertx vertx;
  private final EmbeddedDatabase embedded;
  private final Pool pool;
  private final CatalogHolder catalog;
  private final int port;
  private final PgConnectOptions db;
  private final ScoreWorker scores;

  private Cairn(Vertx vertx, EmbeddedDatabase embedded, Pool pool, CatalogHolder catalog, int port,
      PgConnectOptions db, ScoreWorker scores) {
    this.vertx = vertx;
    this.embedded = embedded;
    this.pool = pool;
    this.catalog = catalog;
    this.port = port;
    this.db = db;
    this.scores = scores;
  }

  public static Cairn start(AppConfig config) throws Exception {
    long started = System.nanoTime();
    byte[] secret = Secrets.serverSecret(config);
    EmbeddedDatabase embedded = config.embeddedDatabase()
        ? EmbeddedDatabase.start(config.dataDir().resolve("pgdata"), true) : null;
    Vertx vertx = null;
    try {
      PgConnectOptions db = connectOptions(config, embedded);
      Migrations.migrate(db);
      vertx = Vertx.vertx();
      Pool pool = Database.pool(vertx, db, 4);
      CatalogHolder catalog = new CatalogHolder(loadContent(config, pool));
      ContentRefresh refresh = new ContentRefresh(new CatalogRepository(pool), catalog);
      listenForContent(vertx, db, refresh);
      if (config.adminEmail().isPresent() && config.adminPassword().isPresent()) {
        AdminBootstrap.ensureAdmin(pool, config.adminEmail().get(), config.adminPassword().get()).await();
      }
      List<HttpVerticle> verticles = new CopyOnWriteArrayList<>();
      vertx.deployVerticle(() -> {
        HttpVerticle v = new HttpVerticle(config, db, catalog, secret, refresh);
        verticles.add(v);
        return v;
      }, new DeploymentOptions().setInstances(config.httpInstances())).await();
      SessionRepository sessions = new SessionRepository(pool, config.sessionLifetime());
      vertx.setPeriodic(SESSION_SWEEP_MS, id -> sessions.deleteExpired());
      Clock clock = Clock.systemUTC();
      TimeLimitSweeper sweeper = new TimeLimitSweeper(pool,
          new Submission(pool, new QuizVersions(pool), clock), clock);
      vertx.setPeriodic(TIME_LIMIT_SWEEP_MS, id -> sweeper.sweep()
          .onFailure(err -> LOG.warn("Time-limit sweep failed; it runs again shortly", err)));
      // LTI grade passback: delivers the score outbox (safe with several Cairn instances on one database)
      ScoreWorker scores = ScoreWorker.create(vertx, pool, secret, clock);
      scores.start();
      int port = verticles.get(0).actualPort();
      LOG.info("Cairn is serving {} module(s) at {} (port {}), started in {} ms",
          catalog.get().modules().size(), config.publicUrl(), port, (System.nanoTime() - started) / 1_000_000);
      return new Cairn(vertx, embedded, pool, catalog, port, db, scores);
    } catch (Exception | Error e) {
      if (vertx != null) {
        vertx.close().await();
      }
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  /** Reads quizzes/, stores new versions, and returns what is now current. */
  static Catalog loadContent(AppConfig config, Pool pool) {
    ContentSet content = new ContentReader(config.contentDir(), config.webroot()).read();
    content.problems().forEach(p -> LOG.warn("Content problem: {}", p));
    if (!content.skippedModules().isEmpty()) {
      LOG.warn("Skipped module folder(s) with problems: {} (see /admin/content)", content.skippedModules());
    }
    int created = new ContentStore(pool).save(content).await();
    LOG.info("Content loaded: {} framework(s), {} module(s), {} new version(s)",
        content.frameworks().size(), content.modules().size(), created);
    return new CatalogRepository(pool).load().await();
  }

  /**
   * Every instance reloads its catalog when any instance publishes (PostgreSQL LISTEN/NOTIFY on
   * {@value ContentRefresh#CHANNEL}); after a lost connection it reconnects and reloads, since
   * notifications sent meanwhile are gone.
   */
  static void listenForContent(Vertx vertx, PgConnectOptions db, ContentRefresh refresh) {
    PgSubscriber subscriber = PgSubscriber.subscriber(vertx, db).reconnectPolicy(retries -> 2_000L);
    subscriber.channel(ContentRefresh.CHANNEL)
        .subscribeHandler(v -> refresh.refresh()
            .onFailure(err -> LOG.warn("Could not reload content after (re)subscribing", err)))
        .handler(payload -> refresh.refresh()
            .onFailure(err -> LOG.warn("Could not reload content after a '{}' notification", payload, err)));
    subscriber.connect().await();
  }

  static PgConnectOptions connectOptions(AppConfig config, EmbeddedDatabase embedded) {
    if (embedded != null) {
      return Database.fromUrl(embedded.url());
    }
    return config.databaseUrl().map(Database::fromUrl).orElseGet(Database::fromPgEnvironment);
  }

  public int port() {
    return port;
  }

  public Vertx vertx() {
    return vertx;
  }

  public Pool pool() {
    return pool;
  }

  public Catalog catalog() {
    return catalog.get();
  }

  public PgConnectOptions database() {
    return db;
  }

  /** The LTI score outbox worker (tests call {@link ScoreWorker#deliverOnce} directly). */
  public ScoreWorker scoreWorker() {
    return scores;
  }

  @Override
  public void close() throws Exception {
    try {
      vertx.close().await();
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }
}
