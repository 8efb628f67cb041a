package eu.chorus.passage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpenStartsTest {

  private static final String STOPS_MID_SENTENCE =
      "relatively light on detail in terms of concrete measures taken to boost";

  private static OpenStarts.Edge edge(String id, int page, String text) {
    return OpenStarts.Edge.of(new Passage(id, "F1", "f.pdf", page, "en", text));
  }

  @Test
  void aPassageAfterOneThatStopsMidSentenceOpensMidSentence() {
    OpenStarts open =
        OpenStarts.of(
            List.of(
                edge("F1:1:0002", 4, "AI research and innovation and support its adoption."),
                edge("F1:1:0001", 3, STOPS_MID_SENTENCE)));
    assertEquals(1, open.size());
    assertTrue(open.contains("F1:1:0002"), "on the next page too, whatever the order given");
  }

  @Test
  void aSentenceEndAShortLineAPageGapAListItemOrAnotherFileEndTheSentence() {
    List<OpenStarts.Edge> edges =
        List.of(
            edge("F1:1:0001", 1, "Our views on the Code of Practice are set out below."),
            edge("F1:1:0002", 1, "AI research and innovation."),
            edge("F1:1:0003", 1, "Our views on the code"),
            edge("F1:1:0004", 1, "AI research and innovation."),
            edge("F1:1:0005", 1, STOPS_MID_SENTENCE),
            edge("F1:1:0006", 3, "AI research and innovation."),
            edge("F1:1:0007", 3, STOPS_MID_SENTENCE),
            edge("F1:1:0008", 3, "• AI research and innovation."),
            edge("F1:1:0009", 3, STOPS_MID_SENTENCE),
            edge("F1:2:0010", 3, "AI research and innovation."));
    OpenStarts open = OpenStarts.of(edges);
    assertFalse(open.contains("F1:1:0002"));
    assertFalse(open.contains("F1:1:0004"));
    assertFalse(open.contains("F1:1:0006"));
    assertFalse(open.contains("F1:1:0008"));
    assertFalse(open.contains("F1:2:0010"));
    assertEquals(0, open.size());
  }
}
