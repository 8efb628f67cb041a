package eu.chorus.samples.bank;

import eu.chorus.samples.domain.Group;
import eu.chorus.samples.domain.Language;
import eu.chorus.samples.domain.Stance;
import eu.chorus.samples.domain.Topic;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A campaign letter in one language ({@code bank/campaigns/<id>.<lang>.txt}).
 *
 * @param topics the gold stance of every signatory, in the order of the {@code topics:} line
 * @param groups the groups whose individuals and small organisations sign it
 */
public record CampaignTemplate(
    String id,
    Language language,
    Map<Topic, Stance> topics,
    Set<Group> groups,
    List<String> paragraphs,
    String source) {

  public CampaignTemplate {
    // Ordered copies, never Map.copyOf/Set.copyOf: their iteration order changes between runs.
    topics = Collections.unmodifiableMap(new LinkedHashMap<>(topics));
    groups = Collections.unmodifiableSet(new TreeSet<>(groups));
    paragraphs = List.copyOf(paragraphs);
  }
}
