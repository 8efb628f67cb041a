package eu.chorus.samples.export;

/** Headers of the files the generator writes; DOMAIN.md fixes their names and order. */
final class Columns {

  static final String[] SUBMISSIONS = {
    "submission_id",
    "submitted_at",
    "respondent_type",
    "organisation",
    "country",
    "language",
    "consent",
    "files"
  };
  static final String[] STAKEHOLDERS = {"submission_id", "stakeholder_group"};
  static final String[] STANCES = {"submission_id", "topic", "stance"};
  static final String[] CAMPAIGNS = {"submission_id", "campaign_id"};
  static final String[] SPLIT = {"submission_id", "split"};

  private Columns() {}
}
