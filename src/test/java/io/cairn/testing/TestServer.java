package io.cairn.testing;

import io.cairn.Cairn;
import io.cairn.config.AppConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A real Cairn on a fresh database and a free port, with the repository's content. */
public final class TestServer implements AutoCloseable {
  public static final String ADMIN_EMAIL = "admin@cairn.test";
  public static final String ADMIN_PASSWORD = "quiet harbour lantern 42";
  public static final String SECRET = "test-secret-test-secret-test-secret-0123";

  private final Cairn cairn;
  private final String databaseUrl;

  private TestServer(Cairn cairn, String databaseUrl) {
    this.cairn = cairn;
    this.databaseUrl = databaseUrl;
  }

  public static TestServer start() {
    return start(Map.of());
  }

  /** @param overrides settings that replace the defaults, e.g. another CAIRN_CONTENT_DIR */
  public static TestServer start(Map<String, String> overrides) {
    Map<String, String> env = new HashMap<>();
    env.put("CAIRN_DATABASE_URL", overrides.getOrDefault("CAIRN_DATABASE_URL", TestDatabase.create()));
    env.put("CAIRN_HTTP_PORT", "0");
    env.put("CAIRN_HTTP_INSTANCES", "1");
    env.put("CAIRN_HTTP_HOST", "127.0.0.1");
    env.put("CAIRN_SECRET", SECRET);
    env.put("CAIRN_CONTENT_DIR", Path.of("quizzes").toAbsolutePath().toString());
    env.put("CAIRN_WEBROOT", Path.of("webroot").toAbsolutePath().toString());
    env.put("CAIRN_ADMIN_EMAIL", ADMIN_EMAIL);
    env.put("CAIRN_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("CAIRN_DB_POOL_SIZE", "4");
    env.putAll(overrides);
    try {
      return new TestServer(Cairn.start(AppConfig.fromEnv(env)), env.get("CAIRN_DATABASE_URL"));
    } catch (Exception e) {
      throw new IllegalStateException("the test server did not start", e);
    }
  }

  public Cairn cairn() {
    return cairn;
  }

  public int port() {
    return cairn.port();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  public String databaseUrl() {
    return databaseUrl;
  }

  /** The database name, for {@link TestDatabase#execute}. */
  public String databaseName() {
    return databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1);
  }

  @Override
  public void close() {
    try {
      cairn.close();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
