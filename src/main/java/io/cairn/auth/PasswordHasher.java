package io.cairn.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id (Spring Security's encoder over Bouncy Castle, with OWASP's recommended settings).
 * Hashing takes tens of milliseconds by design, so it runs off the event loop.
 */
public final class PasswordHasher {
  private static final Argon2PasswordEncoder ENCODER = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

  /** Compared against when the email is unknown, so that both cases take the same time. */
  private static final class Dummy {
    static final String HASH = ENCODER.encode("not a real password, only for timing");
  }

  private final Vertx vertx;

  public PasswordHasher(Vertx vertx) {
    this.vertx = vertx;
  }

  public Future<String> hash(String password) {
    return vertx.executeBlocking(() -> ENCODER.encode(password), false);
  }

  /** True when {@code password} matches {@code hash}; a null hash never matches. */
  public Future<Boolean> matches(String password, String hash) {
    return vertx.executeBlocking(() -> {
      boolean ok = ENCODER.matches(password, hash == null ? Dummy.HASH : hash);
      return ok && hash != null;
    }, false);
  }

  /** For start-up and commands, off any event loop. */
  public static String hashNow(String password) {
    return ENCODER.encode(password);
  }
}
