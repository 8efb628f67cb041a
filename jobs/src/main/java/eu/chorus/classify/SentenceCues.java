package eu.chorus.classify;

import java.io.Serializable;
import java.util.Map;

/**
 * One sentence of a passage: the codebook topics it names and its stance cues. Stance is read per
 * sentence so that the cues of a sentence about one topic are not credited to another topic named
 * elsewhere in the same paragraph.
 *
 * @param topicHits per topic code, codebook terms matched in the sentence
 * @param cues {@link StanceCues} feature counts of the sentence
 * @param voice how it is put ({@link StanceCues#voice}): modals of demand, first person, figures
 * @param predicates what its modals of demand ask for ({@link StanceCues#demandPredicates})
 */
public record SentenceCues(
    Map<String, Integer> topicHits,
    Map<String, Double> cues,
    Map<String, Double> voice,
    Map<String, Double> predicates)
    implements Serializable {

  public SentenceCues {
    topicHits = Map.copyOf(topicHits);
    cues = Map.copyOf(cues);
    voice = Map.copyOf(voice);
    predicates = Map.copyOf(predicates);
  }

  public SentenceCues(Map<String, Integer> topicHits, Map<String, Double> cues) {
    this(topicHits, cues, Map.of(), Map.of());
  }
}
