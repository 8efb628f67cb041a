package eu.chorus.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.chorus.position.ClaimReader;
import eu.chorus.profile.ConsultationProfile;
import eu.chorus.profile.GpaiProfile;
import eu.chorus.profile.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The claims positions are clustered from: the quotes' sentence rules, on one passage at a time.
 */
class StanceClaimsTest {

  private static final String TOPIC = "WG2.THRESHOLD";
  private static final StanceClaims CLAIMS = StanceClaims.load(GpaiProfile.PROFILE.codebook());

  private static List<String> opposing(String text) {
    return CLAIMS.claims(text, "en", TOPIC, Stance.OPPOSE, true).stream()
        .map(ClaimReader.Claim::text)
        .toList();
  }

  @Test
  void headingsQuestionsFootnotesAndLeadInsAreNotClaims() {
    assertEquals(
        List.of("We reject the compute threshold, which is a poor proxy for risk."),
        opposing(
            "Designation of models with systemic risk and the compute threshold\n"
                + "Should the threshold really be the only test for designation of every model? "
                + "12 See Article 51(2) and Annex XIII on the threshold, which we oppose as disproportionate. "
                + "We reject the compute threshold, which is a poor proxy for risk."));
    assertEquals(List.of(), opposing("We oppose the compute threshold for the following reasons:"));
  }

  @Test
  void aSentenceTakingAnotherStanceOrAboutAnotherTopicOnlyIsNotAClaim() {
    assertEquals(
        List.of(),
        opposing(
            "We oppose any weakening of whistleblower protection for employees who raise concerns."));
    assertEquals(
        List.of(),
        CLAIMS.claims(
            "We reject the compute threshold, which is a poor proxy for risk.",
            "en",
            TOPIC,
            Stance.SUPPORT,
            true));
  }

  @Test
  void aClaimCarriesWhatItsDemandAsksFor() {
    List<ClaimReader.Claim> claims =
        CLAIMS.claims(
            "The AI Office should delete the compute threshold from the criteria for designation.",
            "en",
            TOPIC,
            Stance.OPPOSE,
            true);
    assertEquals(1, claims.size(), claims.toString());
    assertEquals("restrict", claims.get(0).asks());
  }

  @Test
  void aSentenceNamingNoTopicIsAClaimOnlyInAPassageOfThatTopicAlone() {
    String text = "We firmly reject this proposal, which is a poor idea for everyone concerned.";
    assertEquals(1, CLAIMS.claims(text, "en", TOPIC, Stance.OPPOSE, true).size());
    assertEquals(List.of(), CLAIMS.claims(text, "en", TOPIC, Stance.OPPOSE, false));
  }

  @Test
  void aSentenceIsAClaimOnTheTopicItIsMainlyAbout() {
    String text =
        "We oppose the safety framework measure, in particular where it repeats the compute"
            + " threshold.";
    assertEquals(List.of(), CLAIMS.claims(text, "en", TOPIC, Stance.OPPOSE, false));
    assertEquals(1, CLAIMS.claims(text, "en", "WG4.SAFETY_FRAMEWORK", Stance.OPPOSE, false).size());
  }

  @Test
  void theNameOfAMeasureTakesNoSideOnIt() {
    // "voluntary" is a cue against obligations, but in "a voluntary labelling system" it names the
    // measure: the sentence supports the label, and is no claim against it.
    StanceClaims whitePaper =
        StanceClaims.load(ConsultationProfile.load("ai-white-paper-2020").codebook());
    String text = "We believe a voluntary labelling system would be essential for consumers.";
    assertEquals(
        List.of(),
        whitePaper.claims(text, "en", "WP.VOLUNTARY_LABEL", Stance.OPPOSE, true).stream()
            .map(ClaimReader.Claim::text)
            .toList());
    assertEquals(
        List.of(text),
        whitePaper.claims(text, "en", "WP.VOLUNTARY_LABEL", Stance.SUPPORT, true).stream()
            .map(ClaimReader.Claim::text)
            .toList());
  }

  private static final StanceClaims WHITE_PAPER =
      StanceClaims.load(ConsultationProfile.load("ai-white-paper-2020").codebook());

  private static List<String> onTheLabel(String text, Stance cell) {
    return WHITE_PAPER.claims(text, "en", "WP.VOLUNTARY_LABEL", cell, false).stream()
        .map(ClaimReader.Claim::text)
        .toList();
  }

  @Test
  void askingForAMeasuresAlternativeOpposesTheMeasure() {
    String mandatory =
        "We believe that any labelling scheme should be mandatory, rather than voluntary.";
    assertEquals(List.of(), onTheLabel(mandatory, Stance.SUPPORT));
    assertEquals(List.of(mandatory), onTheLabel(mandatory, Stance.OPPOSE));
    String unnamed =
        "We call for mandatory labelling of chatbots and of systems that generate images.";
    assertEquals(
        List.of(unnamed), onTheLabel(unnamed, Stance.OPPOSE), "the alternative names the measure");
    String welcome = "We welcome the voluntary labelling scheme proposed by the Commission.";
    assertEquals(
        List.of(welcome),
        onTheLabel(welcome, Stance.SUPPORT),
        "the measure itself reads as before");
  }

  @Test
  void theAlternativesDemandIsNotWhatTheMeasureAsksFor() {
    List<ClaimReader.Claim> claims =
        WHITE_PAPER.claims(
            "The labelling scheme should be extended into mandatory labelling for all AI systems.",
            "en",
            "WP.VOLUNTARY_LABEL",
            Stance.OPPOSE,
            true);
    assertEquals(1, claims.size());
    assertEquals("", claims.get(0).asks());
  }
}
