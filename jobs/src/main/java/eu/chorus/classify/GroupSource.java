package eu.chorus.classify;

/** Where a submission's stakeholder group came from. */
public enum GroupSource {
  /** The respondent type declared on the platform. */
  DECLARED,
  /** Inferred by a model from the organisation and the text. */
  MODEL,
  /** Set by an analyst in overrides.csv. */
  OVERRIDE
}
