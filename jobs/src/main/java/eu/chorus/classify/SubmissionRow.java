package eu.chorus.classify;

import eu.chorus.ingest.Submission;

/**
 * Everything {@code submissions.csv} says about one submission.
 *
 * @param campaignId the campaign it belongs to, empty for none
 * @param excluded an analyst left it out of the synthesis (overrides.csv)
 */
public record SubmissionRow(
    Submission submission,
    GroupAssignment group,
    SubmissionEvidence evidence,
    String campaignId,
    boolean excluded) {

  public SubmissionRow(
      Submission submission,
      GroupAssignment group,
      SubmissionEvidence evidence,
      String campaignId) {
    this(submission, group, evidence, campaignId, false);
  }

  /** A row before campaigns are known. */
  public SubmissionRow(Submission submission, GroupAssignment group, SubmissionEvidence evidence) {
    this(submission, group, evidence, "");
  }

  public SubmissionRow withCampaign(String campaignId) {
    return new SubmissionRow(submission, group, evidence, campaignId, excluded);
  }

  public SubmissionRow withGroup(GroupAssignment group) {
    return new SubmissionRow(submission, group, evidence, campaignId, excluded);
  }

  public SubmissionRow withExcluded(boolean excluded) {
    return new SubmissionRow(submission, group, evidence, campaignId, excluded);
  }
}
