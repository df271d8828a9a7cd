package io.cairn.evidence.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {
  @Test
  void encodesEightyRandomBitsAsSixteenBase32Characters() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String code = VerificationCode.generate();
      assertThat(code).matches("[A-Z2-7]{16}");
      seen.add(code);
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void base32FollowsRfc4648() {
    // RFC 4648 test vector: BASE32("fooba") = "MZXW6YTB"
    assertThat(VerificationCode.base32("fooba".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTB");
  }

  @Test
  void readsGroupedLowerCaseAndSpacedInputAndRefusesEverythingElse() {
    assertThat(VerificationCode.grouped("ABCDEFGHJKLMNPQR")).isEqualTo("ABCD-EFGH-JKLM-NPQR");
    assertThat(VerificationCode.parse("abcd-efgh-jklm-npqr")).contains("ABCDEFGHJKLMNPQR");
    assertThat(VerificationCode.parse(" ABCD EFGH JKLM NPQR ")).contains("ABCDEFGHJKLMNPQR");
    assertThat(VerificationCode.parse("ABCD-EFGH-JKLM-NPQ1")).isEmpty(); // 1 is not in the alphabet
    assertThat(VerificationCode.parse("ABCD-EFGH-JKLM")).isEmpty();
    assertThat(VerificationCode.parse("<script>")).isEmpty();
    assertThat(VerificationCode.parse(null)).isEmpty();
    assertThat(VerificationCode.parse("A".repeat(1000))).isEmpty();
  }
}
