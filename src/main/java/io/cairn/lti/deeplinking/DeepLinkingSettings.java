package io.cairn.lti.deeplinking;

import java.util.List;
import java.util.Map;

/**
 * The deep_linking_settings claim of an LtiDeepLinkingRequest: where to send the response, what
 * the platform accepts, and the opaque {@code data} to echo back unchanged.
 */
public record DeepLinkingSettings(String returnUrl, List<String> acceptTypes, boolean acceptMultiple,
    boolean acceptLineItem, Object data) {
  public static final String RESOURCE_LINK = "ltiResourceLink";

  @SuppressWarnings("unchecked")
  public static DeepLinkingSettings from(Map<String, Object> settings) {
    Object types = settings.get("accept_types");
    List<String> accept = types instanceof List<?> l ? l.stream().filter(String.class::isInstance)
        .map(String.class::cast).toList() : types instanceof String s ? List.of(s) : List.of();
    return new DeepLinkingSettings(
        settings.get("deep_link_return_url") instanceof String s ? s : null,
        accept,
        flag(settings.get("accept_multiple"), false),
        flag(settings.get("accept_lineitem"), true),
        settings.get("data"));
  }

  public boolean acceptsResourceLinks() {
    return acceptTypes.contains(RESOURCE_LINK);
  }

  /** A boolean claim; platforms sometimes send "true"/"false" as text. Absent: the default. */
  static boolean flag(Object v, boolean absent) {
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s) {
      return s.equalsIgnoreCase("true");
    }
    return absent;
  }
}
