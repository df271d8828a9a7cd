package io.cairn.lti.ags;

/**
 * What Cairn needs to call a platform's services as a client: the registration's client id, its
 * token URL, and the audience of client assertions (the platform's authorization server when its
 * openid configuration (Dynamic Registration) names one, else the token URL, per the 1EdTech
 * Security Framework). A registration made by hand has no configuration: the token URL.
 */
public record PlatformClient(long registrationId, String clientId, String tokenUrl, String authorizationServer) {

  /** SQL columns that fill one, from lti_registration r (used by the outbox and roster queries). */
  public static final String COLUMNS = "r.id, r.client_id, r.token_url, coalesce(r.platform_config ->> 'authorization_server',"
      + " r.platform_config -> 'https://purl.imsglobal.org/spec/lti-platform-configuration' ->> 'authorization_server')";

  public String audience() {
    return authorizationServer == null || authorizationServer.isBlank() ? tokenUrl : authorizationServer;
  }
}
