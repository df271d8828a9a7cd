package io.cairn.lti.keys;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.time.OffsetDateTime;

/** One of the tool's key pairs as stored: the public JWK and the sealed private key. */
public record ToolKey(String kid, RSAKey publicJwk, byte[] sealedPrivateKey, OffsetDateTime createdAt,
    OffsetDateTime retiredAt) {

  public boolean active() {
    return retiredAt == null;
  }

  /** Published while active, and for the retention period after it was retired. */
  public boolean published(OffsetDateTime now, Duration retention) {
    return retiredAt == null || retiredAt.plus(retention).isAfter(now);
  }
}
