package eu.chorus.samples.domain;

import java.util.Arrays;
import java.util.Optional;

/** Stance toward a topic's measure, as defined in DOMAIN.md. */
public enum Stance {
  SUPPORT,
  OPPOSE,
  MIXED,
  NEUTRAL;

  public static Optional<Stance> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
  }
}
