package io.cairn.lti;

import java.net.URI;

/**
 * Cairn's LTI addresses, all under the public URL. The redirect URI is registered with platforms
 * exactly as {@link #launch()} and must be sent back byte for byte.
 */
public record ToolEndpoints(String base) {
  public static final String LOGIN_PATH = "/lti/login";
  public static final String LAUNCH_PATH = "/lti/launch";
  public static final String CONFIRM_PATH = "/lti/launch/confirm";
  public static final String JWKS_PATH = "/lti/jwks";
  public static final String REGISTER_PATH = "/lti/register";
  public static final String DEEP_LINKING_PATH = "/lti/deep-linking";

  public static ToolEndpoints of(URI publicUrl) {
    return new ToolEndpoints(publicUrl.toString().replaceAll("/+$", ""));
  }

  public String login() {
    return base + LOGIN_PATH;
  }

  public String launch() {
    return base + LAUNCH_PATH;
  }

  public String jwks() {
    return base + JWKS_PATH;
  }

  public String register() {
    return base + REGISTER_PATH;
  }

  public String deepLinking() {
    return base + DEEP_LINKING_PATH;
  }

  /** The tool's domain as Dynamic Registration wants it: host, and port when not the default. */
  public String domain() {
    URI u = URI.create(base);
    return u.getPort() == -1 ? u.getHost() : u.getHost() + ":" + u.getPort();
  }

  public boolean secure() {
    return base.startsWith("https://");
  }

  /** True when the URL is on this tool (same origin as the public URL). */
  public boolean isOwn(String url) {
    if (url == null) {
      return false;
    }
    return url.equals(base) || url.startsWith(base + "/") || url.startsWith(base + "?") || url.startsWith(base + "#");
  }
}
