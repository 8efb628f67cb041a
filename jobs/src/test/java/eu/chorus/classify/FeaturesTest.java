package eu.chorus.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.ingest.Consent;
import eu.chorus.ingest.OrganisationFacts;
import eu.chorus.ingest.Submission;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The group model's features: the same computation for fitting and scoring. */
class FeaturesTest {

  private static final GroupCues CUES = GroupCues.load();

  private static Map<String, Double> group(String organisation, OrganisationFacts facts) {
    Submission s =
        new Submission("S", "", "", organisation, "", "en", Consent.PUBLIC, List.of(), true, facts);
    return Features.group(SubmissionEvidence.none("S"), CUES, s);
  }

  @Test
  void aNameSpelledOutWithItsAcronymHasParenthesisAndCapitals() {
    Map<String, Double> f = Features.nameShape("European Network Against Racism (ENAR)");
    assertEquals(1.0, f.get("shape:parenthesis"));
    assertEquals(1.0, f.get("shape:capitals"));
    assertEquals(0.0, f.get("shape:web"));
  }

  @Test
  void aWebAddressAsTheNameIsRead() {
    assertEquals(1.0, Features.nameShape("DataEthics.eu").get("shape:web"));
  }

  @Test
  void aRespondentWithoutOrganisationHasNoNameFeatures() {
    Map<String, Double> f = group("", OrganisationFacts.NONE);
    assertEquals(1.0, f.get("no_organisation"));
    assertTrue(
        f.keySet().stream()
            .noneMatch(
                k -> k.startsWith("form:") || k.startsWith("shape:") || k.startsWith("word:")));
  }

  @Test
  void theNamesKindsOfBodyAndThePlatformsFactsAreFeatures() {
    Map<String, Double> f =
        group(
            "Gesamtverband der Deutschen Versicherungswirtschaft e.V.",
            new OrganisationFacts("123-45", "Medium (< 250 employees)", ""));
    assertEquals(1.0, f.get("form:association"));
    assertEquals(1.0, f.get("form:nonprofit"));
    assertEquals(1.0, f.get("register"));
    assertEquals(1.0, f.get("size:medium"));
    assertFalse(f.containsKey("form:company"));
  }

  @Test
  void aScopeGivenAtAllIsOneFeatureBesideWhichScope() {
    Map<String, Double> f =
        group(
            "Landeshauptstadt München", new OrganisationFacts("", "Large (250 or more)", "Local"));
    assertEquals(1.0, f.get("scope:any"));
    assertEquals(1.0, f.get("scope:local"));
    assertFalse(group("Inria", OrganisationFacts.NONE).containsKey("scope:any"));
  }

  private static TopicEvidence evidence(String topic, double pro, double con) {
    return new TopicEvidence(
        topic, 3, 1, "p", 3, 0, Map.of(), Map.of("sentences", 2.0, "pro", pro, "con", con), "p");
  }

  @Test
  void aTopicsStanceFeaturesCarryTheRespondentsLeanOnTheOtherMeasuresNotOnItself() {
    TopicEvidence asked = evidence("T.ONE", 0, 5);
    SubmissionEvidence s =
        new SubmissionEvidence(
            "S",
            100,
            3,
            "en",
            List.of(asked, evidence("T.TWO", 3, 0), evidence("T.THREE", 1, 1)),
            Map.of(),
            List.of());
    Map<String, Double> f = Features.stance(asked, s);
    assertEquals(Math.log1p(3), f.get("others_lean"), 1e-9);
    assertEquals(Math.log1p(3), f.get("topic=T.ONE:others_lean"), 1e-9);
    assertEquals(
        0.0,
        Features.stance(
                asked, new SubmissionEvidence("S", 1, 1, "en", List.of(asked), Map.of(), List.of()))
            .get("others_lean"));
  }
}
