package io.cairn.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 started from binaries shipped as Maven artifacts, with its data directory
 * kept between runs. Used when no external database is configured.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final Duration STALE_STOP_WAIT = Duration.ofSeconds(20);

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts PostgreSQL on a free loopback port.
   *
   * @param durable true for the app (fsync on); tests may pass false for speed
   */
  public static EmbeddedDatabase start(Path dataDir, boolean durable) throws IOException {
    Files.createDirectories(dataDir);
    stopStaleServer(dataDir);
    EmbeddedPostgres pg = EmbeddedPostgres.builder()
        .setDataDirectory(dataDir)
        .setCleanDataDirectory(false)
        .setServerConfig("fsync", durable ? "on" : "off")
        .setServerConfig("synchronous_commit", durable ? "on" : "off")
        // group commit: transactions that commit together share one WAL flush instead of queueing
        // for a flush each (every commit is still durable before it is acknowledged)
        .setServerConfig("commit_delay", durable ? "200" : "0")
        .setServerConfig("commit_siblings", "3")
        .setServerConfig("full_page_writes", durable ? "on" : "off")
        .setServerConfig("max_connections", "200")
        .setServerConfig("listen_addresses", "127.0.0.1")
        .setPGStartupWait(Duration.ofSeconds(60))
        .start();
    LOG.info("Embedded PostgreSQL running on port {} with data in {}", pg.getPort(), dataDir);
    return new EmbeddedDatabase(pg);
  }

  public String url() {
    return "postgresql://postgres@127.0.0.1:" + postgres.getPort() + "/postgres";
  }

  public int port() {
    return postgres.getPort();
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  /**
   * A postmaster left running by a process that died without its shutdown hook (kill -9) still
   * holds the data directory; ask it to shut down so that this start can proceed.
   */
  static void stopStaleServer(Path dataDir) {
    Optional<ProcessHandle> stale = stalePostmaster(dataDir);
    if (stale.isEmpty()) {
      return;
    }
    ProcessHandle process = stale.get();
    LOG.warn("Stopping a PostgreSQL left running by an earlier start (pid {})", process.pid());
    process.destroy(); // SIGTERM: a smart shutdown, which completes at once with no clients
    try {
      process.onExit().get(STALE_STOP_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      LOG.warn("PostgreSQL pid {} did not stop in {}; killing it", process.pid(), STALE_STOP_WAIT);
      process.destroyForcibly();
    }
  }

  static Optional<ProcessHandle> stalePostmaster(Path dataDir) {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(pidFile);
      if (lines.isEmpty()) {
        return Optional.empty();
      }
      long pid = Long.parseLong(lines.get(0).trim());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
