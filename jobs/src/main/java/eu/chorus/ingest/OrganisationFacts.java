package eu.chorus.ingest;

import java.io.Serializable;

/**
 * What a consultation platform records about a respondent's organisation besides its name: facts
 * the respondent gave, not their self-declared type, so a blind run may read them too.
 *
 * @param transparencyRegister the EU Transparency Register number, empty when none was given
 * @param size the organisation's size as the platform words it ("Micro (< 10 employees)"), or empty
 * @param scope a public authority's level ("National", "Regional", ...), or empty
 */
public record OrganisationFacts(String transparencyRegister, String size, String scope)
    implements Serializable {

  /** Nothing recorded (exports without these columns). */
  public static final OrganisationFacts NONE = new OrganisationFacts("", "", "");
}
