package eu.chorus.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.chorus.evaluate.Scores.Classification;
import eu.chorus.evaluate.Scores.PRF;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorTest {

  private static final Set<String> ALL = Set.of("a", "b", "c", "d");

  private final Labels gold =
      new Labels(
          Map.of("a", "ACADEMIA", "b", "ACADEMIA", "c", "RIGHTSHOLDER", "d", "OTHER"),
          Map.of(
              "a",
              Map.of("X.KPIS", "SUPPORT", "X.PROCESS", "OPPOSE"),
              "b",
              Map.of("X.KPIS", "OPPOSE")),
          Map.of("a", "c1", "b", "c1", "c", "c1"));

  @Test
  void groupAccuracyCountsMissingPredictionsAsWrong() {
    Labels predicted =
        new Labels(
            Map.of("a", "ACADEMIA", "b", "RIGHTSHOLDER", "c", "RIGHTSHOLDER"), Map.of(), Map.of());
    Classification c = Evaluator.groups(gold, predicted, ALL);
    assertEquals(0.5, c.accuracy());
    assertEquals(4, c.n());
    assertEquals(0.5, c.perLabel().get("ACADEMIA").recall());
    assertEquals(0.5, c.perLabel().get("RIGHTSHOLDER").precision());
    // per gold label F1: ACADEMIA 2/3, RIGHTSHOLDER 2/3, OTHER 0 → macro 4/9
    assertEquals(4.0 / 9, c.macroF1(), 1e-9);
  }

  @Test
  void topicScoresArePairsOfSubmissionAndTopic() {
    Labels predicted =
        new Labels(
            Map.of(),
            Map.of("a", Map.of("X.KPIS", "NEUTRAL"), "c", Map.of("X.KPIS", "NEUTRAL")),
            Map.of());
    PRF micro = Evaluator.topicPairs(gold, predicted, ALL, null);
    assertEquals(1, micro.truePositives());
    assertEquals(0.5, micro.precision());
    assertEquals(1.0 / 3, micro.recall(), 1e-9);
    assertEquals(0.4, micro.f1(), 1e-9);
  }

  @Test
  void stanceIsScoredOnlyOnPairsBothFound() {
    Labels predicted =
        new Labels(
            Map.of(),
            Map.of(
                "a",
                Map.of("X.KPIS", "SUPPORT", "WG3.SECURITY", "OPPOSE"),
                "b",
                Map.of("X.KPIS", "SUPPORT")),
            Map.of());
    Classification c = Evaluator.stances(gold, predicted, ALL);
    assertEquals(2, c.n());
    assertEquals(0.5, c.accuracy());
  }

  @Test
  void campaignPairsAreUnorderedPairsWithinTheScope() {
    Labels predicted = new Labels(Map.of(), Map.of(), Map.of("a", "x", "b", "x", "d", "x"));
    PRF p = Evaluator.campaignPairs(gold, predicted, ALL);
    // gold pairs ab ac bc; predicted ab ad bd
    assertEquals(1, p.truePositives());
    assertEquals(1.0 / 3, p.precision(), 1e-9);
    assertEquals(1.0 / 3, p.recall(), 1e-9);
    assertEquals(1, Evaluator.campaignPairs(gold, predicted, Set.of("a", "b")).gold());
  }

  @Test
  void nothingPredictedGivesNoPrecisionRatherThanZero() {
    PRF p = Evaluator.campaignPairs(gold, new Labels(Map.of(), Map.of(), Map.of()), ALL);
    assertNull(p.precision());
    assertEquals(0.0, p.recall());
  }

  @Test
  void readsGoldAndRunFoldersInTheirDocumentedLayouts(@TempDir Path dir) throws IOException {
    Path g = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(
        g.resolve("stakeholders.csv"), "submission_id,stakeholder_group\r\na,ACADEMIA\r\n");
    Files.writeString(
        g.resolve("stances.csv"), "submission_id,topic,stance\r\na,X.KPIS,SUPPORT\r\n");
    Files.writeString(g.resolve("campaigns.csv"), "submission_id,campaign_id\r\n");
    Files.writeString(g.resolve("split.csv"), "submission_id,split\r\na,test\r\n");
    Path r = Files.createDirectories(dir.resolve("run"));
    Files.writeString(
        r.resolve("submissions.csv"),
        "submission_id,stakeholder_group,campaign_id\r\na,ACADEMIA,\r\n");
    Files.writeString(
        r.resolve("stances.csv"),
        "submission_id,topic,stance,confidence,passage_id\r\na,X.KPIS,SUPPORT,0.9,a:1:0001\r\n");
    Scores.Evaluation e =
        Evaluator.evaluate(Labels.readGold(g), Labels.readRun(r), Set.of("a"), "test");
    assertEquals(1.0, e.stakeholderGroup().accuracy());
    assertEquals(1.0, e.topicsMicro().f1());
    assertEquals(1.0, e.stance().macroF1());
    assertEquals(Map.of("a", "test"), Labels.readSplit(g));
    assertEquals(Map.of(), Labels.readRun(r).campaigns());
  }
}
