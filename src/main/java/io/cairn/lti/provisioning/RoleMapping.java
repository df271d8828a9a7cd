package io.cairn.lti.provisioning;

import io.cairn.auth.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * LTI roles to Cairn roles. Accepts the full LIS v2 URIs (context, institution and system roles,
 * and sub-roles such as membership/Instructor#TeachingAssistant), LTI 1.1 URNs and the short
 * names some platforms send (NRPS in Moodle): Learner → learner; Instructor and ContentDeveloper
 * → tutor; Mentor → supervisor; Administrator → admin. A launch with no known role is a learner.
 */
public final class RoleMapping {
  private RoleMapping() {}

  public static Set<Role> map(List<String> ltiRoles) {
    Set<Role> out = EnumSet.noneOf(Role.class);
    for (String r : ltiRoles) {
      switch (principal(r)) {
        case "Learner", "Student" -> out.add(Role.LEARNER);
        case "Instructor", "ContentDeveloper", "Faculty", "TeachingAssistant" -> out.add(Role.TUTOR);
        case "Mentor" -> out.add(Role.SUPERVISOR);
        case "Administrator", "SysAdmin" -> out.add(Role.ADMIN);
        default -> { }
      }
    }
    if (out.isEmpty()) {
      out.add(Role.LEARNER);
    }
    return out;
  }

  /** True when one of the roles is Mentor (whose role_scope_mentor names the learners). */
  public static boolean isMentor(List<String> ltiRoles) {
    return ltiRoles.stream().anyMatch(r -> principal(r).equals("Mentor"));
  }

  /**
   * The principal role's short name: ".../membership#Instructor" → Instructor,
   * ".../membership/Instructor#TeachingAssistant" → Instructor, "urn:lti:role:ims/lis/Learner/GuestLearner"
   * → Learner, "Learner" → Learner.
   */
  static String principal(String role) {
    String r = role == null ? "" : role.strip();
    int sub = r.indexOf("/membership/");
    if (sub >= 0) {
      String rest = r.substring(sub + "/membership/".length());
      int hash = rest.indexOf('#');
      return hash >= 0 ? rest.substring(0, hash) : rest;
    }
    int hash = r.lastIndexOf('#');
    if (hash >= 0) {
      return r.substring(hash + 1);
    }
    for (String urn : new String[] {"urn:lti:role:ims/lis/", "urn:lti:instrole:ims/lis/", "urn:lti:sysrole:ims/lis/"}) {
      if (r.startsWith(urn)) {
        String rest = r.substring(urn.length());
        int slash = rest.indexOf('/');
        return slash >= 0 ? rest.substring(0, slash) : rest;
      }
    }
    return r;
  }
}
