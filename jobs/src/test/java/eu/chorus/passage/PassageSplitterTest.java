package eu.chorus.passage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {

  private final PassageSplitter splitter = new PassageSplitter(200);

  @Test
  void splitsAtBlankLinesAndJoinsWrappedLines() {
    assertEquals(
        List.of("First paragraph wraps here.", "Second one."),
        splitter.paragraphs("First paragraph\nwraps here.\n\n  \nSecond one.\n"));
  }

  @Test
  void rejoinsWordsHyphenatedAcrossLines() {
    assertEquals(
        List.of("the transparency requirement"),
        splitter.paragraphs("the transpa-\nrency requirement"));
  }

  @Test
  void dropsFragmentsWithoutLetters() {
    assertEquals(List.of("Text."), splitter.paragraphs("Text.\n\n12\n\n- 3 -\n\n"));
  }

  @Test
  void cutsLongParagraphsAtSentenceEnds() {
    String sentence = "This sentence has exactly forty-four chars. ";
    List<String> pieces = new PassageSplitter(100).paragraphs(sentence.repeat(5));
    assertEquals(3, pieces.size());
    assertTrue(pieces.stream().allMatch(p -> p.length() <= 100));
    assertEquals(sentence.repeat(5).strip(), String.join(" ", pieces));
  }

  @Test
  void numbersPassagesAcrossPagesWithStableIds() {
    List<Passage> ps =
        splitter.passages("CP-7", 2, "CP-7/a.pdf", "en", List.of("A.\n\nB.", "", "C."));
    assertEquals(
        List.of("CP-7:2:0001", "CP-7:2:0002", "CP-7:2:0003"),
        ps.stream().map(Passage::passageId).toList());
    assertEquals(List.of(1, 1, 3), ps.stream().map(Passage::page).toList());
  }

  @Test
  void symbolFontBulletsBecomeBulletsAndReplacementCharactersGo() {
    assertEquals(
        List.of("\u2022 We support the label. \u2022 It should stay voluntary."),
        new PassageSplitter(2000)
            .paragraphs("\uF0B7 We support the label.\n\uF0A7 It should stay \uFFFDvoluntary."));
  }

  @Test
  void keepsTheLineBreakAfterAHeadingRunIntoItsParagraph() {
    assertEquals(
        List.of(
            "Types, nature and sources of risk\nSupport\nBoth belong in the list on their own terms"
                + " rather than as footnotes to cyber offence."),
        splitter.paragraphs(
            "Types, nature and sources of risk\nSupport\nBoth belong in the list on their own"
                + " terms rather than as\nfootnotes to cyber offence."));
  }

  @Test
  void aNumberedHeadingEndingWithAParenthesisIsAHeading() {
    assertEquals(
        List.of(
            "3.1 Technical documentation (Annex XI)\nWe agree in principle that documentation must"
                + " stay current, but a requirement to update it within a fixed number of days is"
                + " unworkable."),
        splitter.paragraphs(
            "3.1 Technical documentation (Annex XI)\nWe agree in principle that documentation must"
                + " stay current, but a requirement to update it\nwithin a fixed number of days is"
                + " unworkable."));
  }

  @Test
  void joinsShortLinesThatContinueTheirSentence() {
    assertEquals(
        List.of(
            "We ask the drafters to keep the measure as it is in the draft, for the reasons below."),
        splitter.paragraphs(
            "We ask the drafters to keep the measure as it is in the draft,\nfor the reasons"
                + " below."));
    assertEquals(
        List.of("The Code should follow the European Commission guidance on the matter."),
        splitter.paragraphs(
            "The Code should follow the\nEuropean Commission guidance on the matter."),
        "a short line before a capital is a heading only beside a longer line");
  }
}
