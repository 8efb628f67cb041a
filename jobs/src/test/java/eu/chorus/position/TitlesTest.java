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
        "We ask for less. — asks to cut back",
        Titles.load().label("We ask for less.", "en", "restrict"));
  }

  private static final Titles TITLES = Titles.load();

  @Test
  void aLongClaimOpeningWithALeadInIsTitledByItsMainClause() {
    assertEquals(
        "… it is unclear why high-risk applications should be excluded just because they are deployed in low-risk sectors.",
        TITLES.of(
            "While it is understandable that low-risk applications in high-risk sectors need no further safeguards,"
                + " it is unclear why high-risk applications should be excluded just because they are deployed"
                + " in low-risk sectors.",
            "en"));
    assertEquals(
        "… de nouvelles initiatives devraient respecter les principes d’économie législative et de proportionnalité.",
        TITLES.of(
            "Si elle estime qu’une modification du cadre est nécessaire, de nouvelles initiatives devraient"
                + " respecter les principes d’économie législative et de proportionnalité.",
            "fr"));
  }

  @Test
  void aShortClaimOrOneWithoutAMainClauseAfterItsLeadInKeepsItsOpening() {
    String shortClaim = "If the threshold stays, it should be reviewed every year.";
    assertEquals(shortClaim, TITLES.of(shortClaim, "en"));
    String noMain =
        "If the threshold stays one two three four five six seven eight nine ten eleven twelve"
            + " thirteen fourteen fifteen sixteen, yes.";
    assertEquals(Titles.of(noMain), TITLES.of(noMain, "en"));
    String ifs =
        "Iffy thresholds one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen, then more words here.";
    assertEquals(Titles.of(ifs), TITLES.of(ifs, "en"), "an opener is a whole word");
  }

  @Test
  void aCommaFollowedByARelativeClauseDoesNotEndTheLeadIn() {
    assertEquals(
        "… the Code should list the mitigations that providers must at least consider.",
        TITLES.of(
            "If the Code is serious about Article 55(1)(b), which obliges providers to assess and mitigate"
                + " systemic risks, the Code should list the mitigations that providers must at least consider.",
            "en"));
  }
}
