package io.cairn.auth;

import io.cairn.errors.Forbidden;
import io.cairn.errors.InvalidInput;
import io.cairn.errors.NotFound;
import io.cairn.web.Pages;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Admins find accounts and give or take roles (tutor, supervisor, admin). */
public final class AccountAdminRoutes {
  static final String SEARCH = """
      SELECT id, email, display_name, roles, created_at FROM account
       WHERE $1 = '' OR email ILIKE '%' || $1 || '%' OR display_name ILIKE '%' || $1 || '%'
       ORDER BY created_at DESC LIMIT 50""";
  static final String GRANT = """
      UPDATE account SET roles = array_append(roles, $2) WHERE id = $1 AND NOT ($2 = ANY(roles))""";
  static final String REVOKE = "UPDATE account SET roles = array_remove(roles, $2) WHERE id = $1";
  static final String EXISTS = "SELECT 1 FROM account WHERE id = $1";

  private final Pages pages;
  private final Pool pool;
  private final SessionRepository sessions;

  private AccountAdminRoutes(Pages pages, Pool pool, SessionRepository sessions) {
    this.pages = pages;
    this.pool = pool;
    this.sessions = sessions;
  }

  public static void mount(Router root, Pages pages, Pool pool, SessionRepository sessions) {
    AccountAdminRoutes r = new AccountAdminRoutes(pages, pool, sessions);
    root.route("/admin/accounts*").handler(SessionAuth.requireRole(Role.ADMIN));
    root.get("/admin/accounts").handler(r::list);
    root.post("/admin/accounts/:id/roles").handler(r::change);
  }

  private void list(RoutingContext ctx) {
    String q = ctx.request().getParam("q") == null ? "" : ctx.request().getParam("q").strip();
    if (q.length() > 100) {
      throw new InvalidInput("q", "Search for at most 100 characters.");
    }
    String like = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    pool.preparedQuery(SEARCH).execute(Tuple.of(like)).onSuccess(rows -> {
      List<Map<String, Object>> accounts = new ArrayList<>();
      for (Row r : rows) {
        List<String> roles = Arrays.asList(r.getArrayOfStrings(3));
        Map<String, Object> a = new HashMap<>();
        a.put("id", r.getLong(0));
        a.put("email", r.getString(1) == null ? "(no email: an LTI account)" : r.getString(1));
        a.put("name", r.getString(2));
        a.put("roles", roles.stream().sorted().toList());
        a.put("missing", Arrays.stream(Role.values()).map(Role::code).filter(c -> !roles.contains(c)).toList());
        accounts.add(a);
      }
      pages.render(ctx, "admin/accounts", "Accounts and roles", Map.of("accounts", accounts, "q", q,
          "changed", ctx.request().getParam("changed") != null));
    }).onFailure(ctx::fail);
  }

  private void change(RoutingContext ctx) {
    CurrentUser admin = SessionAuth.requireUser(ctx);
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new NotFound("There is no account \"" + ctx.pathParam("id") + "\".");
    }
    Role role = Role.fromCode(String.valueOf(ctx.request().getFormAttribute("role")))
        .orElseThrow(() -> new InvalidInput("role", "The role must be one of learner, tutor, supervisor or admin."));
    boolean grant = "grant".equals(ctx.request().getFormAttribute("action"));
    if (!grant && id == admin.id() && role == Role.ADMIN) {
      throw new Forbidden("You cannot remove your own admin role: ask another admin.");
    }
    pool.preparedQuery(EXISTS).execute(Tuple.of(id))
        .compose(found -> {
          if (found.size() == 0) {
            throw new NotFound("There is no account " + id + ".");
          }
          return pool.preparedQuery(grant ? GRANT : REVOKE).execute(Tuple.of(id, role.code()));
        })
        .onSuccess(v -> {
          sessions.evictAccount(id); // the new roles apply from the person's next request
          ctx.response().setStatusCode(303).putHeader("Location", "/admin/accounts?changed=1").end();
        })
        .onFailure(ctx::fail);
  }
}
