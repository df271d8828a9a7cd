package io.cairn.lti.nrps;

import io.cairn.lti.ags.PlatformClient;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the roster pages read from Cairn's own tables: the course, who Cairn knows, their progress. */
public final class CourseRepository {
  static final String COURSE = """
      SELECT c.id, c.title, c.label, c.nrps ->> 'context_memberships_url', r.issuer, r.status = 'enabled',
             """ + PlatformClient.COLUMNS + """
      , coalesce(m.lti_roles, '{}'),
             coalesce((SELECT array_agg(l.module_id ORDER BY l.id) FROM lti_resource_link l WHERE l.context_ref = c.id), '{}'),
             coalesce((SELECT array_agg(l.quiz_id ORDER BY l.id) FROM lti_resource_link l WHERE l.context_ref = c.id), '{}')
        FROM lti_context c JOIN lti_registration r ON r.id = c.registration_id
        LEFT JOIN lti_membership m ON m.context_ref = c.id AND m.account_id = $2
       WHERE c.id = $1""";
  static final String KNOWN = """
      SELECT u.sub, u.account_id, a.display_name FROM lti_user u JOIN account a ON a.id = u.account_id
       WHERE u.issuer = $1 AND u.sub = ANY($2)""";
  static final String BEST = """
      SELECT account_id, quiz_id, max(percent), bool_or(passed), count(*)::int FROM attempt
       WHERE account_id = ANY($1) AND quiz_id = ANY($2) AND state = 'submitted' GROUP BY account_id, quiz_id""";
  static final String UNITS = """
      SELECT account_id, module_id, count(*)::int FROM unit_progress
       WHERE account_id = ANY($1) AND module_id = ANY($2) AND done_at IS NOT NULL GROUP BY account_id, module_id""";
  /** The members Cairn has seen launch in the course (when the platform's list cannot be read). */
  static final String SEEN = """
      SELECT u.sub, coalesce(u.name, a.display_name), u.email, m.lti_roles FROM lti_membership m
        JOIN account a ON a.id = m.account_id
        JOIN lti_user u ON u.account_id = m.account_id AND u.issuer = $2
       WHERE m.context_ref = $1 ORDER BY 2, 1""";
  static final String LEARNER = """
      SELECT u.sub, a.display_name,
             EXISTS (SELECT 1 FROM lti_membership m WHERE m.context_ref = $1 AND m.account_id = a.id)
        FROM account a JOIN lti_user u ON u.account_id = a.id AND u.issuer = $3
       WHERE a.id = $2 ORDER BY u.last_seen_at DESC LIMIT 1""";
  static final String ATTEMPTS = """
      SELECT quiz_id, attempt_number, submitted_at, percent, passed FROM attempt
       WHERE account_id = $1 AND quiz_id = ANY($2) AND state = 'submitted' ORDER BY quiz_id, attempt_number""";

  /** A Cairn account behind a platform user. */
  public record Known(String sub, long accountId, String name) {}

  /** A person whose summary an instructor asked for: their sub, name, and whether they launched in the course. */
  public record Learner(String sub, String name, boolean seenInCourse) {}

  public record AttemptRow(String quizId, int number, Instant submittedAt, double percent, boolean passed) {}

  private final Pool pool;

  public CourseRepository(Pool pool) {
    this.pool = pool;
  }

  public Future<Optional<Course>> course(long contextRef, long viewer) {
    return pool.preparedQuery(COURSE).execute(Tuple.of(contextRef, viewer)).map(rows -> {
      if (rows.size() == 0) {
        return Optional.empty();
      }
      Row r = rows.iterator().next();
      String[] modules = r.getArrayOfStrings(11);
      String[] quizzes = r.getArrayOfStrings(12);
      List<Course.Placement> links = new ArrayList<>();
      for (int i = 0; i < modules.length; i++) {
        links.add(new Course.Placement(modules[i], quizzes[i]));
      }
      return Optional.of(new Course(r.getLong(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
          Boolean.TRUE.equals(r.getBoolean(5)),
          new PlatformClient(r.getLong(6), r.getString(7), r.getString(8), r.getString(9)),
          Arrays.asList(r.getArrayOfStrings(10)), List.copyOf(links)));
    });
  }

  public Future<Map<String, Known>> known(String issuer, List<String> subs) {
    return pool.preparedQuery(KNOWN).execute(Tuple.of(issuer, (Object) subs.toArray(String[]::new))).map(rows -> {
      Map<String, Known> out = new HashMap<>();
      rows.forEach(r -> out.put(r.getString(0), new Known(r.getString(0), r.getLong(1), r.getString(2))));
      return out;
    });
  }

  public Future<Progress> progress(List<Long> accounts, CourseContent content) {
    Long[] ids = accounts.toArray(Long[]::new);
    Map<Long, Map<String, Progress.QuizBest>> best = new HashMap<>();
    Map<Long, Map<String, Integer>> units = new HashMap<>();
    return pool.preparedQuery(BEST).execute(Tuple.of((Object) ids, (Object) content.quizIds().toArray(String[]::new)))
        .compose(rows -> {
          rows.forEach(r -> best.computeIfAbsent(r.getLong(0), k -> new HashMap<>()).put(r.getString(1),
              new Progress.QuizBest(r.getBigDecimal(2).doubleValue(), Boolean.TRUE.equals(r.getBoolean(3)), r.getInteger(4))));
          return pool.preparedQuery(UNITS).execute(Tuple.of((Object) ids, (Object) content.moduleIds().toArray(String[]::new)));
        })
        .map(rows -> {
          rows.forEach(r -> units.computeIfAbsent(r.getLong(0), k -> new HashMap<>()).put(r.getString(1), r.getInteger(2)));
          return new Progress(best, units);
        });
  }

  public Future<List<Member>> seenMembers(long contextRef, String issuer) {
    return pool.preparedQuery(SEEN).execute(Tuple.of(contextRef, issuer)).map(rows -> {
      List<Member> out = new ArrayList<>();
      rows.forEach(r -> out.add(new Member(r.getString(0), r.getString(1), r.getString(2), "Active",
          Arrays.asList(r.getArrayOfStrings(3)))));
      return out;
    });
  }

  public Future<Optional<Learner>> learner(long contextRef, long accountId, String issuer) {
    return pool.preparedQuery(LEARNER).execute(Tuple.of(contextRef, accountId, issuer)).map(rows -> rows.size() == 0
        ? Optional.empty()
        : Optional.of(new Learner(rows.iterator().next().getString(0), rows.iterator().next().getString(1),
            Boolean.TRUE.equals(rows.iterator().next().getBoolean(2)))));
  }

  public Future<List<AttemptRow>> attempts(long accountId, List<String> quizIds) {
    return pool.preparedQuery(ATTEMPTS).execute(Tuple.of(accountId, (Object) quizIds.toArray(String[]::new))).map(rows -> {
      List<AttemptRow> out = new ArrayList<>();
      rows.forEach(r -> out.add(new AttemptRow(r.getString(0), r.getInteger(1), r.getOffsetDateTime(2).toInstant(),
          r.getBigDecimal(3).doubleValue(), Boolean.TRUE.equals(r.getBoolean(4)))));
      return out;
    });
  }
}
