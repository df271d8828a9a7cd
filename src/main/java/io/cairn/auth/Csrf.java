package io.cairn.auth;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF protection for every form post: the form carries an HMAC of the sign-in session (or, before
 * sign-in, of a random cookie), which a page of another site cannot read or compute. Tokens need
 * no storage, so any server instance can check them.
 */
public final class Csrf {
  public static final String FIELD = "_csrf";
  public static final String HEADER = "X-CSRF-Token";
  static final String COOKIE = "cairn_csrf";
  private static final String TOKEN_KEY = "csrf.token";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
  private final boolean secureCookies;

  public Csrf(byte[] secret, boolean secureCookies) {
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.secureCookies = secureCookies;
  }

  /** The token to put in this page's forms. */
  public String token(RoutingContext ctx) {
    String cached = ctx.get(TOKEN_KEY);
    if (cached != null) {
      return cached;
    }
    String token = expected(ctx, true);
    ctx.put(TOKEN_KEY, token);
    return token;
  }

  /**
   * JSON sign-up and sign-in have no session to bind a token to yet. They accept only
   * application/json, which a page of another site cannot send without a CORS preflight that
   * Cairn never grants.
   */
  static final java.util.Set<String> JSON_ENTRY_POINTS = java.util.Set.of("/api/accounts", "/api/session");

  /** Handler for state-changing routes: fails the request with 403 unless the token matches. */
  public void check(RoutingContext ctx) {
    HttpMethod m = ctx.request().method();
    if (m == HttpMethod.GET || m == HttpMethod.HEAD || m == HttpMethod.OPTIONS) {
      ctx.next();
      return;
    }
    if (JSON_ENTRY_POINTS.contains(ctx.request().path()) && isJson(ctx)) {
      ctx.next();
      return;
    }
    String sent = ctx.request().getHeader(HEADER);
    if (sent == null) {
      sent = ctx.request().getFormAttribute(FIELD);
    }
    String expected = expected(ctx, false);
    if (sent == null || expected == null
        || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      ctx.fail(new CsrfRejected());
      return;
    }
    ctx.next();
  }

  private static boolean isJson(RoutingContext ctx) {
    String type = ctx.request().getHeader("Content-Type");
    return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
  }

  /** The token for a session that has just been created (JSON sign-in answers it). */
  public String tokenForSession(String sessionToken) {
    return mac("s:" + sessionToken);
  }

  private String expected(RoutingContext ctx, boolean issueCookie) {
    String launch = SessionAuth.launchSessionKey(ctx);
    if (launch != null) {
      return mac("l:" + launch); // an LTI launch session, carried by a token where cookies may be blocked
    }
    String session = SessionAuth.sessionToken(ctx);
    if (session != null) {
      return mac("s:" + session);
    }
    Cookie cookie = ctx.request().getCookie(COOKIE);
    if (cookie == null) {
      if (!issueCookie) {
        return null;
      }
      byte[] raw = new byte[18];
      RANDOM.nextBytes(raw);
      cookie = Cookie.cookie(COOKIE, Base64.getUrlEncoder().withoutPadding().encodeToString(raw))
          .setPath("/").setHttpOnly(true).setSecure(secureCookies).setSameSite(CookieSameSite.LAX);
      ctx.response().addCookie(cookie);
    }
    return mac("a:" + cookie.getValue());
  }

  private String mac(String value) {
    Mac mac = macs.get();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
  }

  /** A keyed Mac per event-loop thread: looking one up and keying it cost more than using it. */
  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A post without a valid token: most often a form left open across a sign-in or sign-out. */
  public static final class CsrfRejected extends RuntimeException {
    public CsrfRejected() {
      super("This form could not be accepted because its security token is missing or out of date. "
          + "Go back, reload the page and try again.");
    }
  }
}
