package io.cairn.evidence.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A certificate's verification code: 80 random bits (10 bytes from SecureRandom) in RFC 4648
 * base32, 16 characters, shown in four groups of four (ABCD-EFGH-JKLM-NPQR). Stored without the
 * dashes; read back case-insensitively with or without dashes and spaces.
 */
public final class VerificationCode {
  static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  static final int BYTES = 10;
  private static final Pattern CANONICAL = Pattern.compile("[A-Z2-7]{16}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationCode() {}

  /** A new code, in stored (canonical) form. */
  public static String generate() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return base32(bytes);
  }

  static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  /** The stored form of what someone typed or followed, or empty when it cannot be a code. */
  public static Optional<String> parse(String input) {
    if (input == null || input.length() > 40) {
      return Optional.empty();
    }
    String canonical = input.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    return CANONICAL.matcher(canonical).matches() ? Optional.of(canonical) : Optional.empty();
  }

  /** The form people read and type: four groups of four. */
  public static String grouped(String canonical) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < canonical.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        out.append('-');
      }
      out.append(canonical.charAt(i));
    }
    return out.toString();
  }
}
