package io.cairn.bench;

import io.cairn.Cairn;
import io.cairn.auth.Csrf;
import io.cairn.config.AppConfig;
import io.cairn.quiz.model.Quiz;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The system under test: Cairn started as Main starts it, on the app's embedded PostgreSQL in a new
 * temp data directory (never .cairn-data), with the seed content; and beside it, on the same Vert.x
 * and PostgreSQL, the fortunes baseline the ratios are measured against.
 */
final class BenchServer implements AutoCloseable {
  static final String HOST = "127.0.0.1";

  private final Settings settings;
  private final Path dataDir;
  private final int port;
  private final int baselinePort;
  private final String secret = randomSecret();
  private final Csrf csrf = new Csrf(secret.getBytes(StandardCharsets.UTF_8), false);
  private Cairn cairn;
  private int poolPerVerticle;

  /** Makes the data directory only; {@link #close} removes it even if {@link #start} fails. */
  BenchServer(Settings settings) throws IOException {
    this.settings = settings;
    this.dataDir = Files.createTempDirectory("cairn-bench-");
    this.port = freePort();
    this.baselinePort = freePort();
  }

  void start() throws Exception {
    Map<String, String> config = new HashMap<>();
    config.put("CAIRN_MODE", "dev");
    config.put("CAIRN_DATA_DIR", dataDir.toString());
    config.put("CAIRN_HTTP_HOST", HOST);
    config.put("CAIRN_HTTP_PORT", String.valueOf(port));
    config.put("CAIRN_PUBLIC_URL", "http://" + HOST + ":" + port);
    config.put("CAIRN_HTTP_INSTANCES", String.valueOf(settings.httpInstances()));
    config.put("CAIRN_SECRET", secret);
    config.put("CAIRN_CONTENT_DIR", Path.of("quizzes").toAbsolutePath().toString());
    config.put("CAIRN_WEBROOT", Path.of("webroot").toAbsolutePath().toString());
    if (settings.dbPoolSize() != null) {
      config.put("CAIRN_DB_POOL_SIZE", settings.dbPoolSize());
    }
    AppConfig appConfig = AppConfig.fromEnv(config);
    // each HTTP verticle gets its share of the pool; the baseline verticles get the same
    poolPerVerticle = Math.max(2, appConfig.dbPoolSize() / Math.max(1, appConfig.httpInstances()));
    Benchmark.say("Starting Cairn (embedded PostgreSQL in %s, %d HTTP verticle(s), DB pool %d per verticle)…",
        dataDir, settings.httpInstances(), poolPerVerticle);
    cairn = Cairn.start(appConfig);

    FortunesVerticle.createTable(pool()).await();
    cairn.vertx().deployVerticle(() -> new FortunesVerticle(cairn.database(), poolPerVerticle, HOST, baselinePort),
        new DeploymentOptions().setInstances(settings.httpInstances())).await();
  }

  /** The "server" block of results.json. */
  JsonObject describe() {
    return new JsonObject().put("httpInstances", settings.httpInstances()).put("dbPoolPerVerticle", poolPerVerticle)
        .put("database", "embedded PostgreSQL (fsync on, synchronous_commit on)")
        .put("postgres", pool().query("SHOW server_version").execute().await().iterator().next().getString(0))
        .put("mode", "dev");
  }

  Cairn cairn() {
    return cairn;
  }

  Pool pool() {
    return cairn.pool();
  }

  int port() {
    return port;
  }

  int baselinePort() {
    return baselinePort;
  }

  /** The server's own CSRF tokens, so learners made with SQL can make state-changing calls. */
  Csrf csrf() {
    return csrf;
  }

  /** Where PostgreSQL writes its pid, for CPU accounting from /proc. */
  Path postmasterPidFile() {
    return dataDir.resolve("pgdata").resolve("postmaster.pid");
  }

  /** A seed quiz as the server loaded it (the answers and the checks must match what it scores). */
  Quiz quiz(String id) {
    return cairn.catalog().quiz(id).orElseThrow(() -> new IllegalStateException("the seed content has no quiz " + id)).quiz();
  }

  /** Fresh tables have no statistics until autovacuum gets to them; give the planner what production would have. */
  void analyze() {
    pool().query("ANALYZE").execute().await();
  }

  /** Stops the Vert.x instance (Cairn and baseline verticles), then PostgreSQL; removes the data directory. */
  @Override
  public void close() {
    try {
      if (cairn != null) {
        cairn.close();
      }
    } catch (Exception e) {
      System.err.println("[bench] stopping the server: " + e);
    }
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("[bench] could not remove " + dataDir + ": " + e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }

  private static String randomSecret() {
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }
}
