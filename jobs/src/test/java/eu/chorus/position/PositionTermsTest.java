package eu.chorus.position;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PositionTermsTest {

  @Test
  void keepsLowerCaseContentWordsWithoutStopWordsOrRedactionPlaceholders() {
    assertEquals(
        List.of("crawlers", "respect", "machine-readable", "opt-outs", "robots", "txt"),
        PositionTerms.of(
            "[name]: Crawlers would respect the Machine-readable opt-outs in robots.txt of 10^25.",
            "en"));
  }

  @Test
  void dropsTheStopWordsOfThePassageLanguage() {
    assertEquals(
        List.of("droit", "auteur", "fournisseurs"),
        PositionTerms.of("Le droit d'auteur et les fournisseurs", "fr"));
  }
}
