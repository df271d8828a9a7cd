package io.cairn.evidence.cpd;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.testing.Browser;
import io.cairn.testing.Sql;
import io.cairn.testing.TestServer;
import java.util.Map;

/** A supervisor linked to a learner, attesting through the pages, as a real one would. */
public final class Supervisors {
  private Supervisors() {}

  public static Browser admin(TestServer server) {
    Browser admin = new Browser(server.cairn().vertx(), server.baseUrl());
    assertThat(admin.signIn(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD).statusCode()).isEqualTo(303);
    return admin;
  }

  /** Signs up, gets the supervisor role from the admin, invites the learner, who accepts. */
  public static Browser linked(TestServer server, String name, String email, ModuleOne.Learner learner) {
    Browser sup = new Browser(server.cairn().vertx(), server.baseUrl());
    assertThat(sup.signUp(name, email, ModuleOne.PASSWORD).statusCode()).isEqualTo(303);
    long id = ((Number) Sql.single(server, "SELECT id FROM account WHERE email = '" + email + "'")).longValue();
    Browser admin = admin(server);
    admin.get("/admin/accounts");
    assertThat(admin.post("/admin/accounts/" + id + "/roles", Map.of("role", "supervisor", "action", "grant"))
        .statusCode()).isEqualTo(303);
    sup.get("/supervision");
    assertThat(sup.post("/supervision/invitations", Map.of("email", learner.email())).statusCode()).isEqualTo(303);
    String accept = learner.web().page("/supervision").select("form[action$=/accept]").attr("action");
    assertThat(learner.web().post(accept, Map.of()).statusCode()).isEqualTo(303);
    return sup;
  }

  public static void attest(Browser sup, ModuleOne.Learner learner, String competence, String statement) {
    String page = "/supervision/learners/" + learner.id() + "/competences/" + competence;
    sup.get(page);
    String yesterday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
    var r = sup.post(page + "/attestations", Map.of("level", "does", "basis", "observed_session",
        "observed_on", yesterday, "rating", "demonstrated", "statement", statement));
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(303);
  }
}
