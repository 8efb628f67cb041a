package eu.chorus.samples.bank;

import eu.chorus.samples.domain.Language;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The whole argument bank: one {@link LanguageBank} per language directory present, and the
 * campaign templates keyed by campaign id then language.
 */
public record Bank(
    Map<Language, LanguageBank> languages, Map<String, Map<Language, CampaignTemplate>> campaigns) {

  public Bank {
    // Sorted copies, never Map.copyOf: its iteration order changes between JVM runs.
    languages = Collections.unmodifiableMap(new TreeMap<>(languages));
    campaigns = Collections.unmodifiableMap(new TreeMap<>(campaigns));
  }

  public Optional<LanguageBank> language(Language language) {
    return Optional.ofNullable(languages.get(language));
  }

  /** Campaign ids in sorted order, so that plans do not depend on directory listing order. */
  public List<String> campaignIds() {
    return campaigns.keySet().stream().sorted().toList();
  }
}
