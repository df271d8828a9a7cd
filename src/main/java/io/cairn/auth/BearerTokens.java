package io.cairn.auth;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random tokens that grant something to whoever holds them (a session cookie, a one-time URL).
 * Only their SHA-256 is stored, so a copy of the database grants nothing.
 */
public final class BearerTokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  private BearerTokens() {}

  /** A URL-safe token of {@code bytes} random bytes. */
  public static String create(int bytes) {
    byte[] raw = new byte[bytes];
    RANDOM.nextBytes(raw);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }

  /** What the database keeps of a token. */
  public static Buffer hash(String token) {
    try {
      return Buffer.buffer(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
