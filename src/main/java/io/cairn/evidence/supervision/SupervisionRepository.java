package io.cairn.evidence.supervision;

import io.cairn.errors.Conflict;
import io.cairn.errors.InvalidInput;
import io.cairn.errors.NotFound;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Links between supervisors and learners. A supervisor invites; the learner accepts; either can
 * end the link. Only accepted, live links let a supervisor see a learner's map and attest.
 */
public final class SupervisionRepository {
  static final String INVITE = """
      INSERT INTO supervision (supervisor_id, learner_id)
      SELECT $1, a.id FROM account a WHERE lower(a.email) = lower($2)
      RETURNING id, learner_id""";
  static final String ACCEPT = """
      UPDATE supervision SET accepted_at = now()
       WHERE id = $1 AND learner_id = $2 AND accepted_at IS NULL AND ended_at IS NULL""";
  static final String END = """
      UPDATE supervision SET ended_at = now(), ended_by = $2
       WHERE id = $1 AND (learner_id = $2 OR supervisor_id = $2) AND ended_at IS NULL""";
  static final String LINKS_OF = """
      SELECT s.id, s.supervisor_id, sup.display_name, sup.email, s.learner_id, l.display_name, l.email,
             s.invited_at, s.accepted_at
        FROM supervision s JOIN account sup ON sup.id = s.supervisor_id JOIN account l ON l.id = s.learner_id
       WHERE (s.learner_id = $1 OR s.supervisor_id = $1) AND s.ended_at IS NULL
       ORDER BY s.invited_at""";
  static final String LINKED = """
      SELECT l.display_name FROM supervision s JOIN account l ON l.id = s.learner_id
       WHERE s.supervisor_id = $1 AND s.learner_id = $2 AND s.accepted_at IS NOT NULL AND s.ended_at IS NULL""";

  /** One live link, seen from either side. */
  public record Link(long id, long supervisorId, String supervisorName, String supervisorEmail,
      long learnerId, String learnerName, String learnerEmail, OffsetDateTime invitedAt, OffsetDateTime acceptedAt) {
    public boolean accepted() {
      return acceptedAt != null;
    }
  }

  private final Pool pool;

  public SupervisionRepository(Pool pool) {
    this.pool = pool;
  }

  public Future<Long> invite(long supervisorId, String learnerEmail) {
    return pool.preparedQuery(INVITE).execute(Tuple.of(supervisorId, learnerEmail))
        .recover(err -> Future.failedFuture(io.cairn.auth.AccountRepository.isUniqueViolation(err)
            ? new Conflict("You have already invited or supervise " + learnerEmail + ".")
            : err instanceof io.vertx.pgclient.PgException pg && "23514".equals(pg.getSqlState())
                ? new InvalidInput("email", "You cannot supervise yourself.")
                : err))
        .map(rows -> {
          if (rows.size() == 0) {
            throw new InvalidInput("email", "There is no account with the email address " + learnerEmail
                + ". Ask them to create one first.");
          }
          return rows.iterator().next().getLong(0);
        });
  }

  public Future<Void> accept(long linkId, long learnerId) {
    return pool.preparedQuery(ACCEPT).execute(Tuple.of(linkId, learnerId)).map(rows -> {
      if (rows.rowCount() == 0) {
        throw new NotFound("There is no open invitation " + linkId + " for you.");
      }
      return null;
    });
  }

  public Future<Void> end(long linkId, long accountId) {
    return pool.preparedQuery(END).execute(Tuple.of(linkId, accountId)).map(rows -> {
      if (rows.rowCount() == 0) {
        throw new NotFound("There is no supervision link " + linkId + " of yours.");
      }
      return null;
    });
  }

  public Future<List<Link>> linksOf(long accountId) {
    return pool.preparedQuery(LINKS_OF).execute(Tuple.of(accountId)).map(rows -> {
      List<Link> links = new ArrayList<>();
      for (Row r : rows) {
        links.add(new Link(r.getLong(0), r.getLong(1), r.getString(2), r.getString(3), r.getLong(4),
            r.getString(5), r.getString(6), r.getOffsetDateTime(7), r.getOffsetDateTime(8)));
      }
      return links;
    });
  }

  /** The learner's name when the supervisor has an accepted, live link to them. */
  public Future<String> requireLinked(long supervisorId, long learnerId) {
    return pool.preparedQuery(LINKED).execute(Tuple.of(supervisorId, learnerId)).map(rows -> {
      if (rows.size() == 0) {
        throw new NotFound("You do not supervise learner " + learnerId + ".");
      }
      return rows.iterator().next().getString(0);
    });
  }
}
