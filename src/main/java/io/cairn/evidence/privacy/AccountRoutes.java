package io.cairn.evidence.privacy;

import io.cairn.auth.CurrentUser;
import io.cairn.auth.PasswordHasher;
import io.cairn.auth.Role;
import io.cairn.auth.SessionAuth;
import io.cairn.auth.SessionRepository;
import io.cairn.errors.InvalidInput;
import io.cairn.evidence.Disclaimer;
import io.cairn.web.Pages;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** The person's own account: what it holds, "download all my data", and "erase my account". */
public final class AccountRoutes {
  static final String PASSWORD_HASH = "SELECT password_hash FROM account WHERE id = $1";
  static final int MAX_PASSWORD = 1000;

  private final Pages pages;
  private final Pool pool;
  private final PasswordHasher hasher;
  private final Erasure erasure;
  private final SessionRepository sessions;
  private final Clock clock;

  private AccountRoutes(Vertx vertx, Pages pages, Pool pool, SessionRepository sessions, Clock clock) {
    this.pages = pages;
    this.pool = pool;
    this.hasher = new PasswordHasher(vertx);
    this.erasure = new Erasure(pool);
    this.sessions = sessions;
    this.clock = clock;
  }

  public static void mount(Router root, Vertx vertx, Pages pages, Pool pool, SessionRepository sessions, Clock clock) {
    AccountRoutes r = new AccountRoutes(vertx, pages, pool, sessions, clock);
    root.get("/account").handler(ctx -> r.page(ctx, Map.of(), 200));
    root.get("/account/export.json").handler(r::export);
    root.post("/account/erase").handler(r::erase);
    root.get("/account/erased").handler(ctx -> r.pages.render(ctx, "account/erased", "Your account is erased", Map.of()));
  }

  private void page(RoutingContext ctx, Map<String, Object> extra, int status) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    Map<String, Object> data = new HashMap<>(extra);
    data.put("account", user);
    data.put("roles", user.roles().stream().map(Role::code).sorted().toList());
    ctx.response().setStatusCode(status);
    pages.render(ctx, "account/account", "Your account", data);
  }

  private void export(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    PersonalData.export(pool, user.id()).onSuccess(data -> {
      JsonObject out = new JsonObject()
          .put("statement", Disclaimer.RECORD)
          .put("about", "Everything Cairn holds about you, as stored. See the account page for what erasure keeps.")
          .put("exportedAt", clock.instant().toString())
          .mergeIn(data);
      String day = clock.instant().atZone(ZoneOffset.UTC).toLocalDate().toString();
      ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
          .putHeader("Content-Disposition", "attachment; filename=\"cairn-my-data-" + day + ".json\"")
          .end(out.encodePrettily());
    }).onFailure(ctx::fail);
  }

  /** Confirmed by the account's password; a wrong one changes nothing. */
  private void erase(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    String password = ctx.request().getFormAttribute("password");
    if (password == null || password.isEmpty() || password.length() > MAX_PASSWORD) {
      page(ctx, refusal("Type your password to confirm that you want your account erased. Nothing was erased."), 400);
      return;
    }
    pool.preparedQuery(PASSWORD_HASH).execute(Tuple.of(user.id())).compose(rows -> {
      String hash = rows.size() == 0 ? null : rows.iterator().next().getString(0);
      if (hash == null) {
        throw new InvalidInput("password", "This account has no password here (it signs in through a learning "
            + "platform), so it cannot confirm erasure this way. Ask an administrator to erase it. Nothing was erased.");
      }
      return hasher.matches(password, hash);
    }).compose(ok -> ok ? erasure.erase(user.id()).map(true) : Future.succeededFuture(false)).onSuccess(erased -> {
      if (!erased) {
        page(ctx, refusal("That password is not right, so your account was not erased. Nothing was changed."), 403);
        return;
      }
      sessions.evictAccount(user.id()); // no cached look-up may outlive the erased sessions
      ctx.response().removeCookie(SessionAuth.COOKIE);
      ctx.response().setStatusCode(303).putHeader("Location", "/account/erased").end();
    }).onFailure(err -> {
      if (err instanceof InvalidInput e) {
        page(ctx, refusal(e.getMessage()), 400);
      } else {
        ctx.fail(err);
      }
    });
  }

  private static Map<String, Object> refusal(String message) {
    return Map.of("error", message, "errorField", "password");
  }
}
