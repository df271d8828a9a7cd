package io.cairn.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.lti.launch.JwksCache;
import io.cairn.lti.launch.LaunchRejected;
import io.cairn.lti.launch.LaunchRule;
import io.cairn.testing.Browser;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The platform key cache: cached by kid, refetched on an unknown kid, refetches rate-limited. */
class JwksRefetchTest {
  static Vertx vertx;
  static PlatformSimulator platform;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    platform = PlatformSimulator.start(vertx);
  }

  @AfterAll
  static void stop() {
    platform.close();
    vertx.close().await();
  }

  /** A clock the test moves. */
  static final class ManualClock extends Clock {
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-20T10:00:00Z"));

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    void advance(Duration d) {
      now.updateAndGet(i -> i.plus(d));
    }
  }

  @Test
  void refetchesOnAnUnknownKidAtMostOncePerInterval() {
    ManualClock clock = new ManualClock();
    JwksCache cache = new JwksCache(WebClient.create(vertx), clock, Duration.ofSeconds(30));
    int before = platform.jwksFetches.get();
    String first = platform.signingKey().getKeyID();

    assertThat(cache.key(platform.jwksUrl(), first).await().getKeyID()).isEqualTo(first);
    assertThat(cache.key(platform.jwksUrl(), first).await().getKeyID()).isEqualTo(first);
    assertThat(platform.jwksFetches.get() - before).as("cached by kid").isEqualTo(1);

    String rotated = platform.rotate().getKeyID();
    assertThat(cache.key(platform.jwksUrl(), rotated).await().getKeyID()).isEqualTo(rotated);
    assertThat(platform.jwksFetches.get() - before).as("an unknown kid refetches").isEqualTo(2);

    assertThatThrownBy(() -> cache.key(platform.jwksUrl(), "made-up-kid").await())
        .isInstanceOf(LaunchRejected.class)
        .satisfies(e -> assertThat(((LaunchRejected) e).rule()).isEqualTo(LaunchRule.KEY_ID))
        .hasMessageContaining("refetches at most every 30 s");
    assertThat(platform.jwksFetches.get() - before).as("the second unknown kid within 30 s does not refetch").isEqualTo(2);

    clock.advance(Duration.ofSeconds(31));
    assertThatThrownBy(() -> cache.key(platform.jwksUrl(), "made-up-kid").await()).isInstanceOf(LaunchRejected.class);
    assertThat(platform.jwksFetches.get() - before).as("after the interval it may refetch again").isEqualTo(3);

    clock.advance(JwksCache.MAX_AGE.plusSeconds(1));
    cache.key(platform.jwksUrl(), rotated).await();
    assertThat(platform.jwksFetches.get() - before).as("a key set older than an hour is refetched").isEqualTo(4);
  }

  @Test
  void aLaunchSignedWithTheRotatedKeyOfThePlatformIsAccepted() {
    try (LtiTestEnvironment env = LtiTestEnvironment.start()) {
      Browser b = env.browser();
      String learner = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
      assertThat(env.launchAs(b, "rot-1", c -> c, learner).statusCode()).isEqualTo(303);
      int fetches = env.platform.jwksFetches.get();
      env.platform.rotate();
      assertThat(env.launchAs(env.browser(), "rot-2", c -> c, learner).statusCode()).isEqualTo(303);
      assertThat(env.platform.jwksFetches.get()).isEqualTo(fetches + 1);
      assertThat(env.launchAs(env.browser(), "rot-3", c -> c, learner).statusCode()).isEqualTo(303);
      assertThat(env.platform.jwksFetches.get()).as("cached").isEqualTo(fetches + 1);
    }
  }
}
