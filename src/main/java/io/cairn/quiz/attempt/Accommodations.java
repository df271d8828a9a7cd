package io.cairn.quiz.attempt;

import io.cairn.errors.InvalidInput;
import io.cairn.errors.NotFound;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Extra time for timed quizzes, granted to a learner by a tutor or admin. */
public final class Accommodations {
  static final String GRANT = """
      INSERT INTO time_accommodation (account_id, quiz_id, extra_percent, granted_by, note)
      SELECT a.id, $2, $3, $4, $5 FROM account a WHERE lower(a.email) = lower($1)
      RETURNING id""";
  static final String LIST = """
      SELECT t.id, a.email, a.display_name, t.quiz_id, t.extra_percent, g.display_name, t.granted_at, t.note
        FROM time_accommodation t JOIN account a ON a.id = t.account_id
        LEFT JOIN account g ON g.id = t.granted_by
       ORDER BY t.granted_at DESC LIMIT 200""";
  static final String REVOKE = "DELETE FROM time_accommodation WHERE id = $1";

  public record Grant(long id, String email, String learner, String quizId, int extraPercent,
      String grantedBy, OffsetDateTime grantedAt, String note) {}

  private final Pool pool;

  public Accommodations(Pool pool) {
    this.pool = pool;
  }

  /** New attempts of the learner get the extra time; attempts already running keep theirs. */
  public Future<Long> grant(String email, String quizId, int extraPercent, long grantedBy, String note) {
    if (extraPercent < 1 || extraPercent > 400) {
      throw new InvalidInput("extra_percent", "Extra time must be between 1 and 400 percent.");
    }
    if (note != null && note.length() > 500) {
      throw new InvalidInput("note", "Keep the note under 500 characters.");
    }
    return pool.preparedQuery(GRANT).execute(Tuple.of(email, quizId, extraPercent, grantedBy, note)).map(rows -> {
      if (rows.size() == 0) {
        throw new InvalidInput("email", "There is no account with the email address " + email + ".");
      }
      return rows.iterator().next().getLong(0);
    });
  }

  public Future<List<Grant>> list() {
    return pool.query(LIST).execute().map(rows -> {
      List<Grant> list = new ArrayList<>();
      for (Row r : rows) {
        list.add(new Grant(r.getLong(0), r.getString(1), r.getString(2), r.getString(3), r.getInteger(4),
            r.getString(5), r.getOffsetDateTime(6), r.getString(7)));
      }
      return list;
    });
  }

  public Future<Void> revoke(long id) {
    return pool.preparedQuery(REVOKE).execute(Tuple.of(id)).map(rows -> {
      if (rows.rowCount() == 0) {
        throw new NotFound("There is no accommodation " + id + ".");
      }
      return null;
    });
  }
}
