package io.cairn.lti.ags;

import io.cairn.lti.keys.KeyCipher;
import io.cairn.lti.keys.KeyRepository;
import io.cairn.lti.keys.ToolKeys;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the score outbox: every {@link #INTERVAL} it claims the due rows (at most {@link #BATCH},
 * leased for {@link #LEASE}, longer than any call can take), posts them, and settles each one:
 * delivered, tried again later by {@link RetryPolicy}, or abandoned. Any number of instances may run
 * against one database: claiming skips rows another has locked or leased.
 */
public final class ScoreWorker {
  public static final Duration INTERVAL = Duration.ofSeconds(5);
  static final Duration LEASE = Duration.ofMinutes(2);
  static final int BATCH = 20;
  private static final Logger LOG = LoggerFactory.getLogger(ScoreWorker.class);

  /** What one pass did. */
  public record Pass(int claimed, int delivered) {}

  private final Vertx vertx;
  private final ScoreOutbox outbox;
  private final ScoreDelivery delivery;
  private final AccessTokens tokens;
  private final Clock clock;
  private final AtomicBoolean running = new AtomicBoolean();
  private long timer = -1;

  public ScoreWorker(Vertx vertx, ScoreOutbox outbox, ScoreDelivery delivery, AccessTokens tokens, Clock clock) {
    this.vertx = vertx;
    this.outbox = outbox;
    this.delivery = delivery;
    this.tokens = tokens;
    this.clock = clock;
  }

  /** A worker with its own web client and view of the tool keys. */
  public static ScoreWorker create(Vertx vertx, Pool pool, byte[] secret, Clock clock) {
    WebClient client = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false)
        .setConnectTimeout(5_000).setUserAgent("Cairn-LTI/1.3"));
    ToolKeys keys = new ToolKeys(vertx, new KeyRepository(pool), new KeyCipher(secret), clock);
    AccessTokens tokens = new AccessTokens(client, keys, clock);
    return new ScoreWorker(vertx, new ScoreOutbox(pool),
        new ScoreDelivery(client, tokens, new LineItems(client, tokens, pool)), tokens, clock);
  }

  public void start() {
    timer = vertx.setPeriodic(INTERVAL.toMillis(), id -> {
      if (running.compareAndSet(false, true)) {
        deliverOnce(clock.instant())
            .onFailure(err -> LOG.warn("A score delivery pass failed; the next one runs in {} s", INTERVAL.toSeconds(), err))
            .onComplete(v -> running.set(false));
      }
    });
  }

  public void stop() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
  }

  public AccessTokens tokens() {
    return tokens;
  }

  /** One pass as if the time were {@code now}: claims what is due then, delivers and settles it. */
  public Future<Pass> deliverOnce(Instant now) {
    return outbox.claim(now, now.plus(LEASE), BATCH).compose(rows -> {
      List<Future<Boolean>> each = rows.stream().map(row -> settle(row, now)).toList();
      return Future.join(each).map(v -> new Pass(rows.size(),
          (int) each.stream().filter(f -> Boolean.TRUE.equals(f.result())).count()));
    });
  }

  private Future<Boolean> settle(OutboxRow row, Instant now) {
    return delivery.deliver(row).transform(ar -> {
      if (ar.succeeded()) {
        LOG.info("Score of attempt {} delivered to {} (try {})", row.attemptId(), ar.result(), row.tries());
        return outbox.delivered(row.id(), clock.instant().isAfter(now) ? clock.instant() : now, ar.result()).map(true);
      }
      Throwable err = ar.cause();
      String reason = err.getMessage() == null ? err.getClass().getSimpleName() : err.getMessage();
      boolean permanent = err instanceof ScoreNotDeliverable n && n.permanent();
      boolean refusal = err instanceof PlatformCallFailed p && RetryPolicy.refusal(p.status());
      if (permanent || RetryPolicy.decide(row.tries(), row.createdAt(), now, refusal) == RetryPolicy.Decision.GIVE_UP) {
        LOG.error("Score of attempt {} abandoned after {} tries: {}", row.attemptId(), row.tries(), reason);
        return outbox.abandon(row.id(), reason).map(false);
      }
      Instant next = now.plus(RetryPolicy.delay(row.tries()));
      LOG.warn("Score of attempt {} not delivered (try {}): {}; next try at {}", row.attemptId(), row.tries(), reason, next);
      return outbox.reschedule(row.id(), next, reason).map(false);
    });
  }
}
