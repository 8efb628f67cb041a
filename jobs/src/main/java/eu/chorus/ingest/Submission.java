package eu.chorus.ingest;

import java.io.Serializable;
import java.util.List;

/**
 * One submission as the consultation platform describes it (a row of {@code submissions.csv}), or
 * as inferred from the folder layout when that file is absent.
 *
 * @param declaredType the self-declared respondent type, empty when missing
 * @param files paths relative to {@code files/}, in the order the platform listed them
 * @param fromMetadata false when the submission was inferred from the layout alone
 * @param facts what the platform records about the organisation (register, size, scope)
 */
public record Submission(
    String id,
    String submittedAt,
    String declaredType,
    String organisation,
    String country,
    String language,
    Consent consent,
    List<String> files,
    boolean fromMetadata,
    OrganisationFacts facts)
    implements Serializable {

  public Submission {
    files = List.copyOf(files);
  }

  /** A submission of an export that records no more than {@code submissions.csv} does. */
  public Submission(
      String id,
      String submittedAt,
      String declaredType,
      String organisation,
      String country,
      String language,
      Consent consent,
      List<String> files,
      boolean fromMetadata) {
    this(
        id,
        submittedAt,
        declaredType,
        organisation,
        country,
        language,
        consent,
        files,
        fromMetadata,
        OrganisationFacts.NONE);
  }

  /** The same submission under another id, listing other files (published names). */
  public Submission renamed(String newId, List<String> newFiles) {
    return new Submission(
        newId,
        submittedAt,
        declaredType,
        organisation,
        country,
        language,
        consent,
        newFiles,
        fromMetadata,
        facts);
  }

  /**
   * A submission known only from a file or folder under {@code files/}, under that name until
   * {@link PublishedNames} gives it a neutral id: always anonymous.
   */
  public static Submission fromLayout(String id, List<String> files) {
    return new Submission(id, "", "", "", "", "", Consent.ANONYMOUS, files, false);
  }

  /** The same submission without its self-declared type (blind runs). */
  public Submission withoutDeclaredType() {
    return new Submission(
        id, submittedAt, "", organisation, country, language, consent, files, fromMetadata, facts);
  }

  /** The same submission under another publication consent. */
  public Submission withConsent(Consent other) {
    return new Submission(
        id,
        submittedAt,
        declaredType,
        organisation,
        country,
        language,
        other,
        files,
        fromMetadata,
        facts);
  }

  /** The organisation's name as it may be published: empty for anonymous respondents. */
  public String publishableOrganisation() {
    return consent == Consent.PUBLIC ? organisation : "";
  }
}
