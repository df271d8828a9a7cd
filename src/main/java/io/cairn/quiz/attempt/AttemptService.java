package io.cairn.quiz.attempt;

import io.cairn.auth.AccountRepository;
import io.cairn.content.Catalog;
import io.cairn.errors.Conflict;
import io.cairn.errors.InvalidInput;
import io.cairn.errors.NotFound;
import io.cairn.quiz.QuizVersions;
import io.cairn.quiz.QuizVersions.QuizVersion;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import io.cairn.quiz.model.QuizSettings;
import io.cairn.quiz.scoring.Response;
import io.cairn.quiz.scoring.ResponseCheck;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The attempt state machine: not started → in progress → submitted. Learners start or resume,
 * save answers, and submit; a time limit that has run out submits the attempt with what was saved.
 * Every learner-facing method checks that the attempt is the learner's own.
 */
public final class AttemptService {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.UK)
      .withZone(java.time.ZoneOffset.UTC);

  private final Pool pool;
  private final QuizVersions versions;
  private final Supplier<Catalog> catalog;
  private final AttemptRepository attempts;
  private final Submission submission;
  private final Clock clock;
  private final Random random = new SecureRandom();

  public AttemptService(Pool pool, QuizVersions versions, Supplier<Catalog> catalog, Submission submission, Clock clock) {
    this.pool = pool;
    this.versions = versions;
    this.catalog = catalog;
    this.attempts = new AttemptRepository();
    this.submission = submission;
    this.clock = clock;
  }

  /** Resumes the learner's open attempt at this quiz, or starts a new one if the settings allow. */
  public Future<Attempt> start(long account, String quizId, String moduleId) {
    Catalog.QuizEntry entry = catalog.get().quiz(quizId)
        .orElseThrow(() -> new NotFound("There is no quiz \"" + quizId + "\"."));
    QuizSettings s = entry.quiz().settings();
    Instant now = clock.instant();
    return attempts.open(pool, account, quizId).compose(open -> {
      if (open.isPresent()) {
        return expireIfDue(open.get());
      }
      if (s.closesAt() != null && !now.isBefore(s.closesAt())) {
        return Future.failedFuture(new Conflict("This quiz closed on " + DATE.format(s.closesAt()) + "."));
      }
      return attempts.standing(pool, account, quizId).compose(standing -> {
        if (s.attemptsAllowed() > 0 && standing.submitted() >= s.attemptsAllowed()) {
          return Future.failedFuture(new Conflict("You have used all " + s.attemptsAllowed()
              + " attempts this quiz allows. Your results stay in your record."));
        }
        AttemptPlan plan = AttemptPlan.create(entry.quiz(), random);
        Instant deadline = TimeLimit.deadline(now, s.timeLimitMinutes(), standing.extraPercent());
        return attempts.insert(pool, account, quizId, entry.versionId(), moduleId, plan, now, deadline)
            .compose(id -> attempts.byId(pool, id))
            .map(java.util.Optional::orElseThrow)
            // two tabs starting at once: the one-open-attempt index lets one insert win; resume it
            .recover(err -> AccountRepository.isUniqueViolation(err)
                ? attempts.open(pool, account, quizId).map(o -> o.orElseThrow(() -> new Conflict("Please try again.")))
                : Future.failedFuture(err));
      });
    });
  }

  /** The learner's attempt; one whose time has run out is submitted first. */
  public Future<Attempt> get(long account, long attemptId) {
    return attempts.byId(pool, attemptId).compose(found -> {
      if (found.isEmpty() || !found.get().belongsTo(account)) {
        return Future.failedFuture(notFound(attemptId));
      }
      return expireIfDue(found.get());
    });
  }

  /** Saves answers (autosave or a form post) into the learner's open attempt. */
  public Future<Attempt> save(long account, long attemptId, Map<String, Response> responses) {
    return get(account, attemptId).compose(a -> {
      if (a.submitted()) {
        return Future.failedFuture(new Conflict(a.submittedBy().equals("time_limit")
            ? "The time limit has passed, so this attempt was submitted with the answers saved before it."
            : "This attempt has been submitted; its answers can no longer change."));
      }
      return versions.get(a.quizVersionId()).compose(v -> {
        validate(v.quiz(), a, responses);
        List<String> locked = responses.keySet().stream()
            .filter(q -> a.responses().containsKey(q) && a.responses().get(q).checked()).toList();
        if (!locked.isEmpty()) {
          return Future.failedFuture(new Conflict("Question " + locked.get(0) + " was checked, so its answer is final."));
        }
        return attempts.saveResponses(pool, attemptId, account, responses)
            .compose(n -> attempts.byId(pool, attemptId)).map(java.util.Optional::orElseThrow);
      });
    });
  }

  /** Locks one answer and reveals its feedback, for quizzes with feedback after each question. */
  public Future<Attempt> check(long account, long attemptId, String questionId, Response response) {
    return save(account, attemptId, Map.of(questionId, response)).compose(a -> versions.get(a.quizVersionId())
        .compose(v -> {
          if (!ReviewPolicy.immediateFeedback(v.quiz().settings())) {
            return Future.failedFuture(new InvalidInput("check", "This quiz shows feedback after submitting, not per question."));
          }
          return attempts.lockResponse(pool, attemptId, account, questionId)
              .compose(ok -> attempts.byId(pool, attemptId)).map(java.util.Optional::orElseThrow);
        }));
  }

  /**
   * Submits once. A double click, a retry or a second tab gets the same result: the submission
   * runs under a row lock and a submitted attempt is returned as it is.
   */
  public Future<Attempt> submit(long account, long attemptId, Map<String, Response> lastAnswers) {
    return submission.submit(attemptId, account, lastAnswers, Submission.BY_LEARNER);
  }

  public Future<QuizVersion> version(Attempt a) {
    return versions.get(a.quizVersionId());
  }

  public Future<List<AttemptRepository.Summary>> history(long account, String quizId) {
    return attempts.submittedOf(pool, account, quizId);
  }

  private Future<Attempt> expireIfDue(Attempt a) {
    if (!a.submitted() && !TimeLimit.accepting(a.deadline(), clock.instant())) {
      return submission.submit(a.id(), a.accountId(), Map.of(), Submission.BY_TIME_LIMIT);
    }
    return Future.succeededFuture(a);
  }

  /** Responses may only name questions of this attempt, and must fit their question's type. */
  static void validate(Quiz quiz, Attempt a, Map<String, Response> responses) {
    List<String> asked = AttemptQuestions.answerableIds(quiz, a.plan());
    for (Map.Entry<String, Response> e : responses.entrySet()) {
      if (!asked.contains(e.getKey())) {
        throw new InvalidInput("responses." + e.getKey(), "Question \"" + e.getKey() + "\" is not part of this attempt.");
      }
      Question q = quiz.question(e.getKey()).orElseThrow();
      ResponseCheck.check(q, e.getValue(), quiz.settings().certaintyBasedMarking());
    }
  }

  private static NotFound notFound(long attemptId) {
    return new NotFound("There is no attempt " + attemptId + " of yours.");
  }
}
