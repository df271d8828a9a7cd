package io.cairn.authoring.stats;

import io.cairn.auth.CurrentUser;
import io.vertx.core.Future;
import java.util.Set;

/**
 * Which learners' attempts a tutor may see ("a tutor sees attempts in their courses"): the
 * statistics, attempt list, review and CSV all filter by it. io.cairn.lti, which knows the courses,
 * provides the implementation.
 */
@FunctionalInterface
public interface AttemptScope {
  /** @param all true when no filter applies; otherwise only attempts of {@code accountIds} */
  record Allowed(boolean all, Set<Long> accountIds) {
    public static Allowed everyone() {
      return new Allowed(true, Set.of());
    }

    public static Allowed only(Set<Long> accountIds) {
      return new Allowed(false, Set.copyOf(accountIds));
    }

    public boolean includes(Long accountId) {
      return all || (accountId != null && accountIds.contains(accountId));
    }

    /** For SQL: null when everyone is allowed, else the ids. */
    public Long[] sqlFilter() {
      return all ? null : accountIds.toArray(new Long[0]);
    }
  }

  Future<Allowed> allowedFor(CurrentUser tutor);
}
