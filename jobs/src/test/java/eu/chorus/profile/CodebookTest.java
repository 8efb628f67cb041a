package eu.chorus.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodebookTest {

  /** Every topic code of DOMAIN.md, in its order. */
  static final List<String> DOMAIN_CODES =
      List.of(
          "WG1.DOCUMENTATION",
          "WG1.TRAINING_DATA_SUMMARY",
          "WG1.COPYRIGHT_POLICY",
          "WG1.ACCEPTABLE_USE",
          "WG1.OPEN_SOURCE",
          "WG2.TAXONOMY",
          "WG2.EVALUATIONS",
          "WG2.EXTERNAL_ASSESSMENT",
          "WG2.THRESHOLD",
          "WG3.SAFETY_MITIGATIONS",
          "WG3.SECURITY",
          "WG4.SAFETY_FRAMEWORK",
          "WG4.INCIDENT_REPORTING",
          "WG4.ACCOUNTABILITY",
          "WG4.WHISTLEBLOWING",
          "X.PROPORTIONALITY",
          "X.KPIS",
          "X.PROCESS",
          "RISK.CYBER",
          "RISK.CBRN",
          "RISK.LOSS_OF_CONTROL",
          "RISK.AUTOMATED_RND",
          "RISK.MANIPULATION",
          "RISK.DISCRIMINATION");

  /** The codebook of every known profile. */
  private static List<Codebook> codebooks() {
    return ConsultationProfile.known().stream()
        .map(id -> ConsultationProfile.load(id).codebook())
        .toList();
  }

  @Test
  void holdsExactlyTheDomainTopicCodes() {
    assertEquals(DOMAIN_CODES, GpaiProfile.PROFILE.codebook().codes());
  }

  @Test
  void everyTopicHasEnglishTermsAWorkingGroupAndWhatEachStanceMeans() {
    for (Codebook codebook : codebooks()) {
      for (Topic t : codebook.topics()) {
        assertFalse(t.terms().getOrDefault("en", List.of()).isEmpty(), t.code());
        assertFalse(codebook.workingGroups().get(t.workingGroup()).isBlank(), t.code());
        assertFalse(t.support().isBlank() || t.oppose().isBlank(), t.code());
      }
    }
  }

  @Test
  void everyTopicHasTermsInEverySupportedLanguage() {
    for (Codebook codebook : codebooks()) {
      for (Topic t : codebook.topics()) {
        for (String language : List.of("en", "fr", "de", "es", "it")) {
          assertFalse(
              t.terms().getOrDefault(language, List.of()).isEmpty(),
              t.code() + " has no " + language + " terms");
        }
      }
    }
  }
}
