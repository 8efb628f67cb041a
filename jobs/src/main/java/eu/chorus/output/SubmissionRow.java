package eu.chorus.output;

import eu.chorus.classify.GroupAssignment;
import eu.chorus.classify.SubmissionEvidence;
import eu.chorus.ingest.Submission;

/** Everything {@code submissions.csv} says about one submission. */
public record SubmissionRow(Submission submission, GroupAssignment group, SubmissionEvidence evidence) {}
