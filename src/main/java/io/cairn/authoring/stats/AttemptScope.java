package io.cairn.authoring.stats;

import io.cairn.auth.CurrentUser;
import io.vertx.core.Future;
import java.util.Set;

/**
 * Which learners' attempts a tutor may see: the hook for LTI course scoping ("a tutor sees attempts
 * in their courses"). Until io.cairn.lti records course membership, {@link #ALL} lets tutors and
 * admins see every attempt; an LTI-aware implementation returns the account ids of the learners in
 * the tutor's courses, and the statistics, attempt list, review and CSV all filter by it.
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

  /** Tutors and admins see all attempts (no course scoping yet). */
  AttemptScope ALL = tutor -> Future.succeededFuture(Allowed.everyone());

  Future<Allowed> allowedFor(CurrentUser tutor);
}
