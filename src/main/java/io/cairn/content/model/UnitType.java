package io.cairn.content.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

public enum UnitType {
  FILM, AUDIO, READING, ACTIVITY, REFLECTION, QUIZ;

  @JsonValue
  public String code() {
    return name().toLowerCase();
  }

  public static Optional<UnitType> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
  }

  public boolean isMedia() {
    return this == FILM || this == AUDIO;
  }
}
