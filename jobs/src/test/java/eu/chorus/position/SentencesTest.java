package eu.chorus.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

  private static List<String> sentences(String text) {
    return Sentences.of(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void aHeadingLineIsNotPartOfTheSentenceAfterIt() {
    assertEquals(
        List.of("4.3 Serious incident reporting", "Support", "A mechanism is necessary.", "Next."),
        sentences("4.3 Serious incident reporting\nSupport\nA mechanism is necessary. Next."));
  }

  @Test
  void eachBulletIsASentenceWithoutItsBullet() {
    assertEquals(
        List.of("We welcome it.", "Evaluation cannot stop.", "The process follows."),
        sentences("• We welcome it. • Evaluation cannot stop. • The process follows."));
  }

  @Test
  void aBreakWithoutASpaceAfterItIsInsideAReference() {
    assertEquals(
        List.of(
            "Do you believe that a labelling system (Section 5.[name] of the White Paper) is useful?",
            "Yes."),
        sentences(
            "Do you believe that a labelling system (Section 5.[name] of the White Paper) is useful? Yes."));
  }

  @Test
  void aDashAfterASentencesEndIsABulletButADashInRunningTextIsNot() {
    assertEquals(
        List.of("How is it judged?", "Our questions concern edge cases.", "We oppose public KPIs."),
        sentences(
            "- How is it judged? - Our questions concern edge cases. - We oppose public KPIs."));
    assertEquals(
        List.of("The Code – as drafted – fails small firms.", "It must change - now."),
        sentences("The Code – as drafted – fails small firms. It must change - now."));
  }

  @Test
  void aFootnoteRunIntoTheTextEndsTheSentenceAndItsMarkIsLeftOut() {
    assertEquals(
        List.of(
            "It would achieve the same purpose without delaying launches.",
            "Regulation (EU) 2024/1689 of the European Parliament.",
            "We agree."),
        sentences(
            "It would achieve the same purpose without delaying launches.9 Regulation (EU)"
                + " 2024/1689 of the European Parliament. We agree."));
    assertEquals(
        List.of("See Article 53(1)(a) and point 4.2 of Annex XI."),
        sentences("See Article 53(1)(a) and point 4.2 of Annex XI."),
        "numbers after a number's dot are not footnote marks");
  }

  @Test
  void sentencesAdjoinOnlyInRunningText() {
    String text = "Short one. Then more.\nHeading\nText. • Bullet.";
    List<Sentences.Span> s = Sentences.of(text);
    assertTrue(Sentences.adjoin(text, s.get(0), s.get(1)));
    assertFalse(Sentences.adjoin(text, s.get(1), s.get(2)));
    assertFalse(Sentences.adjoin(text, s.get(3), s.get(4)));
  }
}
