package io.cairn.lti.nrps;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 8288 Link headers, as NRPS uses them for paging: {@code <https://…?page=2>; rel="next"}.
 * Several links may share one header (comma-separated) or come in several headers.
 */
public final class LinkHeader {
  private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)");
  private static final Pattern REL = Pattern.compile(";\\s*rel\\s*=\\s*(\"[^\"]*\"|[^;,\\s]+)", Pattern.CASE_INSENSITIVE);

  private LinkHeader() {}

  /** The target of the first link whose rel names {@code rel} (rel may list several names). */
  public static Optional<String> find(List<String> headers, String rel) {
    for (String header : headers) {
      Matcher m = LINK.matcher(header);
      while (m.find()) {
        Matcher r = REL.matcher(m.group(2));
        while (r.find()) {
          String names = r.group(1).replace("\"", "");
          for (String name : names.trim().split("\\s+")) {
            if (name.equalsIgnoreCase(rel)) {
              return Optional.of(m.group(1).trim());
            }
          }
        }
      }
    }
    return Optional.empty();
  }
}
