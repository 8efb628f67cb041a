package eu.chorus.samples.plan;

import eu.chorus.samples.domain.Group;
import java.util.Optional;

/**
 * Who submits: the true group, the organisation (absent for individuals), the person who signs.
 *
 * @param sector key of the respondent's sector ({@code music}, {@code health}...), see {@code
 *     orgs/names.txt}
 */
public record Respondent(
    Group group,
    Optional<String> organisation,
    Person contact,
    Country country,
    String city,
    String sector,
    Consent consent) {

  public boolean isIndividual() {
    return organisation.isEmpty();
  }

  /** The name a document is written under: the organisation, or the person. */
  public String displayName() {
    return organisation.orElse(contact.fullName());
  }

  /** The {@code organisation} column: empty for anonymous individuals, the name otherwise. */
  public String organisationColumn() {
    if (isIndividual()) {
      return consent == Consent.ANONYMOUS ? "" : contact.fullName();
    }
    return organisation.orElseThrow();
  }
}
