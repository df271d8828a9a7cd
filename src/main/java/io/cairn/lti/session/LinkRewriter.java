package io.cairn.lti.session;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Carries the launch-session token through a page: every same-site link, form action and
 * data-*-url attribute that starts with "/" gets {@code lt=<token>} (static assets under /css,
 * /js and /media do not need it), GET forms get a hidden field (a browser drops the query of a
 * GET form's action), and redirects keep it in their Location. Plain text rewriting of the HTML
 * Cairn itself rendered: attribute values are always double-quoted by its templates.
 */
public final class LinkRewriter {
  static final String PARAM = "lt";
  private static final Pattern ATTRIBUTE =
      Pattern.compile("(\\s(?:href|action|formaction|data-[a-z0-9-]*url)=\")(/[^\"]*)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern GET_FORM =
      Pattern.compile("<form\\b[^>]*\\bmethod=\"get\"[^>]*>", Pattern.CASE_INSENSITIVE);

  private LinkRewriter() {}

  public static String rewriteHtml(String html, String token) {
    Matcher m = ATTRIBUTE.matcher(html);
    StringBuilder out = new StringBuilder(html.length() + 256);
    while (m.find()) {
      String url = m.group(2);
      String replaced = needsToken(url) ? withToken(url, token, "&amp;") : url;
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + replaced + "\""));
    }
    m.appendTail(out);
    Matcher f = GET_FORM.matcher(out.toString());
    StringBuilder forms = new StringBuilder(out.length() + 128);
    while (f.find()) {
      f.appendReplacement(forms, Matcher.quoteReplacement(f.group()
          + "<input type=\"hidden\" name=\"" + PARAM + "\" value=\"" + token + "\">"));
    }
    f.appendTail(forms);
    return forms.toString();
  }

  /** A redirect's Location: same-site paths keep the token. */
  public static String rewriteLocation(String location, String token) {
    return location != null && needsToken(location) ? withToken(location, token, "&") : location;
  }

  static boolean needsToken(String url) {
    if (!url.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) {
      return false;
    }
    if (url.startsWith("/css/") || url.startsWith("/js/") || url.startsWith("/media/")) {
      return false;
    }
    return !url.matches(".*[?&](amp;)?" + PARAM + "=.*");
  }

  static String withToken(String url, String token, String ampersand) {
    int hash = url.indexOf('#');
    String path = hash >= 0 ? url.substring(0, hash) : url;
    String fragment = hash >= 0 ? url.substring(hash) : "";
    String sep = path.contains("?") ? (path.endsWith("?") ? "" : ampersand) : "?";
    return path + sep + PARAM + "=" + token + fragment;
  }
}
