package eu.chorus.classify;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A codebook topic.
 *
 * @param terms per language code, each term a sequence of lower-case lemma tokens
 */
public record Topic(String code, String workingGroup, String label, Map<String, List<List<String>>> terms)
    implements Serializable {

  public Topic {
    terms = Map.copyOf(terms);
  }
}
