package io.cairn.evidence.privacy;

import io.cairn.errors.Conflict;
import io.cairn.errors.NotFound;
import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases an account in one transaction: personal data goes; submitted attempts (and their
 * responses and scores, for item statistics) stay without identity; certificates stay verifiable
 * but lose the holder's name. See docs/privacy.md for what is kept and why.
 */
public final class Erasure {
  private static final Logger LOG = LoggerFactory.getLogger(Erasure.class);
  /** The name an erased supervisor's attestations are shown under. */
  public static final String FORMER_SUPERVISOR = "Former supervisor (account erased)";

  /** Lets the evidence ledger's trigger accept DELETE of this account's rows, until the transaction ends. */
  static final String ALLOW_EVIDENCE_DELETE = "SELECT set_config('cairn.erasure', $1, true)";
  static final String LOCK = "SELECT id FROM account WHERE id = $1 FOR UPDATE";
  /** In order: evidence first (it refers to reflections and CPD entries), the account last. */
  static final List<String> STEPS = List.of(
      "DELETE FROM evidence WHERE account_id = $1",
      // an open attempt has no result to keep; the time-limit sweeper would otherwise submit it anonymously
      "DELETE FROM attempt WHERE account_id = $1 AND state = 'in_progress'",
      "UPDATE certificate SET holder_name = NULL, holder_erased_at = now() WHERE account_id = $1",
      "DELETE FROM reflection WHERE account_id = $1",
      "DELETE FROM unit_progress WHERE account_id = $1",
      "DELETE FROM cpd_entry WHERE account_id = $1",
      "DELETE FROM supervision WHERE learner_id = $1 OR supervisor_id = $1",
      "DELETE FROM time_accommodation WHERE account_id = $1",
      "DELETE FROM session WHERE account_id = $1",
      // attempts keep their results with account_id set to null (ON DELETE SET NULL)
      "DELETE FROM account WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM evidence WHERE attested_by = $1)",
      // a supervisor's attestations about other learners are those learners' records: they stay, and the
      // account row stays only as an anonymous, unusable attester; every other reference to it is
      // cleared by its foreign key's own ON DELETE rule (see V7), as a deletion would have done
      "SELECT erase_account_references(id) FROM account WHERE id = $1",
      "UPDATE account SET email = NULL, display_name = '" + FORMER_SUPERVISOR + "', password_hash = NULL, "
          + "roles = '{}' WHERE id = $1");

  private final Pool pool;

  public Erasure(Pool pool) {
    this.pool = pool;
  }

  public Future<Void> erase(long account) {
    Tuple id = Tuple.of(account);
    return pool.withTransaction(tx -> tx.preparedQuery(ALLOW_EVIDENCE_DELETE).execute(Tuple.of(String.valueOf(account)))
        .compose(v -> tx.preparedQuery(LOCK).execute(id))
        .compose(rows -> {
          if (rows.size() == 0) {
            return Future.failedFuture(new NotFound("There is no account to erase."));
          }
          return steps(tx, id, 0);
        }))
        .recover(err -> {
          if (err instanceof PgException pg && "23503".equals(pg.getSqlState())) {
            LOG.error("Erasing account {} was refused by a reference the erasure does not know: {}", account,
                pg.getErrorMessage());
            return Future.failedFuture(new Conflict("Your account could not be erased because other records still "
                + "refer to it. Nothing was changed. Please ask an administrator to erase it."));
          }
          return Future.failedFuture(err);
        })
        .onSuccess(v -> LOG.info("Account {} erased", account));
  }

  private static Future<Void> steps(SqlConnection tx, Tuple id, int i) {
    if (i == STEPS.size()) {
      return Future.succeededFuture();
    }
    return tx.preparedQuery(STEPS.get(i)).execute(id).compose(r -> steps(tx, id, i + 1));
  }
}
