package eu.chorus.classify;

import java.io.Serializable;
import java.util.List;

/**
 * A submission's text summarised for classification: size, language and topic evidence.
 *
 * @param language the language of most of its text ("" when unknown)
 * @param topics evidence per topic, sorted by topic code
 */
public record SubmissionEvidence(
    String submissionId, int words, int passages, String language, List<TopicEvidence> topics)
    implements Serializable {

  public SubmissionEvidence {
    topics = List.copyOf(topics);
  }

  public static SubmissionEvidence none(String submissionId) {
    return new SubmissionEvidence(submissionId, 0, 0, "", List.of());
  }
}
