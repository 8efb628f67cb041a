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
            2,
            Map.of(),
            SeenParagraphs.Rule.PASSAGE);
    assertEquals(Map.of("B", "OPPOSE", "C", "MIXED"), f.gold().stances().get("s1"));
    assertEquals(Map.of("B", "SUPPORT"), f.predicted().stances().get("s1"));
    assertEquals(1, f.removedPairs());
    assertEquals(3, f.pairs());
  }

  @Test
  void judgedByTheParagraphsWrittenForThemMissedGoldPairsLeaveToo() {
    Labels gold =
        new Labels(
            Map.of(), Map.of("s1", Map.of("A", "SUPPORT", "B", "OPPOSE", "C", "MIXED")), Map.of());
    Labels predicted =
        new Labels(Map.of(), Map.of("s1", Map.of("A", "SUPPORT", "D", "SUPPORT")), Map.of());
    SeenParagraphs.Filtered all = filter(gold, predicted, SeenParagraphs.Rule.WRITTEN_ALL);
    assertEquals(Map.of("A", "SUPPORT", "B", "OPPOSE"), all.gold().stances().get("s1"));
    assertEquals(Map.of("A", "SUPPORT"), all.predicted().stances().get("s1"));
    SeenParagraphs.Filtered any = filter(gold, predicted, SeenParagraphs.Rule.WRITTEN_ANY);
    assertEquals(null, any.gold().stances().get("s1"));
    assertEquals(4, any.removedPairs());
  }

  /**
   * A found from seen p1 but also written in unseen p5; C missed, written only in seen p3; B
   * missed, written in seen p2 and unseen p4; D found outside the gold from seen p6.
   */
  private static SeenParagraphs.Filtered filter(
      Labels gold, Labels predicted, SeenParagraphs.Rule rule) {
    return SeenParagraphs.filter(
        gold,
        predicted,
        Map.of("s1", Map.of("A", "p1", "D", "p6")),
        Set.of("p1", "p2", "p3", "p6"),
        Set.of("s1"),
        6,
        Map.of(
            "s1", Map.of("A", List.of("p1", "p5"), "B", List.of("p2", "p4"), "C", List.of("p3"))),
        rule);
  }
}
