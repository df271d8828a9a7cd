package io.cairn.auth;

import java.util.Set;

/** The signed-in person of a request. */
public record CurrentUser(long id, String email, String displayName, Set<Role> roles) {

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isAdmin() {
    return roles.contains(Role.ADMIN);
  }

  public boolean isTutor() {
    return roles.contains(Role.TUTOR) || roles.contains(Role.ADMIN);
  }

  public boolean isSupervisor() {
    return roles.contains(Role.SUPERVISOR);
  }
}
