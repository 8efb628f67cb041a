package eu.chorus.report;

/**
 * The columns the report reads from the synthesis tables (DOMAIN.md), named as their writers name
 * them. The report reads only; the tables are written by the cluster and synthesis stages.
 */
final class Columns {

  private Columns() {}

  /** {@code positions.csv}: one row per position within a topic; plus one count column per group code. */
  enum Position {
    topic, position_id, stance, label, submissions, campaigns, campaign_signatories,
    representative_passage_id, representative_text
  }

  /** {@code synthesis.csv}: the framework matrix, one row per topic × stakeholder group. */
  enum Synthesis {
    topic, working_group, stakeholder_group, submissions, support, oppose, mixed, neutral, campaigns,
    campaign_signatories, majority, majority_share, reading
  }

  /** {@code quotes.csv}: one row per quote. */
  enum Quote {
    topic, stance, stakeholder_group, position_id, submission_id, organisation, file, page, passage_id, text
  }
}
