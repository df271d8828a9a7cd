package io.cairn.evidence.certificate;

import java.time.Instant;
import java.util.List;

/**
 * A certificate of participation as issued. Its details never change; it can be revoked, and its
 * holder's name goes when the holder erases their account.
 *
 * @param code the stored (canonical) verification code
 * @param accountId null once the holder's account is erased
 * @param holderName null once the holder's account is erased
 */
public record Certificate(
    String code,
    Long accountId,
    String holderName,
    Instant holderErasedAt,
    String moduleId,
    int moduleVersion,
    String moduleTitle,
    int cpdMinutes,
    Instant completedAt,
    List<Competence> competences,
    String statement,
    Instant issuedAt,
    Instant revokedAt,
    String revokeReason) {

  public record Competence(String id, String title) {}

  public String groupedCode() {
    return VerificationCode.grouped(code);
  }

  public boolean revoked() {
    return revokedAt != null;
  }

  public boolean holderErased() {
    return holderErasedAt != null;
  }

  /** Genuine, live and still tied to its holder. */
  public boolean valid() {
    return !revoked() && !holderErased();
  }

  public boolean heldBy(long account) {
    return accountId != null && accountId == account;
  }
}
