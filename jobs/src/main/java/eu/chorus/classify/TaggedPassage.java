package eu.chorus.classify;

import eu.chorus.passage.Passage;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A passage with what the classifiers need from it.
 *
 * @param topicHits per topic code, how many codebook terms matched
 * @param stanceCues stance cue counts ({@link StanceCues} feature names)
 * @param groupCues stakeholder-group cue counts ({@link GroupCues} feature names)
 * @param organisations ORGANIZATION mentions (empty for anonymous respondents)
 * @param sentences the passage sentence by sentence, in order (topic hits and stance cues above are
 *     their sums)
 * @param leadTopics the topics named in the passage's opening words (a heading run into its
 *     paragraph, as PDF text often has it, or a paragraph that says first what it is about)
 */
public record TaggedPassage(
    Passage passage,
    int tokens,
    Map<String, Integer> topicHits,
    Map<String, Double> stanceCues,
    Map<String, Double> groupCues,
    List<String> organisations,
    List<SentenceCues> sentences,
    List<String> leadTopics)
    implements Serializable {

  public TaggedPassage {
    topicHits = Map.copyOf(topicHits);
    stanceCues = Map.copyOf(stanceCues);
    groupCues = Map.copyOf(groupCues);
    organisations = List.copyOf(organisations);
    sentences = List.copyOf(sentences);
    leadTopics = List.copyOf(leadTopics);
  }

  /** A passage read as one sentence. */
  public TaggedPassage(
      Passage passage,
      int tokens,
      Map<String, Integer> topicHits,
      Map<String, Double> stanceCues,
      Map<String, Double> groupCues,
      List<String> organisations) {
    this(
        passage,
        tokens,
        topicHits,
        stanceCues,
        groupCues,
        organisations,
        List.of(new SentenceCues(topicHits, stanceCues)),
        List.of());
  }

  public List<String> topics() {
    return topicHits.keySet().stream().sorted().toList();
  }
}
