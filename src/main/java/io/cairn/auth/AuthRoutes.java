package io.cairn.auth;

import io.cairn.errors.Conflict;
import io.cairn.errors.InvalidInput;
import io.cairn.web.Pages;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Sign up, sign in and sign out with email and password. */
public final class AuthRoutes {
  private final Pages pages;
  private final AccountRepository accounts;
  private final SessionRepository sessions;
  private final SessionAuth auth;
  private final PasswordHasher hasher;

  private AuthRoutes(Pages pages, AccountRepository accounts, SessionRepository sessions,
      SessionAuth auth, PasswordHasher hasher) {
    this.pages = pages;
    this.accounts = accounts;
    this.sessions = sessions;
    this.auth = auth;
    this.hasher = hasher;
  }

  public static void mount(Router root, Vertx vertx, Pages pages, AccountRepository accounts,
      SessionRepository sessions, SessionAuth auth) {
    AuthRoutes r = new AuthRoutes(pages, accounts, sessions, auth, new PasswordHasher(vertx));
    root.get("/signup").handler(ctx -> r.signUpForm(ctx, Map.of(), 200));
    root.post("/signup").handler(r::signUp);
    root.get("/signin").handler(ctx -> r.signInForm(ctx, Map.of(), 200));
    root.post("/signin").handler(r::signIn);
    root.post("/signout").handler(r::signOut);
  }

  private void signUpForm(RoutingContext ctx, Map<String, Object> extra, int status) {
    Map<String, Object> data = new HashMap<>(extra);
    data.put("next", safeNext(param(ctx, "next")));
    data.put("minLength", PasswordPolicy.MIN_LENGTH);
    ctx.response().setStatusCode(status);
    pages.render(ctx, "auth/signup", "Create an account", data);
  }

  private void signInForm(RoutingContext ctx, Map<String, Object> extra, int status) {
    Map<String, Object> data = new HashMap<>(extra);
    data.put("next", safeNext(param(ctx, "next")));
    ctx.response().setStatusCode(status);
    pages.render(ctx, "auth/signin", "Sign in", data);
  }

  private void signUp(RoutingContext ctx) {
    String rawEmail = ctx.request().getFormAttribute("email");
    String rawName = ctx.request().getFormAttribute("name");
    Map<String, Object> echo = Map.of("email", rawEmail == null ? "" : rawEmail.strip(),
        "name", rawName == null ? "" : rawName.strip());
    SignUp input;
    try {
      input = SignUp.checked(rawName, rawEmail, ctx.request().getFormAttribute("password"));
    } catch (InvalidInput e) {
      signUpForm(ctx, withError(echo, e.field(), e.getMessage()), 400);
      return;
    }
    hasher.hash(input.password())
        .compose(hash -> accounts.create(input.email(), input.name(), hash, Set.of(Role.LEARNER)))
        .compose(sessions::create)
        .onSuccess(token -> startSession(ctx, token))
        .onFailure(err -> {
          if (err instanceof Conflict c) {
            signUpForm(ctx, withError(echo, "email", c.getMessage()), 409);
          } else {
            ctx.fail(err);
          }
        });
  }

  private void signIn(RoutingContext ctx) {
    String email = SignUp.normaliseEmail(ctx.request().getFormAttribute("email"));
    String password = ctx.request().getFormAttribute("password");
    Map<String, Object> echo = Map.of("email", email == null ? "" : email);
    if (email == null || password == null || password.isEmpty() || password.length() > PasswordPolicy.MAX_LENGTH) {
      signInForm(ctx, withError(echo, "email", "Enter your email address and password."), 400);
      return;
    }
    accounts.credentials(email)
        .compose(found -> hasher.matches(password, found.map(AccountRepository.Credentials::passwordHash).orElse(null))
            .compose(ok -> ok ? sessions.create(found.get().id()) : Future.succeededFuture((String) null)))
        .onSuccess(token -> {
          if (token == null) {
            signInForm(ctx, withError(echo, "email", "That email address and password do not match an account."), 401);
          } else {
            startSession(ctx, token);
          }
        })
        .onFailure(ctx::fail);
  }

  private void signOut(RoutingContext ctx) {
    String token = SessionAuth.sessionToken(ctx);
    Future<Void> done = token == null ? Future.succeededFuture() : sessions.delete(token);
    done.onSuccess(v -> {
      ctx.response().removeCookie(SessionAuth.COOKIE);
      ctx.response().setStatusCode(303).putHeader("Location", "/?signedout=1").end();
    }).onFailure(ctx::fail);
  }

  private void startSession(RoutingContext ctx, String token) {
    ctx.response().addCookie(auth.sessionCookie(token));
    ctx.response().setStatusCode(303)
        .putHeader("Location", safeNext(ctx.request().getFormAttribute("next")))
        .end();
  }

  private static Map<String, Object> withError(Map<String, Object> echo, String field, String message) {
    Map<String, Object> data = new HashMap<>(echo);
    data.put("error", message);
    data.put("errorField", field);
    return data;
  }

  /** Only paths on this site: never an absolute or protocol-relative URL (an open redirect). */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
        || next.length() > 500 || next.chars().anyMatch(Character::isISOControl)) {
      return "/";
    }
    return next;
  }

  private static String param(RoutingContext ctx, String name) {
    String v = ctx.request().getParam(name);
    return v == null ? ctx.request().getFormAttribute(name) : v;
  }
}
