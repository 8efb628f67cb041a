package eu.chorus.classify;

import java.io.Serializable;
import java.util.Map;

/**
 * What a submission's passages say about one topic.
 *
 * @param hits codebook terms matched across the submission
 * @param passages passages with at least one match
 * @param strongestPassageId the passage with the most matches (first in reading order on ties)
 * @param maxHits the most matches in one passage
 * @param headingHits matches in short passages (headings, questionnaire questions)
 * @param stanceCues stance cue counts of the topic's passages and of the untagged passages that
 *     follow one of its headings or questions
 */
public record TopicEvidence(
    String topic,
    int hits,
    int passages,
    String strongestPassageId,
    int maxHits,
    int headingHits,
    Map<String, Double> stanceCues)
    implements Serializable {

  public TopicEvidence {
    stanceCues = Map.copyOf(stanceCues);
  }
}
