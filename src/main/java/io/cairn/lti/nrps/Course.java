package io.cairn.lti.nrps;

import io.cairn.auth.Role;
import io.cairn.lti.ags.PlatformClient;
import io.cairn.lti.provisioning.RoleMapping;
import java.util.List;
import java.util.Set;

/**
 * A course (lti_context) as its roster page needs it, with the viewer's roles in it (empty when
 * Cairn has never seen them launch there).
 *
 * @param links the (module id, quiz id) pairs of the course's resource links
 */
public record Course(long id, String title, String label, String membershipsUrl, String issuer,
    boolean registrationEnabled, PlatformClient platform, List<String> viewerRoles, List<Placement> links) {

  /** What one resource link opens. */
  public record Placement(String moduleId, String quizId) {}

  /** Instructor (or ContentDeveloper, or Administrator) of this course, by what the platform said at launch. */
  public boolean instructorIs(List<String> roles) {
    if (roles.isEmpty()) {
      return false;
    }
    Set<Role> mapped = RoleMapping.map(roles);
    return mapped.contains(Role.TUTOR) || mapped.contains(Role.ADMIN);
  }

  public boolean viewerIsInstructor() {
    return instructorIs(viewerRoles);
  }

  public String name() {
    return title != null && !title.isBlank() ? title : label != null && !label.isBlank() ? label : "Course " + id;
  }
}
