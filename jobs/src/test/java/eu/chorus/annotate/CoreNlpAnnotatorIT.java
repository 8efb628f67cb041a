package eu.chorus.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads the real CoreNLP English models from nlp-models' pipeline properties. */
class CoreNlpAnnotatorIT {

  private static TextAnnotator annotator;

  @BeforeAll
  static void load() {
    annotator = new CoreNlpAnnotator(CoreNlpAnnotator.properties("chorus/corenlp-en.properties"));
  }

  @Test
  void lemmatisesAndAlignsWordsWithLemmas() {
    TextAnnotation a =
        annotator.annotate("Providers were publishing summaries. Crawlers ignore opt-outs.");
    assertEquals(a.words().size(), a.lemmas().size());
    assertEquals(2, a.sentences());
    assertTrue(a.lemmas().contains("provider"));
    assertTrue(a.lemmas().contains("summary"));
    assertTrue(a.lemmas().contains("crawler"));
  }

  @Test
  void findsPersonMentionsWithOffsetsIntoTheText() {
    String text = "Kind regards, Marie Dupont, independent researcher in Lyon.";
    TextAnnotation a = annotator.annotate(text);
    Mention person =
        a.mentions().stream()
            .filter(m -> m.type().equals(Mention.PERSON))
            .findFirst()
            .orElseThrow();
    assertEquals("Marie Dupont", text.substring(person.begin(), person.end()));
  }
}
