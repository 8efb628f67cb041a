package eu.chorus.classify;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A submission's text summarised for classification: size, language, topic evidence and
 * stakeholder-group cues.
 *
 * @param language the language of most of its text ("" when unknown)
 * @param topics evidence per topic, sorted by topic code
 * @param groupCues self-description cue counts: {@code intro:<GROUP>} in the opening passages,
 *     {@code text:<GROUP>} anywhere
 * @param organisations distinct ORGANIZATION mentions (none for anonymous respondents)
 */
public record SubmissionEvidence(
    String submissionId,
    int words,
    int passages,
    String language,
    List<TopicEvidence> topics,
    Map<String, Double> groupCues,
    List<String> organisations)
    implements Serializable {

  public SubmissionEvidence {
    topics = List.copyOf(topics);
    groupCues = Map.copyOf(groupCues);
    organisations = List.copyOf(organisations);
  }

  public static SubmissionEvidence none(String submissionId) {
    return new SubmissionEvidence(submissionId, 0, 0, "", List.of(), Map.of(), List.of());
  }
}
