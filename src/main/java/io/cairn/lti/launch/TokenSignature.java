package io.cairn.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Set;

/**
 * The id_token as a JWS: parsed, its algorithm on the allow-list (RSASSA-PKCS1-v1_5 with SHA-256,
 * -384 or -512; never "none" or an HMAC, whose "key" would be public), its key id named, and its
 * signature verified against the platform's key. Plain Java over Nimbus JOSE+JWT.
 */
public final class TokenSignature {
  public static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512);
  static final int MAX_TOKEN_CHARS = 64 * 1024;

  private TokenSignature() {}

  /** Parses the token; rejects anything that is not a JWS with an allowed algorithm. */
  public static SignedJWT parse(String token) {
    if (token == null || token.isBlank()) {
      throw new LaunchRejected(LaunchRule.ID_TOKEN, "a signed JWT in the form field id_token", null);
    }
    if (token.length() > MAX_TOKEN_CHARS) {
      throw new LaunchRejected(LaunchRule.ID_TOKEN, "at most " + MAX_TOKEN_CHARS + " characters", token.length() + " characters");
    }
    JWT jwt;
    try {
      jwt = JWTParser.parse(token.strip());
    } catch (ParseException e) {
      throw new LaunchRejected(LaunchRule.ID_TOKEN, "a JWT of three base64url parts", "text that does not parse as a JWT");
    }
    if (jwt instanceof PlainJWT) {
      throw new LaunchRejected(LaunchRule.ALGORITHM, "one of " + allowedNames(), "none (an unsigned token)");
    }
    if (jwt instanceof EncryptedJWT) {
      throw new LaunchRejected(LaunchRule.ID_TOKEN, "a signed JWT (JWS)", "an encrypted JWT (JWE)");
    }
    SignedJWT signed = (SignedJWT) jwt;
    checkAlgorithm(signed.getHeader());
    return signed;
  }

  static void checkAlgorithm(JWSHeader header) {
    if (!ALLOWED.contains(header.getAlgorithm())) {
      throw new LaunchRejected(LaunchRule.ALGORITHM, "one of " + allowedNames(), header.getAlgorithm().getName());
    }
  }

  /** The key id from the header: LTI platforms publish several keys, so it is required. */
  public static String keyId(SignedJWT jwt) {
    String kid = jwt.getHeader().getKeyID();
    if (kid == null || kid.isBlank()) {
      throw new LaunchRejected(LaunchRule.KEY_ID, "a kid in the id_token header naming a key of the platform's JWKS", null);
    }
    return kid;
  }

  /** Verifies the signature with the platform's key and returns the (now trusted) claims. */
  public static JWTClaimsSet verify(SignedJWT jwt, JWK key) {
    if (!(key instanceof RSAKey rsa)) {
      throw new LaunchRejected(LaunchRule.KEY_ID, "an RSA key for kid " + jwt.getHeader().getKeyID(),
          "a key of type " + key.getKeyType());
    }
    if (key.getAlgorithm() != null && !key.getAlgorithm().equals(jwt.getHeader().getAlgorithm())) {
      throw new LaunchRejected(LaunchRule.ALGORITHM, "the algorithm the platform's key declares, " + key.getAlgorithm(),
          jwt.getHeader().getAlgorithm().getName());
    }
    boolean valid;
    try {
      valid = jwt.verify(new RSASSAVerifier(rsa));
    } catch (JOSEException e) {
      valid = false;
    }
    if (!valid) {
      throw new LaunchRejected(LaunchRule.SIGNATURE, "a signature made with the platform's key " + key.getKeyID(),
          "a signature that does not verify");
    }
    try {
      return jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new LaunchRejected(LaunchRule.ID_TOKEN, "a JSON object of claims", "a payload that is not a claims object");
    }
  }

  private static String allowedNames() {
    return "RS256, RS384, RS512";
  }
}
