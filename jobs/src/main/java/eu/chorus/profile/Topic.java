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
 */
public record Topic(
    String code,
    String workingGroup,
    String label,
    String support,
    String oppose,
    Map<String, List<String>> terms)
    implements Serializable {

  public Topic {
    terms = Map.copyOf(terms);
  }
}
