package io.cairn.lti.ags;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * The signed JWT with which Cairn authenticates to a platform's token endpoint (client-credentials
 * grant, 1EdTech Security Framework 1.1 §4.1): iss = sub = client id, aud = the token URL or the
 * platform's authorization server, a fresh jti, and a lifetime of {@link #LIFETIME}.
 */
public final class ClientAssertion {
  public static final String TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  public static final Duration LIFETIME = Duration.ofMinutes(5);

  private ClientAssertion() {}

  public static JWTClaimsSet claims(PlatformClient platform, Instant now) {
    return new JWTClaimsSet.Builder()
        .issuer(platform.clientId())
        .subject(platform.clientId())
        .audience(platform.audience())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(LIFETIME)))
        .jwtID(UUID.randomUUID().toString())
        .build();
  }

  public static String sign(PlatformClient platform, RSAKey key, Instant now) {
    return sign(claims(platform, now), key);
  }

  /** RS256 with the key's kid in the header. */
  public static String sign(JWTClaimsSet claims, RSAKey key) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
          .type(JOSEObjectType.JWT).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign with the tool key " + key.getKeyID(), e);
    }
  }
}
