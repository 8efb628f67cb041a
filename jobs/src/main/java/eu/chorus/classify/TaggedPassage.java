package eu.chorus.classify;

import eu.chorus.passage.Passage;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A passage with the codebook topics found in it.
 *
 * @param topicHits per topic code, how many codebook terms matched
 * @param organisations ORGANIZATION mentions (empty for anonymous respondents)
 */
public record TaggedPassage(
    Passage passage, int tokens, Map<String, Integer> topicHits, List<String> organisations)
    implements Serializable {

  public TaggedPassage {
    topicHits = Map.copyOf(topicHits);
    organisations = List.copyOf(organisations);
  }

  public List<String> topics() {
    return topicHits.keySet().stream().sorted().toList();
  }
}
