package io.cairn.lti.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tool's signing keys: RSA 2048, one active, rotated by an admin. The JWKS lists the active key
 * and every key retired less than {@link #RETENTION} ago, longer than any token the tool signs
 * lives (client assertions and deep-linking responses live minutes), so a platform that cached
 * the old key set can still verify. Key generation and decryption run off the event loop.
 */
public final class ToolKeys {
  public static final Duration RETENTION = Duration.ofHours(24);
  static final int KEY_BITS = 2048;
  private static final Logger LOG = LoggerFactory.getLogger(ToolKeys.class);

  private final Vertx vertx;
  private final KeyRepository repository;
  private final KeyCipher cipher;
  private final Clock clock;
  private final Map<String, RSAKey> privateKeys = new ConcurrentHashMap<>();

  public ToolKeys(Vertx vertx, KeyRepository repository, KeyCipher cipher, Clock clock) {
    this.vertx = vertx;
    this.repository = repository;
    this.cipher = cipher;
    this.clock = clock;
  }

  /** Creates the first key when there is none (every start; idempotent across instances). */
  public Future<Void> ensureKey() {
    return repository.all().compose(keys -> keys.stream().anyMatch(ToolKey::active)
        ? Future.succeededFuture()
        : generate().compose(k -> repository.insert(k, false)).map(created -> {
          if (created) {
            LOG.info("Created the first LTI tool key");
          }
          return null;
        }));
  }

  /** A new active key; the old one stays published for {@link #RETENTION}. Returns the new kid. */
  public Future<String> rotate() {
    return generate().compose(k -> repository.insert(k, true).map(v -> {
      LOG.info("Rotated the LTI tool key: {} is now active", k.kid());
      return k.kid();
    }));
  }

  public Future<List<ToolKey>> all() {
    return repository.all();
  }

  /** The public keys to publish at /lti/jwks. */
  public Future<JWKSet> publicKeySet() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return repository.all().map(keys -> new JWKSet(keys.stream()
        .filter(k -> k.published(now, RETENTION))
        .<JWK>map(k -> k.publicJwk().toPublicJWK())
        .toList()));
  }

  /** The active key with its private half, to sign with (kid in the JWS header). */
  public Future<RSAKey> signingKey() {
    return repository.all().compose(keys -> {
      ToolKey active = keys.stream().filter(ToolKey::active).findFirst()
          .orElseThrow(() -> new IllegalStateException("there is no active LTI tool key"));
      RSAKey cached = privateKeys.get(active.kid());
      if (cached != null) {
        return Future.succeededFuture(cached);
      }
      return vertx.executeBlocking(() -> unseal(active)).onSuccess(k -> privateKeys.put(k.getKeyID(), k));
    });
  }

  RSAKey unseal(ToolKey key) throws GeneralSecurityException {
    byte[] der = cipher.open(key.sealedPrivateKey(), key.kid());
    RSAPrivateKey priv = (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    return new RSAKey.Builder(key.publicJwk()).privateKey(priv).build();
  }

  private Future<ToolKey> generate() {
    return vertx.executeBlocking(() -> {
      try {
        RSAKey full = new RSAKeyGenerator(KEY_BITS).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
            .keyIDFromThumbprint(true).generate();
        String kid = full.getKeyID();
        byte[] sealed = cipher.seal(full.toRSAPrivateKey().getEncoded(), kid);
        return new ToolKey(kid, full.toPublicJWK(), sealed, OffsetDateTime.now(clock), null);
      } catch (JOSEException e) {
        throw new IllegalStateException("cannot generate an RSA key", e);
      }
    });
  }
}
