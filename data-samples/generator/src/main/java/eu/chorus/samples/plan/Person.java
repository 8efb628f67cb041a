package eu.chorus.samples.plan;

/**
 * A fictional person whose contact details appear in the letters (deliberately, so that Chorus's
 * redaction can be tested).
 */
public record Person(String firstName, String lastName, String email, String phone) {

  public String fullName() {
    return firstName + " " + lastName;
  }
}
