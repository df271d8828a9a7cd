package io.cairn.lti.launch;

import io.cairn.errors.InvalidInput;
import io.cairn.lti.ToolEndpoints;
import io.cairn.lti.registration.Registration;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An OIDC third-party-initiated login (LTI 1.3 Core §4.1 / Security Framework §5.1.1): the
 * parameters a platform sends, checked, and the authentication request Cairn answers with.
 */
public record LoginRequest(String issuer, String loginHint, String targetLinkUri, String clientId,
    String messageHint, String deploymentId, String storageTarget) {

  static final int MAX_PARAM = 4096;

  public static LoginRequest parse(Function<String, String> params, ToolEndpoints tool) {
    String iss = required(params, "iss");
    String hint = required(params, "login_hint");
    String target = required(params, "target_link_uri");
    if (!tool.isOwn(target)) {
      throw new InvalidInput("target_link_uri", "The target_link_uri " + LaunchRejected.shown(target)
          + " is not on this tool: it must start with " + tool.base() + "/.");
    }
    return new LoginRequest(iss, hint, target, optional(params, "client_id"), optional(params, "lti_message_hint"),
        optional(params, "lti_deployment_id"), optional(params, "lti_storage_target"));
  }

  /** The one registration this login is for: by issuer, and by client id when the platform sent one. */
  public Registration registration(List<Registration> byIssuer) {
    List<Registration> matching = byIssuer.stream()
        .filter(r -> clientId == null || r.clientId().equals(clientId)).toList();
    if (matching.isEmpty()) {
      throw new InvalidInput(clientId == null ? "iss" : "client_id", "Cairn has no registration for issuer "
          + LaunchRejected.shown(issuer) + (clientId == null ? "" : " with client id " + LaunchRejected.shown(clientId))
          + ". An admin registers platforms at /admin/lti.");
    }
    List<Registration> enabled = matching.stream().filter(Registration::enabled).toList();
    if (enabled.isEmpty()) {
      throw new InvalidInput("iss", "The registration for " + LaunchRejected.shown(issuer)
          + " is " + matching.get(0).statusCode() + ": a Cairn admin must enable it at /admin/lti.");
    }
    if (enabled.size() > 1) {
      throw new InvalidInput("client_id", "Several registrations share the issuer " + LaunchRejected.shown(issuer)
          + ": the platform must send client_id with the login.");
    }
    return enabled.get(0);
  }

  /** The authentication request URL at the platform, with every parameter the spec requires. */
  public String authenticationUrl(Registration r, ToolEndpoints tool, String state, String nonce) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("scope", "openid");
    q.put("response_type", "id_token");
    q.put("response_mode", "form_post");
    q.put("prompt", "none");
    q.put("client_id", r.clientId());
    q.put("redirect_uri", tool.launch());
    q.put("login_hint", loginHint);
    if (messageHint != null) {
      q.put("lti_message_hint", messageHint);
    }
    q.put("state", state);
    q.put("nonce", nonce);
    StringBuilder url = new StringBuilder(r.authLoginUrl());
    char sep = r.authLoginUrl().contains("?") ? '&' : '?';
    for (Map.Entry<String, String> e : q.entrySet()) {
      url.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      sep = '&';
    }
    return url.toString();
  }

  /** The parameters again, to start the same login in a new window. */
  public Map<String, String> asParams() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("iss", issuer);
    p.put("login_hint", loginHint);
    p.put("target_link_uri", targetLinkUri);
    if (clientId != null) {
      p.put("client_id", clientId);
    }
    if (messageHint != null) {
      p.put("lti_message_hint", messageHint);
    }
    if (deploymentId != null) {
      p.put("lti_deployment_id", deploymentId);
    }
    return p;
  }

  private static String required(Function<String, String> params, String name) {
    String v = params.apply(name);
    if (v == null || v.isEmpty()) {
      throw new InvalidInput(name, "The login initiation has no " + name + ": the platform must send it.");
    }
    if (v.length() > MAX_PARAM) {
      throw new InvalidInput(name, "The login initiation's " + name + " is longer than " + MAX_PARAM + " characters.");
    }
    return v;
  }

  private static String optional(Function<String, String> params, String name) {
    String v = params.apply(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (v.length() > MAX_PARAM) {
      throw new InvalidInput(name, "The login initiation's " + name + " is longer than " + MAX_PARAM + " characters.");
    }
    return v;
  }
}
