package io.cairn.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of the server, read once from the environment. Each field is documented in the
 * README's settings table; keep the two in step.
 */
public record AppConfig(
    String httpHost,
    int httpPort,
    int httpInstances,
    URI publicUrl,
    Optional<String> databaseUrl,
    boolean databaseFromPgEnv,
    Path dataDir,
    Optional<String> secret,
    boolean devMode,
    Path contentDir,
    Path webroot,
    Optional<String> adminEmail,
    Optional<String> adminPassword,
    int dbPoolSize,
    Duration sessionLifetime,
    Duration evidenceRenewal) {

  public static final String DEV = "dev";

  public static AppConfig fromEnv(Map<String, String> env) {
    Settings s = new Settings(env);
    String mode = s.text("CAIRN_MODE", DEV);
    if (!mode.equals(DEV) && !mode.equals("production")) {
      throw new ConfigException("CAIRN_MODE must be 'dev' or 'production', not '" + mode + "'");
    }
    int port = s.integer("CAIRN_HTTP_PORT", 8080, 0, 65535);
    URI publicUrl = s.uri("CAIRN_PUBLIC_URL", "http://localhost:" + (port == 0 ? 8080 : port));
    return new AppConfig(
        s.text("CAIRN_HTTP_HOST", "0.0.0.0"),
        port,
        s.integer("CAIRN_HTTP_INSTANCES", Runtime.getRuntime().availableProcessors(), 1, 256),
        publicUrl,
        s.optional("CAIRN_DATABASE_URL"),
        s.optional("PGHOST").isPresent() || s.optional("PGDATABASE").isPresent(),
        Path.of(s.text("CAIRN_DATA_DIR", ".cairn-data")).toAbsolutePath(),
        s.optional("CAIRN_SECRET"),
        mode.equals(DEV),
        Path.of(s.text("CAIRN_CONTENT_DIR", "quizzes")).toAbsolutePath(),
        Path.of(s.text("CAIRN_WEBROOT", "webroot")).toAbsolutePath(),
        s.optional("CAIRN_ADMIN_EMAIL"),
        s.optional("CAIRN_ADMIN_PASSWORD"),
        // commits wait for the disk; more connections let more of them share one WAL flush
        s.integer("CAIRN_DB_POOL_SIZE", 32, 1, 200),
        Duration.ofHours(s.integer("CAIRN_SESSION_HOURS", 24 * 14, 1, 24 * 365)),
        Duration.ofDays(30L * s.integer("CAIRN_EVIDENCE_RENEWAL_MONTHS", 24, 1, 240)));
  }

  /** The embedded PostgreSQL runs when neither a URL nor the PG* variables name a server. */
  public boolean embeddedDatabase() {
    return databaseUrl.isEmpty() && !databaseFromPgEnv;
  }

  /** Cookies get the Secure flag whenever the public address is https. */
  public boolean secureCookies() {
    return "https".equalsIgnoreCase(publicUrl.getScheme());
  }

  /** Reads typed values and names the variable when one is malformed. */
  private record Settings(Map<String, String> env) {
    Optional<String> optional(String name) {
      String v = env.get(name);
      return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    String text(String name, String fallback) {
      return optional(name).orElse(fallback);
    }

    int integer(String name, int fallback, int min, int max) {
      Optional<String> raw = optional(name);
      if (raw.isEmpty()) {
        return fallback;
      }
      try {
        int v = Integer.parseInt(raw.get());
        if (v < min || v > max) {
          throw new ConfigException(name + " must be between " + min + " and " + max + ", not " + v);
        }
        return v;
      } catch (NumberFormatException e) {
        throw new ConfigException(name + " must be a whole number, not '" + raw.get() + "'");
      }
    }

    URI uri(String name, String fallback) {
      String raw = text(name, fallback).replaceAll("/+$", "");
      try {
        URI uri = URI.create(raw);
        if (uri.getScheme() == null || uri.getHost() == null) {
          throw new ConfigException(name + " must be an absolute http(s) URL, not '" + raw + "'");
        }
        return uri;
      } catch (IllegalArgumentException e) {
        throw new ConfigException(name + " is not a valid URL: '" + raw + "'");
      }
    }
  }
}
