package io.cairn.lti.ags;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * AGS service URLs. A line item URL may carry a query string (Moodle: {@code …/lineitem?type_id=1}):
 * its scores endpoint inserts {@code /scores} into the path, before the query, so
 * {@code …/lineitem/scores?type_id=1}, never {@code …?type_id=1/scores}.
 */
public final class LineItemUrls {
  private LineItemUrls() {}

  public static String scores(String lineItem) {
    return withPathSuffix(lineItem, "/scores");
  }

  /** Appends a path segment to the URL's path, keeping its query and fragment. */
  static String withPathSuffix(String url, String suffix) {
    int cut = firstOf(url, '?', '#');
    String path = cut < 0 ? url : url.substring(0, cut);
    String rest = cut < 0 ? "" : url.substring(cut);
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path + suffix + rest;
  }

  /** Adds query parameters (encoded) to a URL that may already have a query. */
  public static String withQuery(String url, Map<String, String> params) {
    int hash = url.indexOf('#');
    String base = hash < 0 ? url : url.substring(0, hash);
    String fragment = hash < 0 ? "" : url.substring(hash);
    StringBuilder sb = new StringBuilder(base);
    char sep = base.contains("?") ? (base.endsWith("?") || base.endsWith("&") ? 0 : '&') : '?';
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      if (sep != 0) {
        sb.append(sep);
      }
      sb.append(enc(e.getKey())).append('=').append(enc(e.getValue()));
      sep = '&';
    }
    return sb + fragment;
  }

  private static int firstOf(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
