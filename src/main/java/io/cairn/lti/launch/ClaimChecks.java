package io.cairn.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import io.cairn.lti.registration.Registration;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The id_token's claims against LTI 1.3 Core §5 and Security Framework §5.1.3, given claims whose
 * signature is already verified. Plain Java: one method per rule, each throwing a
 * {@link LaunchRejected} that names the claim, what was expected and what came.
 */
public final class ClaimChecks {
  public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  private ClaimChecks() {}

  /** Runs every rule in order and returns the typed claims. */
  public static LaunchClaims check(JWTClaimsSet claims, Registration registration, Instant now, NonceStatus nonce) {
    Map<String, Object> c = claims.toJSONObject();
    issuer(claims, registration);
    audience(claims, registration);
    authorizedParty(claims, registration);
    expiry(claims, now);
    issuedAt(claims, now);
    nonce(nonce, c);
    deployment(c, registration);
    String type = messageType(c);
    version(c);
    requiredClaims(c, type);
    return LaunchClaims.from(c);
  }

  static void issuer(JWTClaimsSet claims, Registration registration) {
    if (!registration.issuer().equals(claims.getIssuer())) {
      throw new LaunchRejected(LaunchRule.ISSUER, "the registered issuer " + registration.issuer(), claims.getIssuer());
    }
  }

  /** aud may be one string (Moodle) or an array (OIDC); either way it must contain the client id. */
  static void audience(JWTClaimsSet claims, Registration registration) {
    List<String> aud = claims.getAudience();
    if (aud == null || !aud.contains(registration.clientId())) {
      throw new LaunchRejected(LaunchRule.AUDIENCE, "an aud that contains Cairn's client id " + registration.clientId(),
          aud == null || aud.isEmpty() ? null : String.join(", ", aud));
    }
  }

  /** With several audiences azp is required; whenever azp is present it must be the client id. */
  static void authorizedParty(JWTClaimsSet claims, Registration registration) {
    Object azp = claims.getClaim("azp");
    boolean several = claims.getAudience().size() > 1;
    if (azp == null && several) {
      throw new LaunchRejected(LaunchRule.AUTHORIZED_PARTY, "azp = " + registration.clientId()
          + " (required because aud has " + claims.getAudience().size() + " values)", null);
    }
    if (azp != null && !registration.clientId().equals(azp)) {
      throw new LaunchRejected(LaunchRule.AUTHORIZED_PARTY, "azp = " + registration.clientId(), azp);
    }
  }

  static void expiry(JWTClaimsSet claims, Instant now) {
    Date exp = claims.getExpirationTime();
    if (exp == null) {
      throw new LaunchRejected(LaunchRule.EXPIRY, "an exp claim (expiry time)", null);
    }
    if (!now.isBefore(exp.toInstant().plus(CLOCK_SKEW))) {
      throw new LaunchRejected(LaunchRule.EXPIRY, "an expiry after " + now.minus(CLOCK_SKEW)
          + " (now, less " + CLOCK_SKEW.toSeconds() + " s of clock skew)", exp.toInstant());
    }
  }

  static void issuedAt(JWTClaimsSet claims, Instant now) {
    Date iat = claims.getIssueTime();
    if (iat == null) {
      throw new LaunchRejected(LaunchRule.ISSUED_AT, "an iat claim (issue time)", null);
    }
    if (iat.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
      throw new LaunchRejected(LaunchRule.ISSUED_AT, "an issue time no later than " + now.plus(CLOCK_SKEW)
          + " (now, plus " + CLOCK_SKEW.toSeconds() + " s of clock skew)", iat.toInstant());
    }
  }

  static void nonce(NonceStatus status, Map<String, Object> c) {
    String expected = "the nonce Cairn issued for this login, used once";
    switch (status) {
      case FRESH -> { }
      case MISSING -> throw new LaunchRejected(LaunchRule.NONCE, expected, null);
      case USED -> throw new LaunchRejected(LaunchRule.NONCE, expected, "a nonce that was already used (a replayed id_token)");
      case EXPIRED -> throw new LaunchRejected(LaunchRule.NONCE, expected, "a nonce whose login expired");
      case OTHER_LOGIN -> throw new LaunchRejected(LaunchRule.NONCE, expected, "a nonce issued for another login than this state");
      default -> throw new LaunchRejected(LaunchRule.NONCE, expected, "a nonce Cairn never issued: " + c.get("nonce"));
    }
  }

  static void deployment(Map<String, Object> c, Registration registration) {
    String id = ClaimValues.string(c, LtiClaims.DEPLOYMENT_ID);
    if (id == null || !registration.knowsDeployment(id)) {
      throw new LaunchRejected(LaunchRule.DEPLOYMENT, "one of the deployment ids registered for this platform: "
          + String.join(", ", registration.deploymentIds()), id);
    }
  }

  static String messageType(Map<String, Object> c) {
    String type = ClaimValues.string(c, LtiClaims.MESSAGE_TYPE);
    if (!LtiClaims.RESOURCE_LINK_REQUEST.equals(type) && !LtiClaims.DEEP_LINKING_REQUEST.equals(type)) {
      throw new LaunchRejected(LaunchRule.MESSAGE_TYPE, LtiClaims.RESOURCE_LINK_REQUEST + " or "
          + LtiClaims.DEEP_LINKING_REQUEST, type);
    }
    return type;
  }

  static void version(Map<String, Object> c) {
    String v = ClaimValues.string(c, LtiClaims.VERSION);
    if (!LtiClaims.LTI_VERSION.equals(v)) {
      throw new LaunchRejected(LaunchRule.VERSION, LtiClaims.LTI_VERSION, v);
    }
  }

  /** sub (Cairn needs to know who launches), roles and target_link_uri always; then per message type. */
  static void requiredClaims(Map<String, Object> c, String type) {
    String sub = ClaimValues.string(c, "sub");
    if (sub == null || sub.isEmpty() || sub.length() > 255) {
      throw missing("sub", "a sub of 1 to 255 characters (anonymous launches are not supported)", c.get("sub"));
    }
    if (!(c.get(LtiClaims.ROLES) instanceof List<?>)) {
      throw missing(LtiClaims.ROLES, "an array of role URIs (it may be empty)", c.get(LtiClaims.ROLES));
    }
    if (ClaimValues.string(c, LtiClaims.TARGET_LINK_URI) == null) {
      throw missing(LtiClaims.TARGET_LINK_URI, "the URL the launch is for", null);
    }
    if (LtiClaims.RESOURCE_LINK_REQUEST.equals(type)) {
      String id = ClaimValues.string(ClaimValues.object(c, LtiClaims.RESOURCE_LINK), "id");
      if (id == null || id.isEmpty() || id.length() > 255) {
        throw missing(LtiClaims.RESOURCE_LINK + " → id", "a resource link id of 1 to 255 characters", id);
      }
    } else {
      Map<String, Object> settings = ClaimValues.object(c, LtiClaims.DEEP_LINKING_SETTINGS);
      if (ClaimValues.string(settings, "deep_link_return_url") == null) {
        throw missing(LtiClaims.DEEP_LINKING_SETTINGS + " → deep_link_return_url", "the URL to return deep links to", null);
      }
      if (ClaimValues.strings(settings, "accept_types").isEmpty()) {
        throw missing(LtiClaims.DEEP_LINKING_SETTINGS + " → accept_types", "the content types the platform accepts", null);
      }
    }
    Object context = c.get(LtiClaims.CONTEXT);
    if (context != null && ClaimValues.string(ClaimValues.object(c, LtiClaims.CONTEXT), "id") == null) {
      throw missing(LtiClaims.CONTEXT + " → id", "a context id whenever the context claim is present", null);
    }
  }

  private static LaunchRejected missing(String claim, String expected, Object received) {
    return new LaunchRejected(LaunchRule.REQUIRED_CLAIM, claim, expected, received);
  }
}
