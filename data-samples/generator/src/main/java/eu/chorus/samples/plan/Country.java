package eu.chorus.samples.plan;

import eu.chorus.samples.domain.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A country from {@code orgs/countries.tsv}.
 *
 * @param namePool which given/family-name pool of {@code people.txt} its people draw from
 * @param writes the bank language its respondents may write in, if any besides English
 */
public record Country(
    String code,
    double weight,
    String namePool,
    Optional<Language> writes,
    Map<Language, String> names,
    String adjective,
    String legalForm,
    String phonePrefix,
    String tld,
    List<String> cities) {

  public Country {
    names = Map.copyOf(names);
    cities = List.copyOf(cities);
  }

  public String name(Language language) {
    return names.get(language);
  }
}
