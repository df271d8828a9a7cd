package io.cairn.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server secret (CSRF tokens, signed launch tokens, key encryption). Production takes it from
 * CAIRN_SECRET only; dev mode generates one once, keeps it beside the embedded database and says so.
 */
public final class Secrets {
  private static final Logger LOG = LoggerFactory.getLogger(Secrets.class);
  static final int MIN_LENGTH = 32;
  static final String DEV_FILE = "dev-secret";

  private Secrets() {}

  public static byte[] serverSecret(AppConfig config) {
    if (config.secret().isPresent()) {
      String s = config.secret().get();
      if (s.length() < MIN_LENGTH) {
        throw new ConfigException("CAIRN_SECRET must be at least " + MIN_LENGTH + " characters long");
      }
      return s.getBytes(StandardCharsets.UTF_8);
    }
    if (!config.devMode()) {
      throw new ConfigException("CAIRN_SECRET is required in production mode (at least " + MIN_LENGTH
          + " random characters, the same on every instance)");
    }
    return devSecret(config.dataDir().resolve(DEV_FILE));
  }

  private static byte[] devSecret(Path file) {
    try {
      if (Files.isRegularFile(file)) {
        return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
      }
      byte[] raw = new byte[32];
      new SecureRandom().nextBytes(raw);
      String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
      Files.createDirectories(file.getParent());
      Files.writeString(file, secret);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException ignored) {
        // not a POSIX file system: the file stays with default permissions
      }
      LOG.warn("Dev mode: generated a server secret in {}. Set CAIRN_SECRET in production.", file);
      return secret.getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the dev secret in " + file, e);
    }
  }
}
