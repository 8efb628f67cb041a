package eu.chorus.passage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {

  private final PassageSplitter splitter = new PassageSplitter(200);
  private final PassageSplitter joining = new PassageSplitter(200, true);

  /** The passages of one file of these pages, printed lines joined. */
  private List<Passage> joined(String... pages) {
    return joining.passages("CP-7", 1, "CP-7/a.pdf", "en", List.of(pages));
  }

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

  @Test
  void aSentenceRunningOnPastItsPageIsOnePassageOnTheFirstPage() {
    List<Passage> ps =
        joined(
            "Intro.\n\nThe government has taken few concrete measures so far to boost",
            "AI research and innovation and support its adoption.\n\nNext point.");
    assertEquals(
        List.of(
            "Intro.",
            "The government has taken few concrete measures so far to boost AI research and"
                + " innovation and support its adoption.",
            "Next point."),
        ps.stream().map(Passage::text).toList());
    assertEquals(List.of(1, 1, 2), ps.stream().map(Passage::page).toList());
  }

  @Test
  void aClosedSentenceOrAListItemAfterThePageBreakStaysApart() {
    List<Passage> closed =
        joined("We support the measure as drafted in every respect.", "Annex one follows here.");
    assertEquals(2, closed.size());
    List<Passage> item =
        joined(
            "The measure should cover the following three areas of concern for users",
            "• transparency towards the users of the model.");
    assertEquals(2, item.size());
    List<Passage> address =
        joined(
            "Contact: info@example.eu - Tel.: +32 2 226 00 50 - www.example.eu",
            "Artificial intelligence must stay under human command in every workplace.");
    assertEquals(2, address.size());
  }

  @Test
  void aRunningHeadIsKeptOnceWhereItFirstStands() {
    List<String> pages = new java.util.ArrayList<>();
    List<String> words = List.of("one", "two", "three", "four");
    for (int page = 1; page <= 4; page++) {
      pages.add(
          "Response to the White Paper\n\nArgument "
              + words.get(page - 1)
              + ".\n\nPage "
              + page
              + " of 4");
    }
    List<String> texts =
        joining.passages("CP-7", 1, "CP-7/a.pdf", "en", pages).stream().map(Passage::text).toList();
    assertEquals(
        List.of(
            "Response to the White Paper",
            "Argument one.",
            "Page 1 of 4",
            "Argument two.",
            "Argument three.",
            "Argument four."),
        texts);
  }

  @Test
  void printedLinesGivenAsParagraphsAreJoinedIntoTheirSentence() {
    List<Passage> ps =
        joined(
            "Our position on liability\n\nWe support the measure as drafted but we ask"
                + " that\n\nthe deadline be extended to six months,\n\nas smaller"
                + " providers need the time.");
    assertEquals(
        List.of(
            "Our position on liability",
            "We support the measure as drafted but we ask that the deadline be extended to six"
                + " months, as smaller providers need the time."),
        ps.stream().map(Passage::text).toList());
    assertEquals(
        List.of("CP-7:1:0001", "CP-7:1:0002"), ps.stream().map(Passage::passageId).toList());
  }

  @Test
  void footnotesAtThePageFootFollowTheSentenceThatRunsOnPastThem() {
    List<Passage> ps =
        joined(
            "We strongly support the principle that any provider placing a model on\n\n"
                + "3 Directive (EU) 2019/790 on copyright, Article 4(3).",
            "the market respects reservations of rights.\n\n4.3 Text and data mining"
                + " opt-outs and crawlers\n\nCrawler transparency is an essential measure.");
    assertEquals(
        List.of(
            "We strongly support the principle that any provider placing a model on the market"
                + " respects reservations of rights.",
            "3 Directive (EU) 2019/790 on copyright, Article 4(3).",
            "4.3 Text and data mining opt-outs and crawlers",
            "Crawler transparency is an essential measure."),
        ps.stream().map(Passage::text).toList());
    assertEquals(List.of(1, 1, 2, 2), ps.stream().map(Passage::page).toList());
  }

  @Test
  void withoutJoiningEveryParagraphIsAPassageOfItsPage() {
    List<Passage> ps =
        splitter.passages(
            "CP-7",
            1,
            "CP-7/a.pdf",
            "en",
            List.of(
                "The government has taken few concrete measures so far to boost",
                "AI research and innovation and support its adoption."));
    assertEquals(List.of(1, 2), ps.stream().map(Passage::page).toList());
  }
}
