package io.cairn.lti.launch;

/** The checks a launch must pass, each named, with the claim or parameter it is about. */
public enum LaunchRule {
  STATE("state", "The launch's state does not belong to this browser's login"),
  ID_TOKEN("id_token", "The id_token is missing or is not a signed JWT"),
  REGISTRATION("registration", "The platform's registration is not enabled in Cairn"),
  ALGORITHM("alg", "The id_token's signing algorithm is not allowed"),
  KEY_ID("kid", "The id_token's key id is not in the platform's key set"),
  SIGNATURE("signature", "The id_token's signature does not verify against the platform's keys"),
  ISSUER("iss", "The issuer is not the registered platform"),
  AUDIENCE("aud", "The audience does not contain Cairn's client id"),
  AUTHORIZED_PARTY("azp", "The authorized party is missing or is not Cairn's client id"),
  EXPIRY("exp", "The id_token has expired"),
  ISSUED_AT("iat", "The id_token's issue time is missing or in the future"),
  NONCE("nonce", "The nonce is missing, unknown or already used"),
  DEPLOYMENT("https://purl.imsglobal.org/spec/lti/claim/deployment_id", "The deployment id is not registered for this platform"),
  MESSAGE_TYPE("https://purl.imsglobal.org/spec/lti/claim/message_type", "The message type is not one Cairn accepts"),
  VERSION("https://purl.imsglobal.org/spec/lti/claim/version", "The LTI version is not 1.3.0"),
  REQUIRED_CLAIM("claim", "A claim this message type requires is missing");

  private final String claim;
  private final String title;

  LaunchRule(String claim, String title) {
    this.claim = claim;
    this.title = title;
  }

  public String claim() {
    return claim;
  }

  public String title() {
    return title;
  }
}
