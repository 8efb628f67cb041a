package eu.chorus.profile;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A codebook topic.
 *
 * @param support what a SUPPORT stance on the topic means, in one sentence
 * @param oppose what an OPPOSE stance on the topic means, in one sentence
 * @param terms per language code, the phrases that signal the topic, as written in the codebook
 * @param alternatives per language code, phrases that name the alternative to the topic's measure
 *     ("mandatory labelling" for a voluntary label): a sentence that asks for the alternative takes
 *     the other side on the measure ("any labelling scheme should be mandatory, rather than
 *     voluntary" opposes a voluntary label). Most topics have none.
 */
public record Topic(
    String code,
    String workingGroup,
    String label,
    String support,
    String oppose,
    Map<String, List<String>> terms,
    Map<String, List<String>> alternatives)
    implements Serializable {

  public Topic {
    terms = Map.copyOf(terms);
    alternatives = Map.copyOf(alternatives);
  }
}
