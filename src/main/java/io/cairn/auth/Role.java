package io.cairn.auth;

import java.util.Arrays;
import java.util.Optional;

/** What a person may do. One person can hold several roles. */
public enum Role {
  LEARNER, TUTOR, SUPERVISOR, ADMIN;

  public String code() {
    return name().toLowerCase();
  }

  public static Optional<Role> fromCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
  }
}
