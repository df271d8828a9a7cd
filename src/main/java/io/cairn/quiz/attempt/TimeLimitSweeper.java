package io.cairn.quiz.attempt;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Submits attempts whose time limit (and grace) has passed although the learner never came back,
 * so that their result and evidence exist. Safe on several instances at once: submission takes a
 * row lock and skips attempts already submitted.
 */
public final class TimeLimitSweeper {
  private static final Logger LOG = LoggerFactory.getLogger(TimeLimitSweeper.class);
  static final int BATCH = 100;

  private final Pool pool;
  private final Submission submission;
  private final Clock clock;
  private final AttemptRepository attempts = new AttemptRepository();

  public TimeLimitSweeper(Pool pool, Submission submission, Clock clock) {
    this.pool = pool;
    this.submission = submission;
    this.clock = clock;
  }

  /** @return how many attempts were submitted */
  public Future<Integer> sweep() {
    return attempts.expired(pool, clock.instant().minus(TimeLimit.GRACE), BATCH).compose(ids -> {
      Future<Integer> chain = Future.succeededFuture(0);
      for (long id : ids) {
        chain = chain.compose(n -> submission.submit(id, null, Map.of(), Submission.BY_TIME_LIMIT).map(a -> n + 1));
      }
      return chain;
    }).onSuccess(n -> {
      if (n > 0) {
        LOG.info("Submitted {} attempt(s) whose time limit had passed", n);
      }
    });
  }
}
