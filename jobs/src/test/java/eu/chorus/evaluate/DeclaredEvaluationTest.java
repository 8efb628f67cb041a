package eu.chorus.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.evaluate.Scores.DeclaredEvaluation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeclaredEvaluationTest {

  private final Labels declared =
      new Labels(
          Map.of("a", "NGO", "b", "COMPANY", "c", "COMPANY"),
          Map.of(
              "a",
              Map.of("WP.NEW_RULES", "SUPPORT", "WP.LIABILITY_PLD", "SUPPORT"),
              "b",
              Map.of("WP.NEW_RULES", "OPPOSE"),
              "c",
              Map.of("WP.NEW_RULES", "MIXED")),
          Map.of());

  @Test
  void stanceIsScoredOnTickedPairsFoundAndCoverageCountsTheRest() {
    Labels read =
        new Labels(
            Map.of("a", "NGO", "b", "NGO"),
            Map.of(
                "a",
                Map.of("WP.NEW_RULES", "SUPPORT"),
                "b",
                Map.of("WP.NEW_RULES", "SUPPORT", "WP.BIOMETRIC_ID", "OPPOSE")),
            Map.of());
    DeclaredEvaluation e =
        Evaluator.declared(declared, read, Set.of("a", "b", "c"), Set.of("a"), "report");
    assertEquals(2, e.stance().n());
    assertEquals(0.5, e.stance().accuracy());
    assertEquals(2, e.coverage().truePositives());
    assertEquals(4, e.coverage().gold());
    assertEquals(0.5, e.coverage().recall());
    // respondent a sent a paper: 1 of its 2 ticked pairs found
    assertEquals(0.5, e.coverageWithPaper().recall());
    assertEquals(1, e.respondentsWithPaper());
    assertEquals(2, e.stancePerTopic().get("WP.NEW_RULES").n());
    assertEquals(0.5, e.stancePerTopic().get("WP.NEW_RULES").accuracy());
  }

  @Test
  void quotesOfRespondentsWhoTickedAreScoredAgainstTheStanceTheyTickedOnThatTopic() {
    List<Labels.Quoted> quotes =
        List.of(
            new Labels.Quoted("a", "WP.NEW_RULES", "SUPPORT"), // ticked SUPPORT: in its cell
            new Labels.Quoted("b", "WP.NEW_RULES", "SUPPORT"), // ticked OPPOSE: not
            new Labels.Quoted(
                "b", "WP.OTHER", "OPPOSE"), // no answer ticked on this topic: not scored
            new Labels.Quoted("d", "WP.NEW_RULES", "SUPPORT"), // ticked nothing: not scored
            new Labels.Quoted("c", "WP.NEW_RULES", "MIXED")); // outside the scope: not scored
    DeclaredEvaluation e =
        Evaluator.declared(
            declared,
            new Labels(Map.of(), Map.of(), Map.of()),
            quotes,
            Set.of("a", "b"),
            Set.of(),
            "report");
    assertEquals(2, e.quotes().quotes());
    assertEquals(1, e.quotes().inTickedCell());
    assertEquals(0.5, e.quotes().share());
    assertEquals(Map.of("SUPPORT", 1L), e.quotes().tickedToQuoted().get("OPPOSE"));
  }

  @Test
  void groupConfusionsSayWhatEachDeclaredGroupWasReadAs() {
    Labels read = new Labels(Map.of("a", "NGO", "b", "NGO"), Map.of(), Map.of());
    DeclaredEvaluation e =
        Evaluator.declared(declared, read, Set.of("a", "b", "c"), Set.of(), "all");
    assertEquals(1.0 / 3, e.group().accuracy(), 1e-9);
    assertEquals(Map.of("NGO", 1L, "(none)", 1L), e.groupConfusion().get("COMPANY"));
  }

  @Test
  void theSplitIsFixedByIdAndPutsAboutAThirdInTheReportPart() {
    Set<String> ids =
        IntStream.range(0, 3000).mapToObj(i -> "F" + (500000 + i)).collect(Collectors.toSet());
    Set<String> report =
        ids.stream()
            .filter(id -> RespondentSplit.of(id).equals(RespondentSplit.REPORT))
            .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(report.size() > 900 && report.size() < 1100, report.size() + " of 3000");
    assertEquals(RespondentSplit.of("F514465"), RespondentSplit.of(" f514465 "));
  }
}
