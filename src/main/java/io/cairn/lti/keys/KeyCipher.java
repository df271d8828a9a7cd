package io.cairn.lti.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * Encrypts the tool's private keys at rest: AES-256-GCM (JDK) under a key derived from the server
 * secret with HKDF-SHA256 (RFC 5869, Bouncy Castle's {@link HKDFBytesGenerator}), salt
 * {@value #SALT}, info {@value #INFO}. A sealed value is a random 12-byte IV followed by the
 * ciphertext and its 128-bit tag; the key id is the additional data, so a sealed key cannot be
 * moved to another row. Changing CAIRN_SECRET makes stored keys unreadable: rotate after a change.
 */
public final class KeyCipher {
  static final String SALT = "cairn-lti-key-encryption-v1";
  static final String INFO = "AES-256-GCM private keys";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  public KeyCipher(byte[] serverSecret) {
    this.key = new SecretKeySpec(derive(serverSecret, SALT, INFO, 32), "AES");
  }

  /** HKDF-SHA256: {@code length} bytes of key material for one purpose. */
  public static byte[] derive(byte[] secret, String salt, String info, int length) {
    HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
    hkdf.init(new HKDFParameters(secret, salt.getBytes(StandardCharsets.UTF_8), info.getBytes(StandardCharsets.UTF_8)));
    byte[] out = new byte[length];
    hkdf.generateBytes(out, 0, length);
    return out;
  }

  public byte[] seal(byte[] plain, String kid) {
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      c.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = c.doFinal(plain);
      byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
      System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt a tool key", e);
    }
  }

  /** Fails when the value was sealed under another secret, for another kid, or was altered. */
  public byte[] open(byte[] sealed, String kid) {
    if (sealed.length <= IV_BYTES) {
      throw new IllegalStateException("the stored tool key " + kid + " is truncated");
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
      c.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
      return c.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot decrypt the tool key " + kid
          + ": was CAIRN_SECRET changed? Rotate the LTI keys in /admin/lti.", e);
    }
  }
}
