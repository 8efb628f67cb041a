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
    assertReadAs(
        Optional.of(SentenceForm.Rejection.COURTESY),
        List.of(
            "Visa welcomes the opportunity to respond to the European Commission's White Paper.",
            "CLEPA is the voice of the EU automotive supplier industry linking the sector to"
                + " policy makers.",
            "Les opinions exprimées ici n’engagent que moi et pas mon employeur.",
            "Wir bedanken uns für die Möglichkeit, Stellung zum Weißbuch zu nehmen."));
  }

  private void assertReadAs(Optional<SentenceForm.Rejection> expected, List<String> sentences) {
    for (String sentence : sentences) {
      assertEquals(expected, form.rejection(sentence), sentence);
    }
  }

  @Test
  void whatADocumentOrOthersSayIsReportedNotQuotable() {
    assertReadAs(
        Optional.of(SentenceForm.Rejection.REPORTED),
        List.of(
            "The Commission proposes a conformity assessment requirement for applications"
                + " designated as high risk.",
            "Chapter 5 of the White Paper sets out options for a regulatory framework for AI.",
            "The experts concluded that manufacturing an autonomous system raises new questions.",
            "Independent researchers have found many of the most important failures of deployed"
                + " models.",
            "However, the European Commission (EC) clearly states that existing rules apply.",
            "According to a study by the European Parliament, the tensions result from uncertainty.",
            "Selon le rapport, la reconnaissance faciale doit être strictement encadrée partout.",
            "Die Kommission schlägt vor, Hochrisiko-Anwendungen einer Konformitätsprüfung zu"
                + " unterziehen."));
  }

  @Test
  void theRespondentsOwnVoiceAboutADocumentStaysQuotable() {
    assertReadAs(
        Optional.empty(),
        List.of(
            "The European Commission should therefore propose strict manufacturer liability for"
                + " AI.",
            "The White Paper rightly identifies the specific challenges that AI poses to"
                + " liability.",
            "This paper argues that the high-risk approach is too narrow for public services.",
            "We agree with the Commission that the proposed requirements are proportionate.",
            "According to our members, the requirements would stifle innovation in Europe.",
            "The regulation of AI proposed by the Commission would do more harm than good for"
                + " European leadership.",
            "The Chamber supports cooperation between the Commission and the United States"
                + " Government on AI policy.",
            "At the same time, the draft says nothing about models released without any"
                + " documentation, which I consider a gap.",
            "As the paper notes, the cumulative test ensures that regulation addresses high-risk"
                + " applications only.",
            "Recital 114 already foresees independent external testing; the Code should turn that"
                + " possibility into an obligation.",
            "Amnesty calls for a ban on facial recognition used for identification purposes."));
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
