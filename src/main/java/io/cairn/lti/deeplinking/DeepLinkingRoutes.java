package io.cairn.lti.deeplinking;

import io.cairn.auth.CurrentUser;
import io.cairn.auth.SessionAuth;
import io.cairn.content.Catalog;
import io.cairn.errors.Conflict;
import io.cairn.errors.Forbidden;
import io.cairn.errors.NotFound;
import io.cairn.lti.ToolEndpoints;
import io.cairn.lti.keys.ToolKeys;
import io.cairn.lti.registration.Origins;
import io.cairn.web.Pages;
import io.cairn.web.SecurityHeaders;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deep Linking 2.0. An LtiDeepLinkingRequest lands (verified, its user provisioned) on
 * {@code /lti/deep-linking/<lti_launch id>?lt=…}: the picker of modules and quizzes. The choice
 * (or "add nothing") becomes a signed LtiDeepLinkingResponse, posted by the browser to the
 * platform's deep_link_return_url. Only the person who launched, as an instructor, may use a
 * deep-linking launch, and only once.
 */
public final class DeepLinkingRoutes {
  static final String FIELD_ITEM = "item";
  static final String FIELD_CANCEL = "cancel";
  private static final Logger LOG = LoggerFactory.getLogger(DeepLinkingRoutes.class);

  private final Pages pages;
  private final Supplier<Catalog> catalog;
  private final ToolEndpoints tool;
  private final ToolKeys keys;
  private final DeepLinkingLaunches launches;
  private final Clock clock;

  private DeepLinkingRoutes(Pages pages, Supplier<Catalog> catalog, ToolEndpoints tool, ToolKeys keys,
      DeepLinkingLaunches launches, Clock clock) {
    this.pages = pages;
    this.catalog = catalog;
    this.tool = tool;
    this.keys = keys;
    this.launches = launches;
    this.clock = clock;
  }

  public static void mount(Router root, Pages pages, Supplier<Catalog> catalog, ToolEndpoints tool, ToolKeys keys,
      DeepLinkingLaunches launches, Clock clock) {
    DeepLinkingRoutes r = new DeepLinkingRoutes(pages, catalog, tool, keys, launches, clock);
    root.get(ToolEndpoints.DEEP_LINKING_PATH + "/:launchId").handler(r::picker);
    root.post(ToolEndpoints.DEEP_LINKING_PATH + "/:launchId").handler(r::respond);
  }

  private void picker(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    usable(ctx, user).onSuccess(l -> render(ctx, l, List.of(), null, 200)).onFailure(ctx::fail);
  }

  private void respond(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    boolean cancel = ctx.request().getFormAttribute(FIELD_CANCEL) != null;
    List<String> values = cancel ? List.of() : ctx.request().formAttributes().getAll(FIELD_ITEM);
    usable(ctx, user).compose(l -> {
      List<PickerOptions.Option> picked = new ArrayList<>();
      Set<String> unique = new LinkedHashSet<>(values);
      for (String v : unique) {
        PickerOptions.find(catalog.get(), v).ifPresent(picked::add);
      }
      DeepLinkingSettings s = l.settings();
      String problem = cancel ? null : picked.isEmpty() ? "Choose a module or a quiz to add, or add nothing."
          : picked.size() > 1 && !s.acceptMultiple() ? "Your course accepts one item at a time: choose one." : null;
      if (problem != null) {
        render(ctx, l, new ArrayList<>(unique), problem, 400);
        return Future.succeededFuture();
      }
      List<Map<String, Object>> items = ContentItems.of(picked, tool, s.acceptLineItem());
      return keys.signingKey().compose(key -> {
        String jwt = DeepLinkingResponse.sign(DeepLinkingResponse.claims(l.clientId(), l.issuer(), l.deploymentId(),
            s, items, clock.instant()), key);
        return launches.use(l.id(), user.id(), items).map(first -> {
          if (!first) {
            throw used();
          }
          LOG.info("Deep-linking launch {} answered with {} item(s) by account {}", l.id(), items.size(), user.id());
          ctx.put(SecurityHeaders.FORM_ACTION_KEY, Origins.of(s.returnUrl()).orElseThrow());
          pages.render(ctx, "lti/deep-linking-return", "Returning to your course", Map.of("returnUrl", s.returnUrl(),
              "jwt", jwt, "count", items.size(), "titles", picked.stream().map(PickerOptions.Option::title).toList()));
          return null;
        });
      });
    }).onFailure(ctx::fail);
  }

  /** The launch, if this person may answer it now. */
  private Future<DeepLinkingLaunch> usable(RoutingContext ctx, CurrentUser user) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("launchId"));
    } catch (NumberFormatException e) {
      return Future.failedFuture(new NotFound("There is no deep-linking launch at this address."));
    }
    return launches.byId(id).map(found -> {
      DeepLinkingLaunch l = found.filter(x -> x.accountId() == user.id() && x.deepLinking())
          .orElseThrow(() -> new NotFound("There is no deep-linking launch " + id + " of yours."));
      if (!l.instructor()) {
        throw new Forbidden("Adding Cairn content to a course is for its instructors.");
      }
      if (l.used()) {
        throw used();
      }
      if (l.expired(clock.instant())) {
        throw new Conflict("This deep-linking launch is more than an hour old. Start again from your course.");
      }
      DeepLinkingSettings s = l.settings();
      if (Origins.of(s.returnUrl()).isEmpty()) {
        throw new Conflict("The platform's deep_link_return_url is not an http(s) address: Cairn cannot answer it.");
      }
      if (!s.acceptsResourceLinks()) {
        throw new Conflict("Your course accepts " + String.join(", ", s.acceptTypes())
            + " from this tool, but Cairn offers LTI resource links (ltiResourceLink) only.");
      }
      return l;
    });
  }

  private void render(RoutingContext ctx, DeepLinkingLaunch l, List<String> chosen, String error, int status) {
    DeepLinkingSettings s = l.settings();
    Map<String, Object> data = new HashMap<>();
    data.put("action", ToolEndpoints.DEEP_LINKING_PATH + "/" + l.id());
    data.put("multiple", s.acceptMultiple());
    data.put("modules", views(PickerOptions.modules(catalog.get()), chosen));
    data.put("quizzes", views(PickerOptions.quizzes(catalog.get()), chosen));
    data.put("lineItems", s.acceptLineItem());
    if (error != null) {
      data.put("error", error);
    }
    ctx.response().setStatusCode(status);
    pages.render(ctx, "lti/deep-linking", "Add Cairn content to your course", data);
  }

  private static List<Map<String, Object>> views(List<PickerOptions.Option> options, List<String> chosen) {
    return options.stream().map(o -> {
      Map<String, Object> v = new HashMap<>();
      v.put("value", o.value());
      v.put("key", o.value().replaceAll("[^A-Za-z0-9_-]", "-"));
      v.put("title", o.title());
      v.put("summary", o.summary());
      v.put("moduleTitle", o.moduleTitle());
      v.put("minutes", o.cpdMinutes());
      v.put("passMark", o.passMarkPercent());
      v.put("checked", chosen.contains(o.value()));
      return v;
    }).toList();
  }

  private static Conflict used() {
    return new Conflict("This deep-linking launch has already been answered. To add more, start again from your course.");
  }
}
