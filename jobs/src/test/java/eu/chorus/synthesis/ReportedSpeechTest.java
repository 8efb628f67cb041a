package eu.chorus.synthesis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.ops.ClasspathJson;
import org.junit.jupiter.api.Test;

class ReportedSpeechTest {

  private final ReportedSpeech reported =
      ReportedSpeech.of(ClasspathJson.read(SentenceForm.RESOURCE, "quote filters"));

  @Test
  void eachLanguageIsReadWithItsOwnWords() {
    assertTrue(reported.reports("La Commission propose de revoir le cadre applicable."));
    // "propose" is a French reporting verb; in English after a modal it is the respondent's ask.
    assertFalse(reported.reports("The Commission should propose a stricter liability regime."));
  }

  @Test
  void aPastParticipleReportsOnlyAsAVerb() {
    assertTrue(reported.reports("The experts concluded that the risks were overstated."));
    assertFalse(reported.reports("The rules proposed by the Commission would stifle innovation."));
  }

  @Test
  void aReportFollowedByTheRespondentsAnswerIsTheirs() {
    assertFalse(
        reported.reports(
            "The paper states that information should fit each context, but it does not"
                + " distinguish between audiences."));
  }

  @Test
  void aConditionOrAConcessionIsTheRespondentsOwn() {
    assertFalse(
        reported.reports(
            "If the Commission proposes a label, it should weigh the costs for small firms."));
    assertFalse(
        reported.reports(
            "While the paper recognises existing rules, there are few studies of their reach."));
    assertFalse(
        reported.reports(
            "Because the paper proposes a binary classification, low-risk uses escape all rules."));
    assertFalse(
        reported.reports(
            "However, according to some members, risk is a gradual concept and not two tiers."));
  }
}
