package io.cairn.lti.nrps;

import io.cairn.auth.Role;
import io.cairn.lti.provisioning.RoleMapping;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A member of a course as NRPS 2.0 lists them. Roles come as the platform sends them (full URIs or
 * short names such as {@code Learner}) and are mapped like launch roles.
 */
public record Member(String userId, String name, String email, String status, List<String> roles) {

  public static Member from(JsonObject m) {
    List<String> roles = new ArrayList<>();
    if (m.getValue("roles") instanceof JsonArray a) {
      a.forEach(r -> {
        if (r instanceof String s) {
          roles.add(s);
        }
      });
    }
    String name = text(m, "name");
    if (name == null) {
      String joined = ((text(m, "given_name") == null ? "" : text(m, "given_name")) + " "
          + (text(m, "family_name") == null ? "" : text(m, "family_name"))).strip();
      name = joined.isEmpty() ? null : joined;
    }
    String status = text(m, "status");
    return new Member(text(m, "user_id"), name, text(m, "email"), status == null ? "Active" : status, List.copyOf(roles));
  }

  public Set<Role> cairnRoles() {
    return RoleMapping.map(roles);
  }

  public boolean learner() {
    return cairnRoles().contains(Role.LEARNER);
  }

  public boolean instructor() {
    Set<Role> r = cairnRoles();
    return r.contains(Role.TUTOR) || r.contains(Role.ADMIN);
  }

  public boolean active() {
    return status.equalsIgnoreCase("Active");
  }

  /** Cairn's names for the roles, e.g. "learner", "tutor". */
  public List<String> roleNames() {
    return cairnRoles().stream().map(Role::code).sorted().toList();
  }

  private static String text(JsonObject m, String field) {
    return m.getValue(field) instanceof String s && !s.isBlank() ? s.strip() : null;
  }
}
