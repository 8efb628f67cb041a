package eu.chorus.position;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitlesTest {

  @Test
  void aShortClaimIsItsOwnTitle() {
    assertEquals(
        "The threshold should be reviewed every year by the AI Office.",
        Titles.of("The threshold should be reviewed every year by the AI Office."));
  }

  @Test
  void aLongClaimIsCutAtItsLastClauseBoundaryWithinTwentyWords() {
    assertEquals(
        "The compute threshold should be replaced by a test of capabilities …",
        Titles.of(
            "The compute threshold should be replaced by a test of capabilities, since training compute says little"
                + " about what a deployed model can do once it is fine-tuned by others downstream."));
  }

  @Test
  void aLongClaimWithoutABoundaryIsCutAfterTwentyWords() {
    String claim =
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
            + " sixteen seventeen eighteen nineteen twenty twentyone twentytwo.";
    assertEquals(claim.substring(0, claim.indexOf(" twentyone")) + " …", Titles.of(claim));
  }

  @Test
  void whatAPositionAsksForIsItsRepresentativeClaimsElseMostOfItsClaims() {
    assertEquals("clarify", Titles.asks("clarify", List.of("restrict", "restrict", "clarify")));
    assertEquals("restrict", Titles.asks("", List.of("restrict", "restrict", "")));
    assertEquals("", Titles.asks("", List.of("restrict", "", "")));
    assertEquals(
        "We ask for less. — asks to cut back", Titles.label("We ask for less.", "restrict"));
  }
}
