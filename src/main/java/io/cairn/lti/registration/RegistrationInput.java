package io.cairn.lti.registration;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What an admin types to register a platform by hand, checked field by field. Every problem is
 * reported at once, each with its field and what to do.
 */
public record RegistrationInput(
    String name,
    String issuer,
    String clientId,
    String authLoginUrl,
    String tokenUrl,
    String keysetUrl,
    List<String> deploymentIds,
    List<String> frameOrigins) {

  static final int MAX_TEXT = 255;
  static final int MAX_URL = 2000;

  /** The form's problems by field name (the names of the form's inputs). */
  public static final class Problems extends RuntimeException {
    private final Map<String, String> byField;

    Problems(Map<String, String> byField) {
      super("The registration has " + byField.size() + " problem(s): " + byField);
      this.byField = Map.copyOf(byField);
    }

    public Map<String, String> byField() {
      return byField;
    }
  }

  /**
   * @param form the posted fields: name, issuer, client_id, auth_login_url, token_url, keyset_url,
   *     deployment_ids (one per line or comma-separated), frame_origins (optional, one per line)
   * @param allowHttp accept http:// URLs (dev mode); otherwise https only
   */
  public static RegistrationInput parse(Function<String, String> form, boolean allowHttp) {
    Map<String, String> problems = new LinkedHashMap<>();
    String name = text(form, "name", "a name that tells admins which platform this is, e.g. \"Moodle of Riverside College\"", 200, problems);
    String issuer = url(form, "issuer", "the platform's issuer (Moodle: \"Platform ID\"), e.g. https://moodle.example.org", allowHttp, problems);
    String clientId = text(form, "client_id", "the client id the platform gave Cairn", MAX_TEXT, problems);
    String auth = url(form, "auth_login_url", "the platform's authentication request URL (Moodle: \".../mod/lti/auth.php\")", allowHttp, problems);
    String token = url(form, "token_url", "the platform's access token URL (Moodle: \".../mod/lti/token.php\")", allowHttp, problems);
    String keyset = url(form, "keyset_url", "the platform's public keyset URL (Moodle: \".../mod/lti/certs.php\")", allowHttp, problems);
    List<String> deployments = deployments(form.apply("deployment_ids"), problems);
    List<String> origins = origins(form.apply("frame_origins"), allowHttp, problems);
    if (issuer != null && issuer.contains("?")) {
      problems.put("issuer", "The issuer cannot have a query string (?…): enter it exactly as the platform shows it.");
    }
    if (!problems.isEmpty()) {
      throw new Problems(problems);
    }
    if (origins.isEmpty()) {
      LinkedHashSet<String> derived = new LinkedHashSet<>();
      Origins.of(issuer).ifPresent(derived::add);
      Origins.of(auth).ifPresent(derived::add);
      origins = List.copyOf(derived);
    }
    return new RegistrationInput(name, issuer, clientId, auth, token, keyset, deployments, origins);
  }

  private static String text(Function<String, String> form, String field, String what, int max, Map<String, String> problems) {
    String v = trimmed(form.apply(field));
    if (v.isEmpty()) {
      problems.put(field, "Enter " + what + ".");
      return null;
    }
    if (v.length() > max) {
      problems.put(field, "This is " + v.length() + " characters long; at most " + max + " are allowed.");
      return null;
    }
    if (v.chars().anyMatch(Character::isISOControl)) {
      problems.put(field, "This contains control characters (a tab or line break?): paste it again on one line.");
      return null;
    }
    return v;
  }

  private static String url(Function<String, String> form, String field, String what, boolean allowHttp, Map<String, String> problems) {
    String v = text(form, field, what, MAX_URL, problems);
    if (v == null) {
      return null;
    }
    String problem = urlProblem(v, allowHttp);
    if (problem != null) {
      problems.put(field, problem + " Expected " + what + ".");
      return null;
    }
    return v;
  }

  /** Null when the URL is acceptable; otherwise what is wrong with it. */
  static String urlProblem(String v, boolean allowHttp) {
    try {
      URI u = new URI(v);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!u.isAbsolute() || u.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
        return "\"" + v + "\" is not a full web address (it must start with https://).";
      }
      if (scheme.equals("http") && !allowHttp) {
        return "\"" + v + "\" uses http://; LTI needs https:// outside dev mode.";
      }
      if (u.getRawUserInfo() != null || u.getRawFragment() != null) {
        return "\"" + v + "\" must not contain a user name or a #fragment.";
      }
      return null;
    } catch (URISyntaxException e) {
      return "\"" + v + "\" is not a valid web address.";
    }
  }

  private static List<String> deployments(String raw, Map<String, String> problems) {
    List<String> ids = split(raw);
    if (ids.isEmpty()) {
      problems.put("deployment_ids", "Enter at least one deployment id (Moodle shows it as \"Deployment ID\" in the tool's "
          + "configuration details; Canvas in the developer key's deployments). One per line.");
    }
    for (String id : ids) {
      if (id.length() > MAX_TEXT) {
        problems.put("deployment_ids", "A deployment id is at most " + MAX_TEXT + " characters; one is " + id.length() + ".");
      }
    }
    return ids;
  }

  private static List<String> origins(String raw, boolean allowHttp, Map<String, String> problems) {
    List<String> out = new ArrayList<>();
    for (String o : raw == null ? List.<String>of() : split(raw.replaceAll("\\s+", "\n"))) {
      String problem = urlProblem(o, allowHttp);
      if (problem != null || !Origins.isOrigin(o)) {
        problems.put("frame_origins", "\"" + o + "\" is not an origin: write only scheme and host, e.g. "
            + "https://moodle.example.org (no path).");
        continue;
      }
      Origins.of(o).filter(x -> !out.contains(x)).ifPresent(out::add);
    }
    return out;
  }

  static List<String> split(String raw) {
    if (raw == null) {
      return List.of();
    }
    return Arrays.stream(raw.split("[\\r\\n,]+")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }

  private static String trimmed(String v) {
    return v == null ? "" : v.strip();
  }
}
