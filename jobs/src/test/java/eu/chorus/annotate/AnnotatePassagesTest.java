package eu.chorus.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.passage.Passage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A passage the annotator throws on fails alone, as data, and its text is never published
 * unredacted.
 */
class AnnotatePassagesTest {

  /** Throws on one text, as CoreNLP can on a pathological passage. */
  private static final TextAnnotator THROWS_ON_ONE =
      text -> {
        if (text.contains("pathological")) {
          throw new IllegalStateException("tokenizer state broken on: " + text);
        }
        List<String> words = List.of(text.split(" "));
        return new TextAnnotation(words, words, 1, List.of());
      };

  private static Passage passage(int sequence, String text) {
    return new Passage(Passage.id("S1", 1, sequence), "S1", "S1/letter.pdf", 1, "en", text);
  }

  @Test
  void aPassageTheAnnotatorThrowsOnIsFailedWithTheReasonAndTheOthersAreAnnotated() {
    TextAnnotation ok = AnnotatePassages.annotate(THROWS_ON_ONE, passage(1, "we support it"));
    TextAnnotation failed =
        AnnotatePassages.annotate(THROWS_ON_ONE, passage(2, "a pathological passage"));
    assertFalse(ok.failed());
    assertEquals(List.of("we", "support", "it"), ok.words());
    assertTrue(failed.failed());
    assertEquals(
        "CoreNLP failed (IllegalStateException)",
        failed.failure(),
        "the class only: the message quotes the text");
    assertEquals(0, failed.tokens());
  }

  @Test
  void aFailedPassageOfAnAnonymousRespondentIsWithheldForItHasNoMentionsToRedactBy() {
    AnnotatedPassage failed =
        new AnnotatedPassage(
            passage(1, "Jane Doe wrote this"), TextAnnotation.failed("CoreNLP failed (X)"));
    AnnotatedPassage anonymous = new RedactPassages(Map.of("S1", List.of())).call(failed);
    assertEquals("", anonymous.passage().text());
    assertEquals("CoreNLP failed (X)", anonymous.annotation().failure());
    assertEquals(
        failed,
        new RedactPassages(Map.of()).call(failed),
        "a public respondent's passage is unchanged");
  }
}
