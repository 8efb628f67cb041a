package eu.chorus.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.chorus.train.LogisticRegressionFit.HeldOut;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadingPrecisionTest {

  @Test
  void aShiftMovesTheConfidenceAsTheRunReadsIt() {
    HeldOut h = new HeldOut("RARE", Map.of("RARE", 0.25, "COMMON", 0.75), 0);
    assertEquals(0.75, h.confidence(Map.of()), 1e-9);
    // odds 0.25·e^ln3 : 0.75 = 0.75 : 0.75
    assertEquals(0.5, h.confidence(Map.of("RARE", Math.log(3))), 1e-9);
  }

  @Test
  void aHigherBarKeepsTheSurerReadingsAndCountsHowManyAreRight() {
    List<HeldOut> heldOut =
        List.of(
            new HeldOut("A", Map.of("A", 0.95, "B", 0.05), 0),
            new HeldOut("B", Map.of("A", 0.55, "B", 0.45), 1),
            new HeldOut("B", Map.of("A", 0.35, "B", 0.65), 2));
    List<ReadingPrecision.Point> points = ReadingPrecision.of(heldOut, Map.of());
    ReadingPrecision.Point all = points.get(0);
    assertEquals(0.0, all.bar());
    assertEquals(3, all.readings());
    assertEquals(2, all.right());
    ReadingPrecision.Point sixty =
        points.stream().filter(p -> p.bar() == 0.6).findFirst().orElseThrow();
    assertEquals(2, sixty.readings());
    assertEquals(1.0, sixty.precision());
    ReadingPrecision.Point ninety =
        points.stream().filter(p -> p.bar() == 0.9).findFirst().orElseThrow();
    assertEquals(1, ninety.readings());
  }
}
