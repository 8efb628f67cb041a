package eu.chorus.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SentenceFormTest {

  private final SentenceForm form = SentenceForm.load();

  private List<String> sentences(String text) {
    return form.sentences(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void anAnswerLabelRunIntoASentenceEndsTheTableRowsHeading() {
    assertEquals(
        List.of(
            "Types, nature and sources of risk Support with changes",
            "Both belong in the list on their own terms.",
            "Ablehnung",
            "Wir fordern, die Zahl der Kennzahlen zu reduzieren."),
        sentences(
            "Types, nature and sources of risk Support with changes Both belong in the list on"
                + " their own terms. Ablehnung Wir fordern, die Zahl der Kennzahlen zu reduzieren."));
    assertEquals(
        Optional.of(SentenceForm.Rejection.HEADING),
        form.rejection("Types, nature and sources of risk Support with changes"));
  }

  @Test
  void anAnswerLabelInRunningTextIsLeftAlone() {
    String text =
        "We Support the measure, and the Neutral stance of others is noted. We support it.";
    assertEquals(
        List.of(
            "We Support the measure, and the Neutral stance of others is noted.", "We support it."),
        sentences(text));
  }

  @Test
  void aSentenceIsReadWithTheHeadingRightBeforeIt() {
    String text =
        "Acceptable use policies Support Users would then see what a policy bans. They would.";
    var spans = form.sentences(text);
    assertEquals(
        "Acceptable use policies Support Users would then see what a policy bans.",
        form.readAs(text, spans, 1, spans.get(1).of(text)));
    assertEquals("They would.", form.readAs(text, spans, 2, spans.get(2).of(text)));
  }

  @Test
  void aCourtesyOrSelfPresentationIsNotQuotable() {
    for (String courtesy :
        List.of(
            "Visa welcomes the opportunity to respond to the European Commission's White Paper.",
            "CLEPA is the voice of the EU automotive supplier industry linking the sector to"
                + " policy makers.",
            "Les opinions exprimées ici n’engagent que moi et pas mon employeur.",
            "Wir bedanken uns für die Möglichkeit, Stellung zum Weißbuch zu nehmen.")) {
      assertEquals(
          Optional.of(SentenceForm.Rejection.COURTESY), form.rejection(courtesy), courtesy);
    }
  }

  @Test
  void aWelcomeOfAMeasureStaysQuotable() {
    assertEquals(
        Optional.empty(),
        form.rejection("We welcome the commitment to evaluate models before their release."));
    assertEquals(
        Optional.empty(),
        form.rejection("This represents a disproportionate burden for smaller providers."));
  }
}
