package io.cairn.lti.registration;

import java.time.OffsetDateTime;
import java.util.List;

/** A platform (issuer + client id) that may launch Cairn, with its endpoints and deployments. */
public record Registration(
    long id,
    String name,
    String issuer,
    String clientId,
    String authLoginUrl,
    String tokenUrl,
    String keysetUrl,
    List<String> frameOrigins,
    Status status,
    String source,
    List<String> deploymentIds,
    OffsetDateTime createdAt) {

  public enum Status {
    PENDING, ENABLED, DISABLED;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Status fromCode(String code) {
      return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
  }

  public boolean enabled() {
    return status == Status.ENABLED;
  }

  public boolean pending() {
    return status == Status.PENDING;
  }

  public String statusCode() {
    return status.code();
  }

  public boolean knowsDeployment(String deploymentId) {
    return deploymentIds.contains(deploymentId);
  }

  /** The CSP frame-ancestors source list for pages shown in this platform's launches. */
  public String frameAncestors() {
    return frameOrigins.isEmpty() ? "'self'" : String.join(" ", frameOrigins);
  }
}
