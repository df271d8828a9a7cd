package io.cairn.lti.registration;

import io.cairn.errors.InvalidInput;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * A platform's OpenID configuration as Dynamic Registration receives it, checked: the endpoints
 * Cairn needs are there, and the issuer has the same origin as the configuration URL (so a
 * configuration cannot claim another platform's issuer).
 */
public record PlatformConfiguration(String issuer, String authorizationEndpoint, String tokenEndpoint,
    String jwksUri, String registrationEndpoint, String productFamily, JsonObject raw) {

  public static final String PLATFORM_CLAIM = "https://purl.imsglobal.org/spec/lti-platform-configuration";

  public static PlatformConfiguration check(String configurationUrl, JsonObject json, boolean allowHttp) {
    String issuer = required(json, "issuer", allowHttp);
    String configOrigin = Origins.of(configurationUrl).orElse("");
    String issuerOrigin = Origins.of(issuer).orElse("");
    if (!configOrigin.equals(issuerOrigin)) {
      throw new InvalidInput("issuer", "The platform's issuer " + issuer + " does not have the same origin as its "
          + "openid configuration URL (" + configOrigin + "); Dynamic Registration requires them to match.");
    }
    String auth = required(json, "authorization_endpoint", allowHttp);
    String token = required(json, "token_endpoint", allowHttp);
    String jwks = required(json, "jwks_uri", allowHttp);
    String registration = required(json, "registration_endpoint", allowHttp);
    JsonArray algs = json.getValue("id_token_signing_alg_values_supported") instanceof JsonArray a ? a : null;
    if (algs != null && !algs.contains("RS256")) {
      throw new InvalidInput("id_token_signing_alg_values_supported",
          "The platform does not sign id_tokens with RS256, which LTI 1.3 requires: it offers " + algs.encode() + ".");
    }
    JsonObject platform = json.getValue(PLATFORM_CLAIM) instanceof JsonObject p ? p : new JsonObject();
    String family = platform.getValue("product_family_code") instanceof String s ? s : "LTI platform";
    return new PlatformConfiguration(issuer, auth, token, jwks, registration, family, json);
  }

  private static String required(JsonObject json, String field, boolean allowHttp) {
    Object v = json.getValue(field);
    if (!(v instanceof String s) || s.isBlank()) {
      throw new InvalidInput(field, "The platform's openid configuration has no " + field + ".");
    }
    String problem = RegistrationInput.urlProblem(s, allowHttp);
    if (problem != null) {
      throw new InvalidInput(field, "The platform's " + field + " is unusable: " + problem);
    }
    return s;
  }

  /** The registration to store, pending an admin's review. */
  public RegistrationInput registration(String clientId, List<String> deploymentIds) {
    List<String> origins = new java.util.ArrayList<>();
    Origins.of(issuer).ifPresent(origins::add);
    Origins.of(authorizationEndpoint).filter(o -> !origins.contains(o)).ifPresent(origins::add);
    String host = Origins.of(issuer).orElse(issuer).replaceFirst("^https?://", "");
    String name = (productFamily + " at " + host);
    return new RegistrationInput(name.length() > 200 ? name.substring(0, 200) : name, issuer, clientId,
        authorizationEndpoint, tokenEndpoint, jwksUri, deploymentIds, List.copyOf(origins));
  }
}
