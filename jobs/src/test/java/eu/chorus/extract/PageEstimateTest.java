package eu.chorus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageEstimateTest {

  @Test
  void cutsOnlyBetweenParagraphs() {
    List<String> pages = PageEstimate.paginate("one two three\n\nfour five\n\nsix", 4);
    assertEquals(List.of("one two three\n\n", "four five\n\nsix\n\n"), pages);
  }

  @Test
  void aParagraphLongerThanAPageGetsAPageOfItsOwn() {
    assertEquals(2, PageEstimate.paginate("a b c d e f\n\ng", 3).size());
  }
}
