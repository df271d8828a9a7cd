package io.cairn.lti.deeplinking;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import io.cairn.lti.ags.ClientAssertion;
import io.cairn.lti.launch.LtiClaims;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The LtiDeepLinkingResponse message (Deep Linking 2.0 §4.2), signed RS256 with the tool key (kid in
 * the header): iss = the client id, aud = the platform's issuer as a plain string, a fresh nonce,
 * a short lifetime, the deployment, and {@code data} echoed unchanged when the request had it.
 */
public final class DeepLinkingResponse {
  public static final String MESSAGE_TYPE = "LtiDeepLinkingResponse";
  public static final String CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
  public static final String DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
  public static final String MSG = "https://purl.imsglobal.org/spec/lti-dl/claim/msg";
  public static final Duration LIFETIME = Duration.ofMinutes(5);
  private static final SecureRandom RANDOM = new SecureRandom();

  private DeepLinkingResponse() {}

  public static JWTClaimsSet claims(String clientId, String platformIssuer, String deploymentId,
      DeepLinkingSettings settings, List<Map<String, Object>> items, Instant now) {
    JWTClaimsSet.Builder b = new JWTClaimsSet.Builder()
        .issuer(clientId)
        .audience(platformIssuer)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(LIFETIME)))
        .claim("nonce", nonce())
        .claim(LtiClaims.DEPLOYMENT_ID, deploymentId)
        .claim(LtiClaims.MESSAGE_TYPE, MESSAGE_TYPE)
        .claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION)
        .claim(CONTENT_ITEMS, items)
        .claim(MSG, items.isEmpty() ? "Nothing was added from Cairn."
            : "Added " + items.size() + (items.size() == 1 ? " item" : " items") + " from Cairn.");
    if (settings.data() != null) {
      b.claim(DATA, settings.data());
    }
    return b.build();
  }

  public static String sign(JWTClaimsSet claims, RSAKey key) {
    return ClientAssertion.sign(claims, key);
  }

  static String nonce() {
    byte[] raw = new byte[24];
    RANDOM.nextBytes(raw);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }
}
