package io.cairn.lti.registration;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** Web origins (scheme://host[:port]) of URLs, as CSP and postMessage compare them. */
public final class Origins {
  private Origins() {}

  /** The origin of an absolute http(s) URL, lower-cased, default port left out. */
  public static Optional<String> of(String url) {
    if (url == null) {
      return Optional.empty();
    }
    try {
      URI u = new URI(url.trim());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("https") || scheme.equals("http")) || u.getHost() == null) {
        return Optional.empty();
      }
      int port = u.getPort();
      boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
      return Optional.of(scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** True when the text is exactly an origin: no path (other than "/"), query, fragment or user. */
  public static boolean isOrigin(String text) {
    try {
      URI u = new URI(text.trim());
      String path = u.getRawPath();
      return of(text).isPresent() && u.getRawUserInfo() == null && u.getRawQuery() == null
          && u.getRawFragment() == null && (path == null || path.isEmpty() || path.equals("/"));
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
