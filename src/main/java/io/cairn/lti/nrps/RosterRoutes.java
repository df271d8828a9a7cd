package io.cairn.lti.nrps;

import io.cairn.auth.CurrentUser;
import io.cairn.auth.SessionAuth;
import io.cairn.content.Catalog;
import io.cairn.errors.Forbidden;
import io.cairn.evidence.Disclaimer;
import io.cairn.web.Pages;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The course roster for its instructors: {@code /lti/courses/<lti_context id>/roster} lists the
 * members the platform's NRPS service names (cached briefly; ?refresh=1 asks again) beside their
 * Cairn progress in the course's quizzes and modules, and {@code …/learners/<account id>} summarises
 * one member's results. Only someone who launched in that course as Instructor (ContentDeveloper,
 * Administrator) may see either. When the platform's list cannot be read, the page says so and shows
 * the members Cairn has seen launch.
 */
public final class RosterRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(RosterRoutes.class);

  private final Pages pages;
  private final Supplier<Catalog> catalog;
  private final CourseRepository courses;
  private final Memberships memberships;
  private final RosterCache cache;

  private RosterRoutes(Pages pages, Supplier<Catalog> catalog, CourseRepository courses, Memberships memberships,
      RosterCache cache) {
    this.pages = pages;
    this.catalog = catalog;
    this.courses = courses;
    this.memberships = memberships;
    this.cache = cache;
  }

  public static void mount(Router root, Pages pages, Supplier<Catalog> catalog, CourseRepository courses,
      Memberships memberships, RosterCache cache) {
    RosterRoutes r = new RosterRoutes(pages, catalog, courses, memberships, cache);
    root.get("/lti/courses/:contextRef/roster").handler(r::roster);
    root.get("/lti/courses/:contextRef/learners/:accountId").handler(r::learner);
  }

  /** The members, and a notice when they are only those Cairn has seen. */
  record Members(List<Member> list, String notice) {}

  private void roster(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    boolean refresh = "1".equals(ctx.request().getParam("refresh"));
    course(ctx, user).compose(course -> members(course, refresh).compose(members -> {
      CourseContent content = CourseContent.of(catalog.get(), course.links());
      List<String> subs = members.list().stream().map(Member::userId).toList();
      return courses.known(course.issuer(), subs).compose(known -> courses.progress(
              known.values().stream().map(CourseRepository.Known::accountId).toList(), content)
          .map(progress -> {
            Map<String, Object> data = RosterView.model(course, content, members.list(), known, progress);
            data.put("notice", members.notice());
            data.put("statement", Disclaimer.RECORD);
            data.put("refreshHref", "/lti/courses/" + course.id() + "/roster?refresh=1");
            return data;
          }));
    })).onSuccess(data -> pages.render(ctx, "lti/roster", "Roster of " + data.get("course"), data)).onFailure(ctx::fail);
  }

  private void learner(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    long accountId = number(ctx.pathParam("accountId"));
    course(ctx, user).compose(course -> courses.learner(course.id(), accountId, course.issuer()).compose(found -> {
      if (found.isEmpty()) {
        return Future.failedFuture(notMember());
      }
      CourseRepository.Learner l = found.get();
      Future<Boolean> member = l.seenInCourse() ? Future.succeededFuture(true)
          : members(course, false).map(m -> m.notice() == null && m.list().stream().anyMatch(x -> x.userId().equals(l.sub())));
      CourseContent content = CourseContent.of(catalog.get(), course.links());
      return member.compose(ok -> {
        if (!ok) {
          return Future.failedFuture(notMember());
        }
        return courses.attempts(accountId, content.quizIds()).compose(attempts ->
            courses.progress(List.of(accountId), content).map(progress ->
                LearnerView.model(course, content, l, accountId, attempts, progress)));
      });
    })).onSuccess(data -> pages.render(ctx, "lti/learner", data.get("learnerName") + " in " + data.get("course"), data))
        .onFailure(ctx::fail);
  }

  private Future<Course> course(RoutingContext ctx, CurrentUser user) {
    long id = number(ctx.pathParam("contextRef"));
    return courses.course(id, user.id()).map(found -> found.filter(Course::viewerIsInstructor).orElseThrow(() ->
        new Forbidden("The roster of a course is for those who teach it: open it from your course as its instructor.")));
  }

  private Future<Members> members(Course course, boolean refresh) {
    if (course.membershipsUrl() == null || !course.registrationEnabled()) {
      return courses.seenMembers(course.id(), course.issuer()).map(list -> new Members(list,
          "The platform does not offer its member list to Cairn (Names and Role Provisioning Services), so this "
              + "shows only the people who have opened Cairn from this course."));
    }
    return cache.get(course.id(), refresh, () -> memberships.all(course.platform(), course.membershipsUrl()))
        .map(list -> new Members(new ArrayList<>(list), null))
        .recover(err -> {
          LOG.warn("Could not read the member list of course {} from the platform", course.id(), err);
          return courses.seenMembers(course.id(), course.issuer()).map(list -> new Members(list,
              "The platform's member list could not be read just now (" + err.getMessage() + "), so this shows only "
                  + "the people who have opened Cairn from this course. Try again later."));
        });
  }

  private static long number(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new Forbidden("There is no course roster at this address.");
    }
  }

  private static Forbidden notMember() {
    return new Forbidden("This person is not a member of this course.");
  }
}
