package eu.chorus.samples.plan;

/** Publication consent as the platform records it (DOMAIN.md). */
public enum Consent {
  PUBLIC,
  ANONYMOUS
}
