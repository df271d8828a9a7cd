package io.cairn.lti.ags;

import io.cairn.lti.keys.ToolKeys;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens for a platform's services, from the OAuth 2 client-credentials grant with a signed
 * client assertion (1EdTech Security Framework 1.1). Each token is cached per registration and
 * scope until {@link #MARGIN} before it expires, and concurrent askers share one token request.
 */
public final class AccessTokens {
  static final Duration MARGIN = Duration.ofSeconds(60);
  static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
  static final long TIMEOUT_MS = 30_000;

  record Token(String value, Instant usableUntil) {}

  private final WebClient client;
  private final ToolKeys keys;
  private final Clock clock;
  private final Map<String, Future<Token>> cache = new ConcurrentHashMap<>();

  public AccessTokens(WebClient client, ToolKeys keys, Clock clock) {
    this.client = client;
    this.keys = keys;
    this.clock = clock;
  }

  /** A bearer token for the scope (several scopes: space-separated, as OAuth 2 wants them). */
  public Future<String> token(PlatformClient platform, String scope) {
    String key = key(platform, scope);
    Future<Token> f = cache.compute(key, (k, old) -> old != null && usable(old) ? old : request(platform, scope));
    f.onFailure(err -> cache.remove(key, f));
    return f.map(Token::value);
  }

  /** Drops a token the platform refused (401), so that the next call asks for a new one. */
  public void forget(PlatformClient platform, String scope) {
    cache.remove(key(platform, scope));
  }

  /** Drops every cached token. */
  public void clear() {
    cache.clear();
  }

  private boolean usable(Future<Token> f) {
    return !f.isComplete() || (f.succeeded() && clock.instant().isBefore(f.result().usableUntil()));
  }

  private Future<Token> request(PlatformClient platform, String scope) {
    return keys.signingKey().compose(key -> {
      Instant now = clock.instant();
      MultiMap form = MultiMap.caseInsensitiveMultiMap()
          .add("grant_type", "client_credentials")
          .add("client_assertion_type", ClientAssertion.TYPE)
          .add("client_assertion", ClientAssertion.sign(platform, key, now))
          .add("scope", scope);
      return client.postAbs(platform.tokenUrl()).timeout(TIMEOUT_MS).putHeader("Accept", "application/json")
          .sendForm(form).map(r -> parse(r.statusCode(), r.bodyAsString(), now));
    });
  }

  /** The token of a token endpoint's answer, usable until {@link #MARGIN} (or half its life) before it expires. */
  static Token parse(int status, String body, Instant now) {
    if (status != 200) {
      throw new PlatformCallFailed("The token request", status, body);
    }
    JsonObject json;
    try {
      json = new JsonObject(body);
    } catch (RuntimeException e) {
      throw new PlatformCallFailed("The token request (not JSON)", status, body);
    }
    String token = json.getValue("access_token") instanceof String s && !s.isBlank() ? s : null;
    if (token == null) {
      throw new PlatformCallFailed("The token request (no access_token)", status, body);
    }
    Duration lifetime = json.getValue("expires_in") instanceof Number n && n.longValue() > 0
        ? Duration.ofSeconds(n.longValue()) : DEFAULT_LIFETIME;
    Duration margin = lifetime.compareTo(MARGIN.multipliedBy(2)) > 0 ? MARGIN : lifetime.dividedBy(2);
    return new Token(token, now.plus(lifetime).minus(margin));
  }

  private static String key(PlatformClient platform, String scope) {
    return platform.registrationId() + " " + scope;
  }
}
