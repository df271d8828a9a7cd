package io.cairn.content.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * Miller's pyramid. A quiz can only produce the first two; the others come from observation and
 * supervisor attestation.
 */
public enum EvidenceLevel {
  KNOWS, KNOWS_HOW, SHOWS_HOW, DOES;

  @JsonValue
  public String code() {
    return name().toLowerCase();
  }

  public static Optional<EvidenceLevel> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
  }

  public boolean fromQuiz() {
    return this == KNOWS || this == KNOWS_HOW;
  }
}
