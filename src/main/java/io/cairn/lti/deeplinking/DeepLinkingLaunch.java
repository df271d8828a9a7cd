package io.cairn.lti.deeplinking;

import io.cairn.auth.Role;
import io.cairn.lti.launch.LaunchClaims;
import io.cairn.lti.launch.LtiClaims;
import io.cairn.lti.provisioning.RoleMapping;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A deep-linking launch as stored in lti_launch, with the registration it came through and whether
 * its response was already sent. Its picker may be used by the person who launched, as an
 * instructor (Instructor, ContentDeveloper or Administrator), once, within {@link #USABLE_FOR}.
 */
public record DeepLinkingLaunch(long id, long accountId, String deploymentId, String messageType, LaunchClaims claims,
    Instant launchedAt, String clientId, String issuer, boolean used) {
  public static final Duration USABLE_FOR = Duration.ofHours(1);

  public boolean deepLinking() {
    return LtiClaims.DEEP_LINKING_REQUEST.equals(messageType);
  }

  public boolean instructor() {
    Set<Role> roles = RoleMapping.map(claims.roles());
    return roles.contains(Role.TUTOR) || roles.contains(Role.ADMIN);
  }

  public boolean expired(Instant now) {
    return launchedAt.plus(USABLE_FOR).isBefore(now);
  }

  public DeepLinkingSettings settings() {
    return DeepLinkingSettings.from(claims.deepLinkingSettings());
  }
}
