package io.cairn.lti.session;

import io.cairn.lti.keys.KeyCipher;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The launch-session token: {@code v1.<session hash>.<expiry>.<registration id>.<HMAC>}, where the
 * HMAC-SHA256 key is derived from the server secret (HKDF, its own purpose) and covers the rest.
 * It names a row of table session by its SHA-256 (never the cookie value), expires within
 * {@link #MAX_LIFETIME}, and names the registration whose platform may frame the pages.
 */
public final class LaunchTokens {
  public static final Duration MAX_LIFETIME = Duration.ofHours(8);
  static final String VERSION = "v1";

  /** What a valid token says. */
  public record Decoded(byte[] sessionHash, Instant expires, long registrationId) {}

  private final SecretKeySpec key;
  private final Clock clock;

  public LaunchTokens(byte[] serverSecret, Clock clock) {
    this.key = new SecretKeySpec(KeyCipher.derive(serverSecret, "cairn-lti-launch-session-v1", "HMAC-SHA256", 32),
        "HmacSHA256");
    this.clock = clock;
  }

  public String mint(byte[] sessionHash, Instant expires, long registrationId) {
    String body = VERSION + "." + b64(sessionHash) + "." + expires.getEpochSecond() + "." + registrationId;
    return body + "." + b64(mac(body));
  }

  /** Empty for anything forged, malformed or expired. */
  public Optional<Decoded> verify(String token) {
    if (token == null || token.length() > 300) {
      return Optional.empty();
    }
    int last = token.lastIndexOf('.');
    String[] parts = token.split("\\.", -1);
    if (last < 0 || parts.length != 5 || !parts[0].equals(VERSION)) {
      return Optional.empty();
    }
    String body = token.substring(0, last);
    try {
      byte[] sent = Base64.getUrlDecoder().decode(parts[4]);
      if (!MessageDigest.isEqual(sent, mac(body))) {
        return Optional.empty();
      }
      Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[2]));
      if (!expires.isAfter(clock.instant())) {
        return Optional.empty();
      }
      return Optional.of(new Decoded(Base64.getUrlDecoder().decode(parts[1]), expires, Long.parseLong(parts[3])));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private byte[] mac(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
