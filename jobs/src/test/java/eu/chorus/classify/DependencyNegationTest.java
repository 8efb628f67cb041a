package eu.chorus.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.chorus.annotate.TermAnalyzer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DependencyNegationTest {

  private static final StanceCues CUES = StanceCues.load();
  private static final DependencyNegation NEGATION = new DependencyNegation();

  /** A sentence's cues read by the window and by the parse: {window, parse}. */
  private static List<Map<String, Double>> read(String sentence) {
    List<String> words =
        Arrays.asList(sentence.toLowerCase(Locale.ROOT).replace(".", " .").split(" +"));
    List<String[]> tokens = TermAnalyzer.tokens(words, words, "en");
    return List.of(
        CUES.features(tokens, "en", false),
        CUES.features(tokens, "en", false, NEGATION.scope(words, words, "en")));
  }

  @Test
  void aNegatorBeforeTheOtherSideOfAContrastDoesNotReachTheCueAfterIt() {
    List<Map<String, Double>> read =
        read("The labelling system should not be voluntary but mandatory.");
    assertEquals(1.0, read.get(0).getOrDefault(StanceCues.SUPPORT_NEGATED, 0.0));
    assertEquals(0.0, read.get(1).getOrDefault(StanceCues.SUPPORT_NEGATED, 0.0));
    assertEquals(1.0, read.get(1).getOrDefault(StanceCues.SUPPORT, 0.0));
  }

  @Test
  void aNegatedClauseReachesTheCueOfItsComplementBeyondTheWindow() {
    List<Map<String, Double>> read =
        read("We do not believe that these new obligations for providers are necessary.");
    assertEquals(1.0, read.get(0).getOrDefault(StanceCues.SUPPORT, 0.0));
    assertEquals(1.0, read.get(1).getOrDefault(StanceCues.SUPPORT_NEGATED, 0.0));
  }

  @Test
  void aSentenceWithoutANegatorWordIsNotParsed() {
    List<String> words = List.of("we", "support", "the", "measure", ".");
    assertNull(NEGATION.scope(words, words, "en"));
    assertNull(NEGATION.scope(List.of("wir", "sind", "nicht", "dafür"), List.of(), "de"));
  }
}
