package eu.chorus.output;

import eu.chorus.classify.GroupAssignment;
import eu.chorus.classify.SubmissionEvidence;
import eu.chorus.ingest.Submission;

/**
 * Everything {@code submissions.csv} says about one submission.
 *
 * @param campaignId the campaign it belongs to, empty for none
 */
public record SubmissionRow(
    Submission submission, GroupAssignment group, SubmissionEvidence evidence, String campaignId) {

  /** A row before campaigns are known. */
  public SubmissionRow(Submission submission, GroupAssignment group, SubmissionEvidence evidence) {
    this(submission, group, evidence, "");
  }

  public SubmissionRow withCampaign(String campaignId) {
    return new SubmissionRow(submission, group, evidence, campaignId);
  }
}
