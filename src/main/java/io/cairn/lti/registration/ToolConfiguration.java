package io.cairn.lti.registration;

import io.cairn.lti.ToolEndpoints;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Cairn's client registration request for LTI Dynamic Registration 1.0: an OpenID Connect client
 * with the LTI tool configuration extension (messages, claims, target link, domain).
 */
public final class ToolConfiguration {
  public static final String TOOL_CONFIG_CLAIM = "https://purl.imsglobal.org/spec/lti-tool-configuration";
  public static final String SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
  public static final String SCOPE_RESULT = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
  public static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
  public static final String SCOPE_NRPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
  public static final String CLIENT_NAME = "Cairn";

  private ToolConfiguration() {}

  public static JsonObject request(ToolEndpoints tool) {
    JsonArray messages = new JsonArray()
        .add(new JsonObject().put("type", "LtiResourceLinkRequest").put("target_link_uri", tool.base() + "/")
            .put("label", "Cairn CPD module"))
        .add(new JsonObject().put("type", "LtiDeepLinkingRequest").put("target_link_uri", tool.deepLinking())
            .put("label", "Add a Cairn module or quiz")
            .put("supported_types", new JsonArray().add("ltiResourceLink")));
    JsonObject lti = new JsonObject()
        .put("domain", tool.domain())
        .put("description", "CPD modules for online and phone therapy, with quizzes whose results count as "
            + "evidence of knowledge toward a competence framework.")
        .put("target_link_uri", tool.base() + "/")
        .put("claims", new JsonArray().add("iss").add("sub").add("name").add("given_name").add("family_name").add("email"))
        .put("messages", messages);
    return new JsonObject()
        .put("application_type", "web")
        .put("response_types", new JsonArray().add("id_token"))
        .put("grant_types", new JsonArray().add("implicit").add("client_credentials"))
        .put("initiate_login_uri", tool.login())
        .put("redirect_uris", new JsonArray().add(tool.launch()))
        .put("client_name", CLIENT_NAME)
        .put("jwks_uri", tool.jwks())
        .put("token_endpoint_auth_method", "private_key_jwt")
        .put("scope", String.join(" ", SCOPE_LINEITEM, SCOPE_RESULT, SCOPE_SCORE, SCOPE_NRPS))
        .put(TOOL_CONFIG_CLAIM, lti);
  }
}
