package io.cairn.lti.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeyCipherTest {
  final KeyCipher cipher = new KeyCipher("a-server-secret-of-thirty-two-characters".getBytes(StandardCharsets.UTF_8));
  final byte[] plain = "private key bytes".getBytes(StandardCharsets.UTF_8);

  @Test
  void sealsAndOpensWithAFreshIvEachTime() {
    byte[] a = cipher.seal(plain, "kid-1");
    byte[] b = cipher.seal(plain, "kid-1");
    assertThat(a).isNotEqualTo(b).hasSize(12 + plain.length + 16);
    assertThat(cipher.open(a, "kid-1")).isEqualTo(plain);
  }

  @Test
  void anotherKidAnotherSecretOrATamperedValueFail() {
    byte[] sealed = cipher.seal(plain, "kid-1");
    assertThatThrownBy(() -> cipher.open(sealed, "kid-2")).hasMessageContaining("CAIRN_SECRET");
    KeyCipher other = new KeyCipher("another-secret-another-secret-another".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> other.open(sealed, "kid-1")).isInstanceOf(IllegalStateException.class);
    sealed[20] ^= 1;
    assertThatThrownBy(() -> cipher.open(sealed, "kid-1")).isInstanceOf(IllegalStateException.class);
  }
}
