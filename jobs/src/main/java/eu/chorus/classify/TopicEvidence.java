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
 * @param stanceEvidence what the stance is read from: sentence counts by the cues they carry
 *     ({@link SummariseSubmission#STANCE_EVIDENCE}), over the sentences under the topic's headings
 *     and the sentences elsewhere that name it
 * @param stancePassageId the passage with the most stance cues among that evidence (the strongest
 *     passage when none has any)
 */
public record TopicEvidence(
    String topic,
    int hits,
    int passages,
    String strongestPassageId,
    int maxHits,
    int headingHits,
    Map<String, Double> stanceCues,
    Map<String, Double> stanceEvidence,
    String stancePassageId)
    implements Serializable {

  public TopicEvidence {
    stanceCues = Map.copyOf(stanceCues);
    stanceEvidence = Map.copyOf(stanceEvidence);
  }

  public TopicEvidence(
      String topic,
      int hits,
      int passages,
      String strongestPassageId,
      int maxHits,
      int headingHits,
      Map<String, Double> stanceCues) {
    this(
        topic,
        hits,
        passages,
        strongestPassageId,
        maxHits,
        headingHits,
        stanceCues,
        Map.of(),
        strongestPassageId);
  }
}
