package io.cairn.lti.launch;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Platforms' key sets, fetched with the WebClient and cached by keyset URL. A kid that is not in
 * the cached set causes one refetch (the platform may have rotated), but such refetches are
 * rate-limited per platform, so a stream of tokens with made-up kids cannot make Cairn hammer the
 * platform. A set older than {@link #MAX_AGE} is refetched; concurrent fetches of one URL are
 * shared. One cache per verticle instance: its maps are only touched on that event loop.
 */
public final class JwksCache {
  public static final Duration MAX_AGE = Duration.ofHours(1);
  public static final Duration MIN_REFETCH_INTERVAL = Duration.ofSeconds(30);
  static final long TIMEOUT_MS = 5_000;
  static final int MAX_BODY = 256 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(JwksCache.class);

  private record Entry(JWKSet keys, Instant fetchedAt) {}

  private final WebClient client;
  private final Clock clock;
  private final Duration minRefetchInterval;
  private final Map<String, Entry> cached = new ConcurrentHashMap<>();
  private final Map<String, Instant> lastRefetch = new ConcurrentHashMap<>();
  private final Map<String, Future<JWKSet>> inFlight = new ConcurrentHashMap<>();

  public JwksCache(WebClient client, Clock clock, Duration minRefetchInterval) {
    this.client = client;
    this.clock = clock;
    this.minRefetchInterval = minRefetchInterval;
  }

  /** The platform's key with this kid, or a {@link LaunchRejected} naming why there is none. */
  public Future<JWK> key(String keysetUrl, String kid) {
    Instant now = clock.instant();
    Entry entry = cached.get(keysetUrl);
    if (entry != null && entry.fetchedAt().plus(MAX_AGE).isAfter(now)) {
      JWK key = entry.keys().getKeyByKeyId(kid);
      if (key != null) {
        return Future.succeededFuture(key);
      }
      Instant last = lastRefetch.get(keysetUrl);
      if (last != null && last.plus(minRefetchInterval).isAfter(now)) {
        return Future.failedFuture(unknownKid(kid, entry.keys(), "Cairn refetched the key set "
            + Duration.between(last, now).toSeconds() + " s ago and refetches at most every "
            + minRefetchInterval.toSeconds() + " s"));
      }
      lastRefetch.put(keysetUrl, now);
    }
    return fetch(keysetUrl).compose(keys -> Optional.ofNullable(keys.getKeyByKeyId(kid))
        .map(Future::succeededFuture)
        .orElseGet(() -> Future.failedFuture(unknownKid(kid, keys, "after fetching " + keysetUrl))));
  }

  private static LaunchRejected unknownKid(String kid, JWKSet keys, String note) {
    return new LaunchRejected(LaunchRule.KEY_ID, "a kid published in the platform's JWKS ("
        + keys.getKeys().stream().map(JWK::getKeyID).toList() + "; " + note + ")", kid);
  }

  private Future<JWKSet> fetch(String url) {
    Future<JWKSet> running = inFlight.get(url);
    if (running != null) {
      return running;
    }
    Future<JWKSet> f = client.getAbs(url).timeout(TIMEOUT_MS).putHeader("Accept", "application/json").send()
        .recover(err -> Future.failedFuture(unreachable(url, err.getMessage())))
        .map(response -> parse(url, response))
        .onSuccess(keys -> cached.put(url, new Entry(keys, clock.instant())))
        .onComplete(done -> inFlight.remove(url));
    if (!f.isComplete()) {
      inFlight.put(url, f);
    }
    return f;
  }

  private static JWKSet parse(String url, HttpResponse<Buffer> response) {
    if (response.statusCode() != 200 || response.body() == null || response.body().length() > MAX_BODY) {
      throw unreachable(url, "status " + response.statusCode());
    }
    try {
      return JWKSet.parse(response.bodyAsString());
    } catch (ParseException e) {
      throw unreachable(url, "the answer is not a JWKS");
    }
  }

  private static LaunchRejected unreachable(String url, String why) {
    LOG.warn("Cannot fetch the platform key set {}: {}", url, why);
    return new LaunchRejected(LaunchRule.KEY_ID, "keyset_url",
        "a JSON Web Key Set at the registered keyset URL " + url, "no usable answer (" + why + ")");
  }
}
