package io.cairn.lti.nrps;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class MemberTest {
  @Test
  void shortAndFullRoleNamesMapAlike() {
    Member shortNames = Member.from(new JsonObject("{\"user_id\":\"u1\",\"name\":\"Ann\",\"roles\":[\"Instructor\"]}"));
    Member full = Member.from(new JsonObject("{\"user_id\":\"u2\",\"roles\":"
        + "[\"http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor\"]}"));
    assertThat(shortNames.instructor()).isTrue();
    assertThat(full.instructor()).isTrue();
    assertThat(Member.from(new JsonObject("{\"user_id\":\"u3\",\"roles\":[\"Learner\"]}")).learner()).isTrue();
    assertThat(Member.from(new JsonObject("{\"user_id\":\"u4\",\"roles\":[\"Mentor\"]}")).roleNames()).containsExactly("supervisor");
  }

  @Test
  void nameFromGivenAndFamilyNameAndActiveByDefault() {
    Member m = Member.from(new JsonObject("{\"user_id\":\"u5\",\"given_name\":\"Bo\",\"family_name\":\"Li\",\"roles\":[]}"));
    assertThat(m.name()).isEqualTo("Bo Li");
    assertThat(m.active()).isTrue();
    assertThat(Member.from(new JsonObject("{\"user_id\":\"u6\",\"status\":\"Inactive\"}")).active()).isFalse();
  }

  @Test
  void rosterCellsShowPercentWithoutNeedlessDecimals() {
    assertThat(RosterView.percent(70.0)).isEqualTo("70");
    assertThat(RosterView.percent(66.67)).isEqualTo("66.7");
    assertThat(RosterView.shortRole("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner")).isEqualTo("Learner");
    assertThat(RosterView.shortRole("Learner")).isEqualTo("Learner");
  }
}
