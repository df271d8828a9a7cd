package io.cairn.lti.nrps;

import io.cairn.lti.ags.AccessTokens;
import io.cairn.lti.ags.PlatformCallFailed;
import io.cairn.lti.ags.PlatformClient;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a course's members from the platform's NRPS 2.0 context_memberships_url with a token for
 * the contextmembership.readonly scope: every page, following the Link rel="next" header, up to
 * {@link #MAX_PAGES} pages.
 */
public final class Memberships {
  public static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
  public static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
  static final int MAX_PAGES = 50;
  static final long TIMEOUT_MS = 20_000;

  private final WebClient client;
  private final AccessTokens tokens;

  public Memberships(WebClient client, AccessTokens tokens) {
    this.client = client;
    this.tokens = tokens;
  }

  public Future<List<Member>> all(PlatformClient platform, String membershipsUrl) {
    return tokens.token(platform, SCOPE).compose(token -> page(platform, token, membershipsUrl, new ArrayList<>(), 1));
  }

  private Future<List<Member>> page(PlatformClient platform, String token, String url, List<Member> sofar, int n) {
    return client.getAbs(url).timeout(TIMEOUT_MS).bearerTokenAuthentication(token).putHeader("Accept", MEDIA_TYPE).send()
        .compose(r -> {
          if (r.statusCode() == 401) {
            tokens.forget(platform, SCOPE);
          }
          if (r.statusCode() != 200) {
            return Future.failedFuture(new PlatformCallFailed("The course's member list (page " + n + ")",
                r.statusCode(), r.bodyAsString()));
          }
          JsonObject body = new JsonObject(r.bodyAsString());
          if (body.getValue("members") instanceof JsonArray members) {
            members.forEach(m -> {
              if (m instanceof JsonObject o && o.getValue("user_id") instanceof String) {
                sofar.add(Member.from(o));
              }
            });
          }
          var next = LinkHeader.find(r.headers().getAll("Link"), "next").map(link -> java.net.URI.create(url).resolve(link).toString());
          if (next.isEmpty() || n >= MAX_PAGES || next.get().equals(url)) {
            return Future.succeededFuture(List.copyOf(sofar));
          }
          return page(platform, token, next.get(), sofar, n + 1);
        });
  }
}
