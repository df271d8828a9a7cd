package io.cairn.lti.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.auth.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleMappingTest {
  static final String M = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

  @Test
  void mapsFullUris() {
    assertThat(RoleMapping.map(List.of(M + "Learner"))).containsExactly(Role.LEARNER);
    assertThat(RoleMapping.map(List.of(M + "Instructor"))).containsExactly(Role.TUTOR);
    assertThat(RoleMapping.map(List.of(M + "ContentDeveloper"))).containsExactly(Role.TUTOR);
    assertThat(RoleMapping.map(List.of(M + "Mentor"))).containsExactly(Role.SUPERVISOR);
    assertThat(RoleMapping.map(List.of(M + "Administrator"))).containsExactly(Role.ADMIN);
    assertThat(RoleMapping.map(List.of("http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator")))
        .containsExactly(Role.ADMIN);
    assertThat(RoleMapping.map(List.of("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student")))
        .containsExactly(Role.LEARNER);
  }

  @Test
  void mapsShortNamesSubRolesAndLegacyUrns() {
    assertThat(RoleMapping.map(List.of("Learner", "Instructor"))).containsExactlyInAnyOrder(Role.LEARNER, Role.TUTOR);
    assertThat(RoleMapping.map(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant")))
        .containsExactly(Role.TUTOR);
    assertThat(RoleMapping.map(List.of("urn:lti:role:ims/lis/Mentor/Advisor"))).containsExactly(Role.SUPERVISOR);
    assertThat(RoleMapping.isMentor(List.of("Mentor"))).isTrue();
    assertThat(RoleMapping.isMentor(List.of(M + "Learner"))).isFalse();
  }

  @Test
  void aLaunchWithoutAKnownRoleIsALearner() {
    assertThat(RoleMapping.map(List.of())).containsExactly(Role.LEARNER);
    assertThat(RoleMapping.map(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Member"))).containsExactly(Role.LEARNER);
  }
}
