package eu.chorus.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeenParagraphsTest {

  private static final String TRAIN =
      "We support the public summary of training content because rightsholders need to know "
          + "which works were used, and the template must name the main datasets.";

  @Test
  void aParagraphATrainingSubmissionHasIsSeenWordForWordOrNearly() {
    Set<String> seen =
        SeenParagraphs.seen(
            List.of(TRAIN),
            Map.of(
                "same", TRAIN.toUpperCase(java.util.Locale.ROOT).replace(",", ""),
                "near", TRAIN.replace("main datasets", "largest datasets used"),
                "new",
                    "Incident reporting within fifteen days is unworkable for small providers without a security team."));
    assertEquals(Set.of("same", "near"), seen);
  }

  @Test
  void pairsReadFromASeenParagraphLeaveBothSidesAndMissedGoldPairsStay() {
    Labels gold =
        new Labels(
            Map.of(), Map.of("s1", Map.of("A", "SUPPORT", "B", "OPPOSE", "C", "MIXED")), Map.of());
    Labels predicted =
        new Labels(Map.of(), Map.of("s1", Map.of("A", "SUPPORT", "B", "SUPPORT")), Map.of());
    SeenParagraphs.Filtered f =
        SeenParagraphs.filter(
            gold,
            predicted,
            Map.of("s1", Map.of("A", "p1", "B", "p2")),
            Set.of("p1"),
            Set.of("s1"),
            2);
    assertEquals(Map.of("B", "OPPOSE", "C", "MIXED"), f.gold().stances().get("s1"));
    assertEquals(Map.of("B", "SUPPORT"), f.predicted().stances().get("s1"));
    assertEquals(1, f.removedPairs());
    assertEquals(3, f.pairs());
  }
}
