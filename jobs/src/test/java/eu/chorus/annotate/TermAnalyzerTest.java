package eu.chorus.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermAnalyzerTest {

  @Test
  void phrasesAndTextMeetOnStems() {
    assertEquals(TermAnalyzer.phrase("evaluation", "en"), TermAnalyzer.phrase("Evaluations", "en"));
    assertEquals(
        TermAnalyzer.phrase("lanceur d'alerte", "fr"),
        TermAnalyzer.phrase("lanceurs d’alerte", "fr"));
    assertEquals(
        TermAnalyzer.phrase("Hinweisgeber", "de"), TermAnalyzer.phrase("Hinweisgebern", "de"));
  }

  @Test
  void splitsContractionsAsCoreNlpSplitsTheText() {
    assertEquals(
        List.of("réserv", "de", "le", "droit"),
        TermAnalyzer.phrase("réservation des droits", "fr"));
    assertEquals(List.of("can", "not", "accept"), TermAnalyzer.phrase("cannot accept", "en"));
  }

  @Test
  void splitsWordsAtHyphensApostrophesAndSlashesButKeepsDottedNames() {
    assertEquals(
        List.of("opt", "out", "robots.txt"), TermAnalyzer.phrase("opt-out robots.txt", "xx"));
    assertEquals(List.of("and", "or"), TermAnalyzer.phrase("and/or", "xx"));
    // CoreNLP tokenises "10^25" as 10 ^ 25; the term must meet it there.
    assertEquals(List.of("10", "25", "flop"), TermAnalyzer.phrase("10^25 FLOP", "xx"));
  }

  @Test
  void englishTokensCarryTheLemmaAsASecondForm() {
    List<String[]> tokens = TermAnalyzer.tokens(List.of("were"), List.of("be"), "en");
    assertArrayEquals(new String[] {"were", "be"}, tokens.get(0));
  }

  @Test
  void aRepeatedWordKeepsItsOwnLemmaEachTime() {
    List<String[]> tokens =
        TermAnalyzer.tokens(List.of("saw", "saw", "saw"), List.of("see", "saw", "see"), "en");
    assertArrayEquals(new String[] {"saw", "see"}, tokens.get(0));
    assertArrayEquals(new String[] {"saw"}, tokens.get(1));
    assertArrayEquals(new String[] {"saw", "see"}, tokens.get(2));
  }

  @Test
  void aWordAnalysesTheSameInTextAndAsAPhrase() {
    for (String word : List.of("Evaluations", "cannot", "d'auteur", "opt-outs")) {
      List<String> fromText =
          TermAnalyzer.tokens(List.of(word, word), List.of(word, word), "fr").stream()
              .map(forms -> forms[0])
              .toList();
      List<String> once = TermAnalyzer.phrase(word, "fr");
      List<String> twice = new ArrayList<>(once);
      twice.addAll(once);
      assertEquals(twice, fromText, word);
    }
  }
}
