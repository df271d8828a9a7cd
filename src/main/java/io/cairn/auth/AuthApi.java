package io.cairn.auth;

import io.cairn.errors.InvalidInput;
import io.cairn.web.JsonBody;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;

/**
 * Accounts and sessions as JSON, for integrations and scripts: the session cookie is set as for
 * the web pages, and the answer carries the CSRF token to send as X-CSRF-Token on later calls.
 */
public final class AuthApi {
  private final AccountRepository accounts;
  private final SessionRepository sessions;
  private final SessionAuth auth;
  private final Csrf csrf;
  private final PasswordHasher hasher;

  private AuthApi(AccountRepository accounts, SessionRepository sessions, SessionAuth auth, Csrf csrf, PasswordHasher hasher) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.auth = auth;
    this.csrf = csrf;
    this.hasher = hasher;
  }

  public static void mount(Router root, Vertx vertx, AccountRepository accounts, SessionRepository sessions,
      SessionAuth auth, Csrf csrf) {
    AuthApi api = new AuthApi(accounts, sessions, auth, csrf, new PasswordHasher(vertx));
    root.post("/api/accounts").handler(api::create);
    root.post("/api/session").handler(api::signIn);
    root.get("/api/session").handler(api::current);
  }

  private void create(RoutingContext ctx) {
    JsonObject body = JsonBody.body(ctx);
    SignUp input = SignUp.checked(body.getString("name"), body.getString("email"), body.getString("password"));
    hasher.hash(input.password())
        .compose(hash -> accounts.create(input.email(), input.name(), hash, Set.of(Role.LEARNER)))
        .compose(id -> sessions.create(id).map(token -> {
          ctx.response().addCookie(auth.sessionCookie(token));
          return new JsonObject().put("id", id).put("email", input.email()).put("csrfToken", csrf.tokenForSession(token));
        }))
        .onSuccess(json -> ctx.response().setStatusCode(201).putHeader("Content-Type", "application/json").end(json.encode()))
        .onFailure(ctx::fail);
  }

  private void signIn(RoutingContext ctx) {
    JsonObject body = JsonBody.body(ctx);
    String email = SignUp.normaliseEmail(body.getString("email"));
    String password = body.getString("password");
    if (email == null || password == null || password.length() > PasswordPolicy.MAX_LENGTH) {
      throw new InvalidInput("email", "Send {\"email\": ..., \"password\": ...}.");
    }
    accounts.credentials(email)
        .compose(found -> hasher.matches(password, found.map(AccountRepository.Credentials::passwordHash).orElse(null))
            .compose(ok -> ok ? sessions.create(found.get().id()) : Future.succeededFuture((String) null)))
        .onSuccess(token -> {
          if (token == null) {
            ctx.response().setStatusCode(401).putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("error", "Sign in failed")
                    .put("message", "That email address and password do not match an account.").encode());
            return;
          }
          ctx.response().addCookie(auth.sessionCookie(token));
          ctx.json(new JsonObject().put("csrfToken", csrf.tokenForSession(token)));
        })
        .onFailure(ctx::fail);
  }

  private void current(RoutingContext ctx) {
    CurrentUser user = SessionAuth.requireUser(ctx);
    ctx.json(new JsonObject().put("id", user.id()).put("email", user.email()).put("name", user.displayName())
        .put("roles", user.roles().stream().map(Role::code).sorted().toList())
        .put("csrfToken", csrf.token(ctx)));
  }
}
