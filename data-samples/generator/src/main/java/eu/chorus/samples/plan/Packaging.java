package eu.chorus.samples.plan;

/** How a submission's documents reach the export. */
public enum Packaging {
  /** One file. */
  SINGLE,
  /** Two files listed in {@code files}: a cover letter and an annex. */
  COVER_AND_ANNEX,
  /** One ZIP holding the cover letter and the annex. */
  ZIP_BUNDLE,
  /** One e-mail whose body is the cover note and whose attachment is the annex. */
  EMAIL_WITH_ATTACHMENT
}
