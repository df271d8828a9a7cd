package io.cairn.lti.admin;

import io.cairn.auth.CurrentUser;
import io.cairn.auth.Role;
import io.cairn.auth.SessionAuth;
import io.cairn.errors.Conflict;
import io.cairn.errors.InvalidInput;
import io.cairn.lti.ToolEndpoints;
import io.cairn.lti.keys.ToolKey;
import io.cairn.lti.keys.ToolKeys;
import io.cairn.lti.registration.Registration;
import io.cairn.lti.registration.RegistrationInput;
import io.cairn.lti.registration.RegistrationInvites;
import io.cairn.lti.registration.RegistrationRepository;
import io.cairn.web.Pages;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /admin/lti: platform registrations (add, edit, enable, disable), one-time Dynamic Registration
 * URLs, the tool's keys, and Cairn's LTI addresses.
 */
public final class LtiAdminRoutes {
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");
  static final List<String> FIELDS = List.of("name", "issuer", "client_id", "auth_login_url", "token_url",
      "keyset_url", "deployment_ids", "frame_origins");

  private final Pages pages;
  private final RegistrationRepository registrations;
  private final RegistrationInvites invites;
  private final ToolKeys keys;
  private final ToolEndpoints tool;
  private final boolean allowHttp;

  private LtiAdminRoutes(Pages pages, RegistrationRepository registrations, RegistrationInvites invites,
      ToolKeys keys, ToolEndpoints tool, boolean allowHttp) {
    this.pages = pages;
    this.registrations = registrations;
    this.invites = invites;
    this.keys = keys;
    this.tool = tool;
    this.allowHttp = allowHttp;
  }

  public static void mount(Router root, Pages pages, RegistrationRepository registrations,
      RegistrationInvites invites, ToolKeys keys, ToolEndpoints tool, boolean allowHttp) {
    LtiAdminRoutes r = new LtiAdminRoutes(pages, registrations, invites, keys, tool, allowHttp);
    root.route("/admin/lti*").handler(SessionAuth.requireRole(Role.ADMIN));
    root.get("/admin/lti").handler(r::overview);
    root.get("/admin/lti/registrations/new").handler(ctx -> r.form(ctx, null, Map.of(), Map.of(), 200));
    root.post("/admin/lti/registrations").handler(ctx -> r.save(ctx, null));
    root.get("/admin/lti/registrations/:id").handler(r::edit);
    root.post("/admin/lti/registrations/:id").handler(ctx -> r.save(ctx, id(ctx)));
    root.post("/admin/lti/registrations/:id/status").handler(r::status);
    root.post("/admin/lti/keys/rotate").handler(r::rotate);
    root.post("/admin/lti/registration-urls").handler(r::createRegistrationUrl);
  }

  private void overview(RoutingContext ctx) {
    Future.all(registrations.all(), keys.all(), invites.recent()).onSuccess(all -> {
      List<Registration> regs = all.resultAt(0);
      List<ToolKey> toolKeys = all.resultAt(1);
      List<RegistrationInvites.Invite> recentInvites = all.resultAt(2);
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      Map<String, Object> data = new HashMap<>();
      data.put("registrations", regs.stream().map(LtiAdminRoutes::row).toList());
      data.put("keys", toolKeys.stream().map(k -> Map.of("kid", k.kid(), "created", utc(k.createdAt()), "active", k.active(),
          "published", k.published(now, ToolKeys.RETENTION),
          "retired", k.retiredAt() == null ? "" : utc(k.retiredAt())))
          .toList());
      data.put("invites", recentInvites.stream().map(i -> inviteRow(i, now)).toList());
      data.put("tool", tool);
      data.put("notice", noticeText(ctx.request().getParam("done")));
      data.put("retentionHours", ToolKeys.RETENTION.toHours());
      pages.render(ctx, "admin/lti", "LTI platforms", data);
    }).onFailure(ctx::fail);
  }

  private static Map<String, Object> inviteRow(RegistrationInvites.Invite i, OffsetDateTime now) {
    String state = i.usedAt() != null
        ? "used " + utc(i.usedAt()) + (i.registrationName() == null ? " (registering)" : " by " + i.registrationName())
        : i.expiresAt().isBefore(now) ? "expired" : "unused, valid until " + utc(i.expiresAt());
    return Map.of("created", utc(i.createdAt()), "by", i.createdBy() == null ? "a deleted account" : i.createdBy(),
        "state", state);
  }

  private static String utc(OffsetDateTime t) {
    return WHEN.format(t.withOffsetSameInstant(ZoneOffset.UTC));
  }

  /** The token is shown on this one page and never again: only its hash is kept. */
  private void createRegistrationUrl(RoutingContext ctx) {
    CurrentUser admin = SessionAuth.user(ctx).orElseThrow();
    invites.create(admin.id()).onSuccess(token -> {
      Map<String, Object> data = new HashMap<>();
      data.put("url", tool.register() + "/" + token);
      data.put("lifetimeDays", RegistrationInvites.LIFETIME.toDays());
      pages.render(ctx, "admin/lti-registration-url", "A registration URL for one platform", data);
    }).onFailure(ctx::fail);
  }

  private static Map<String, Object> row(Registration r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("name", r.name());
    m.put("issuer", r.issuer());
    m.put("clientId", r.clientId());
    m.put("status", r.statusCode());
    m.put("enabled", r.enabled());
    m.put("source", r.source());
    m.put("deployments", String.join(", ", r.deploymentIds()));
    m.put("origins", String.join(" ", r.frameOrigins()));
    m.put("created", utc(r.createdAt()));
    return m;
  }

  private void edit(RoutingContext ctx) {
    registrations.require(id(ctx)).onSuccess(r -> {
      Map<String, String> values = new HashMap<>();
      values.put("name", r.name());
      values.put("issuer", r.issuer());
      values.put("client_id", r.clientId());
      values.put("auth_login_url", r.authLoginUrl());
      values.put("token_url", r.tokenUrl());
      values.put("keyset_url", r.keysetUrl());
      values.put("deployment_ids", String.join("\n", r.deploymentIds()));
      values.put("frame_origins", String.join("\n", r.frameOrigins()));
      form(ctx, r, values, Map.of(), 200);
    }).onFailure(ctx::fail);
  }

  private void form(RoutingContext ctx, Registration existing, Map<String, String> values, Map<String, String> errors,
      int status) {
    Map<String, Object> data = new HashMap<>();
    data.put("values", values);
    data.put("errors", errors);
    data.put("hasErrors", !errors.isEmpty());
    data.put("errorList", errors.entrySet().stream().map(e -> Map.of("field", e.getKey(), "message", e.getValue())).toList());
    data.put("action", existing == null ? "/admin/lti/registrations" : "/admin/lti/registrations/" + existing.id());
    data.put("existing", existing);
    data.put("tool", tool);
    ctx.response().setStatusCode(status);
    pages.render(ctx, "admin/lti-registration", existing == null ? "Register a platform" : "Edit " + existing.name(), data);
  }

  private void save(RoutingContext ctx, Long id) {
    Map<String, String> values = new HashMap<>();
    FIELDS.forEach(f -> values.put(f, ctx.request().getFormAttribute(f) == null ? "" : ctx.request().getFormAttribute(f)));
    RegistrationInput input;
    try {
      input = RegistrationInput.parse(values::get, allowHttp);
    } catch (RegistrationInput.Problems p) {
      form(ctx, id == null ? null : placeholder(id), values, p.byField(), 400);
      return;
    }
    Future<?> saved = id == null
        ? registrations.insert(input, Registration.Status.ENABLED, "manual", null, null)
        : registrations.update(id, input);
    saved.onSuccess(v -> done(ctx, id == null ? "created" : "saved")).onFailure(err -> {
      if (err instanceof Conflict c) {
        form(ctx, id == null ? null : placeholder(id), values, Map.of("client_id", c.getMessage()), 409);
      } else {
        ctx.fail(err);
      }
    });
  }

  private void status(RoutingContext ctx) {
    String to = ctx.request().getFormAttribute("status");
    if (!"enabled".equals(to) && !"disabled".equals(to)) {
      ctx.fail(new InvalidInput("status", "The status must be enabled or disabled."));
      return;
    }
    registrations.setStatus(id(ctx), Registration.Status.fromCode(to)).onSuccess(v -> done(ctx, to))
        .onFailure(ctx::fail);
  }

  private void rotate(RoutingContext ctx) {
    keys.rotate().onSuccess(kid -> done(ctx, "rotated")).onFailure(ctx::fail);
  }

  private static void done(RoutingContext ctx, String what) {
    ctx.response().setStatusCode(303).putHeader("Location", "/admin/lti?done=" + what).end();
  }

  private static String noticeText(String done) {
    if (done == null) {
      return "";
    }
    return switch (done) {
      case "created" -> "The platform is registered and enabled.";
      case "saved" -> "The registration is saved.";
      case "enabled" -> "The registration is enabled: its platform can launch Cairn.";
      case "disabled" -> "The registration is disabled: its launches are refused.";
      case "rotated" -> "A new key signs from now on; the old one stays published for " + ToolKeys.RETENTION.toHours() + " hours.";
      default -> "";
    };
  }

  /** For the title and action of a form shown again with errors. */
  private static Registration placeholder(long id) {
    return new Registration(id, "registration " + id, "", "", "", "", "", List.of(), Registration.Status.ENABLED,
        "manual", List.of(), OffsetDateTime.now(ZoneOffset.UTC));
  }

  private static long id(RoutingContext ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new io.cairn.errors.NotFound("There is no LTI registration " + ctx.pathParam("id") + ".");
    }
  }
}
