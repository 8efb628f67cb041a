package eu.chorus.samples.plan;

/** What a respondent sends: the shape of the main document. */
public enum DocumentKind {
  /** Long paper with headings, summary, recommendations, footnotes, a table. */
  POSITION_PAPER,
  /** Answers to the platform's questions, some "No opinion". */
  QUESTIONNAIRE,
  /** A formal letter of one to three pages. */
  LETTER,
  /** A short e-mail. */
  EMAIL,
  /** A campaign letter: a shared template with light personal edits. */
  CAMPAIGN_LETTER
}
