package io.cairn.lti.launch;

import java.util.List;
import java.util.Map;

/**
 * The claims of a verified launch, typed. Built from the claims map (as stored in lti_launch and
 * lti_pending_launch), so a launch confirmed later reads exactly what was verified.
 */
public record LaunchClaims(
    String issuer,
    String sub,
    String messageType,
    String deploymentId,
    String targetLinkUri,
    List<String> roles,
    Map<String, Object> context,
    Map<String, Object> resourceLink,
    Map<String, Object> custom,
    String name,
    String givenName,
    String familyName,
    String email,
    List<String> mentorScope,
    Map<String, Object> ags,
    Map<String, Object> nrps,
    Map<String, Object> deepLinkingSettings,
    Map<String, Object> all) {

  public static LaunchClaims from(Map<String, Object> c) {
    return new LaunchClaims(
        ClaimValues.string(c, "iss"), ClaimValues.string(c, "sub"),
        ClaimValues.string(c, LtiClaims.MESSAGE_TYPE), ClaimValues.string(c, LtiClaims.DEPLOYMENT_ID),
        ClaimValues.string(c, LtiClaims.TARGET_LINK_URI), ClaimValues.strings(c, LtiClaims.ROLES),
        ClaimValues.object(c, LtiClaims.CONTEXT), ClaimValues.object(c, LtiClaims.RESOURCE_LINK),
        ClaimValues.object(c, LtiClaims.CUSTOM),
        ClaimValues.string(c, "name"), ClaimValues.string(c, "given_name"), ClaimValues.string(c, "family_name"),
        ClaimValues.string(c, "email"), ClaimValues.strings(c, LtiClaims.ROLE_SCOPE_MENTOR),
        ClaimValues.object(c, LtiClaims.AGS_ENDPOINT), ClaimValues.object(c, LtiClaims.NRPS),
        ClaimValues.object(c, LtiClaims.DEEP_LINKING_SETTINGS), Map.copyOf(withoutNulls(c)));
  }

  public boolean deepLinking() {
    return LtiClaims.DEEP_LINKING_REQUEST.equals(messageType);
  }

  public String contextId() {
    return ClaimValues.string(context, "id");
  }

  public String resourceLinkId() {
    return ClaimValues.string(resourceLink, "id");
  }

  /** A custom parameter as text, or null. */
  public String customValue(String key) {
    Object v = custom.get(key);
    return v == null ? null : String.valueOf(v);
  }

  /** The name to show: name, else given and family name, else null. */
  public String displayName() {
    if (name != null && !name.isBlank()) {
      return name.strip();
    }
    String joined = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).strip();
    return joined.isEmpty() ? null : joined;
  }

  private static Map<String, Object> withoutNulls(Map<String, Object> c) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    c.forEach((k, v) -> {
      if (v != null) {
        out.put(k, v);
      }
    });
    return out;
  }
}
