package io.cairn.lti.nrps;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Course member lists from the platform, kept {@link #TTL} per course so that paging through
 * learners or reloading does not ask the platform each time; concurrent askers share one fetch, a
 * failed fetch is not kept, and a refresh asks again.
 */
public final class RosterCache {
  public static final Duration TTL = Duration.ofSeconds(60);
  static final int LIMIT = 1_000;

  private record Entry(Future<List<Member>> members, Instant fetchedAt) {}

  private final Clock clock;
  private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

  public RosterCache(Clock clock) {
    this.clock = clock;
  }

  /** The members of the course, fetched by {@code fetch} unless a fresh list is at hand. */
  public Future<List<Member>> get(long contextRef, boolean refresh, Supplier<Future<List<Member>>> fetch) {
    Instant now = clock.instant();
    if (entries.size() >= LIMIT) {
      entries.clear();
    }
    Entry e = entries.compute(contextRef, (k, old) -> !refresh && old != null && fresh(old, now) ? old
        : new Entry(fetch.get(), now));
    e.members().onFailure(err -> entries.remove(contextRef, e));
    return e.members();
  }

  /** When the list shown was fetched. */
  public Instant fetchedAt(long contextRef) {
    Entry e = entries.get(contextRef);
    return e == null ? clock.instant() : e.fetchedAt();
  }

  private boolean fresh(Entry e, Instant now) {
    return !e.members().isComplete() || (e.members().succeeded() && e.fetchedAt().plus(TTL).isAfter(now));
  }
}
