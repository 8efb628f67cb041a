package eu.chorus.samples.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void splitsAtSentenceEndsButNotAfterAbbreviations() {
    assertEquals(
        List.of("See Art. 53 of the Act.", "It applies from 2025!", "Does it?"),
        Sentences.split("See Art. 53 of the Act. It applies from 2025! Does it?"));
  }

  @Test
  void shortenCutsLongSentencesWithAnEllipsis() {
    assertEquals("one two three …", Sentences.shorten("one two three four", 3));
    assertEquals("one two", Sentences.shorten("one two", 3));
  }
}
