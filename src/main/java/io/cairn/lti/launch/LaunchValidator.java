package io.cairn.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.cairn.lti.registration.Registration;
import io.cairn.lti.registration.RegistrationRepository;
import io.vertx.core.Future;
import java.text.ParseException;
import java.time.Clock;

/**
 * Runs a launch through every check, in order: the state names a login Cairn started, its
 * registration is enabled, the id_token is a JWS with an allowed algorithm whose kid is in the
 * platform's key set and whose signature verifies, its nonce is used now (once), and its claims
 * pass {@link ClaimChecks}. Fails with a {@link LaunchRejected}; binding the state to the browser
 * is the caller's next step.
 */
public final class LaunchValidator {
  /** A launch whose token and claims passed; its browser binding is not yet checked. */
  public record Verified(LoginRepository.Login login, Registration registration, LaunchClaims claims) {}

  private final LoginRepository logins;
  private final RegistrationRepository registrations;
  private final JwksCache jwks;
  private final Clock clock;

  public LaunchValidator(LoginRepository logins, RegistrationRepository registrations, JwksCache jwks, Clock clock) {
    this.logins = logins;
    this.registrations = registrations;
    this.jwks = jwks;
    this.clock = clock;
  }

  public Future<Verified> validate(String idToken, String state) {
    if (state == null || state.isEmpty()) {
      return Future.failedFuture(new LaunchRejected(LaunchRule.STATE,
          "the state parameter Cairn sent with the authentication request, posted back with the id_token", null));
    }
    SignedJWT jwt;
    try {
      jwt = TokenSignature.parse(idToken);
    } catch (LaunchRejected e) {
      return Future.failedFuture(e);
    }
    return logins.byState(state).compose(found -> {
      if (found.isEmpty()) {
        return Future.failedFuture(new LaunchRejected(LaunchRule.STATE,
            "the state of a login started at Cairn in the last " + LoginRepository.TTL.toMinutes() + " minutes",
            "a state Cairn does not know"));
      }
      LoginRepository.Login login = found.get();
      return registrations.byId(login.registrationId()).compose(reg -> {
        if (reg.isEmpty() || !reg.get().enabled()) {
          return Future.failedFuture(new LaunchRejected(LaunchRule.REGISTRATION, "an enabled registration",
              reg.map(Registration::statusCode).orElse("a deleted registration")));
        }
        return verify(jwt, login, reg.get());
      });
    });
  }

  private Future<Verified> verify(SignedJWT jwt, LoginRepository.Login login, Registration registration) {
    String kid;
    try {
      kid = TokenSignature.keyId(jwt);
    } catch (LaunchRejected e) {
      return Future.failedFuture(e);
    }
    return jwks.key(registration.keysetUrl(), kid).compose(key -> {
      JWTClaimsSet claims = TokenSignature.verify(jwt, key);
      return logins.useNonce(nonceOf(claims), login.state())
          .map(status -> new Verified(login, registration, ClaimChecks.check(claims, registration, clock.instant(), status)));
    });
  }

  private static String nonceOf(JWTClaimsSet claims) {
    try {
      return claims.getStringClaim("nonce");
    } catch (ParseException e) {
      return null;
    }
  }
}
