package eu.chorus.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodebookTest {

  /** Every topic code of DOMAIN.md, in its order. */
  static final List<String> DOMAIN_CODES = List.of(
      "WG1.DOCUMENTATION", "WG1.TRAINING_DATA_SUMMARY", "WG1.COPYRIGHT_POLICY", "WG1.ACCEPTABLE_USE",
      "WG1.OPEN_SOURCE", "WG2.TAXONOMY", "WG2.EVALUATIONS", "WG2.EXTERNAL_ASSESSMENT", "WG2.THRESHOLD",
      "WG3.SAFETY_MITIGATIONS", "WG3.SECURITY", "WG4.SAFETY_FRAMEWORK", "WG4.INCIDENT_REPORTING",
      "WG4.ACCOUNTABILITY", "WG4.WHISTLEBLOWING", "X.PROPORTIONALITY", "X.KPIS", "X.PROCESS",
      "RISK.CYBER", "RISK.CBRN", "RISK.LOSS_OF_CONTROL", "RISK.AUTOMATED_RND", "RISK.MANIPULATION",
      "RISK.DISCRIMINATION");

  @Test
  void holdsExactlyTheDomainTopicCodes() {
    assertEquals(DOMAIN_CODES, Codebook.load().topics().stream().map(Topic::code).toList());
  }

  @Test
  void everyTopicHasEnglishTermsAndAWorkingGroup() {
    Codebook codebook = Codebook.load();
    for (Topic t : codebook.topics()) {
      assertFalse(t.terms().getOrDefault("en", List.of()).isEmpty(), t.code());
      assertFalse(codebook.workingGroups().get(t.workingGroup()).isBlank(), t.code());
    }
  }

  @Test
  void everyTopicHasTermsInEverySupportedLanguage() {
    for (Topic t : Codebook.load().topics()) {
      for (String language : List.of("en", "fr", "de", "es", "it")) {
        assertFalse(t.terms().getOrDefault(language, List.of()).isEmpty(), t.code() + " has no " + language + " terms");
      }
    }
  }
}
