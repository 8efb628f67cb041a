package eu.chorus.profile;

/** A submission's stance toward a topic's measure (DOMAIN.md definitions). */
public enum Stance {
  /** Wants the measure, or a stronger one. */
  SUPPORT,
  /** Wants it removed, weakened, made voluntary or delayed. */
  OPPOSE,
  /** Supports the aim, opposes the specifics, or both stances in one text. */
  MIXED,
  /** Addresses the topic without taking a position. */
  NEUTRAL
}
