package eu.chorus.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.LocalSpark;
import eu.chorus.classify.LinearModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LogisticRegressionFitTest {

  @RegisterExtension static final LocalSpark SPARK = new LocalSpark("lr-fit-test", 2);

  private static List<LogisticRegressionFit.Example> examples() {
    List<LogisticRegressionFit.Example> examples = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      examples.add(
          new LogisticRegressionFit.Example(
              "u" + i, Map.of("word:university", 1.0, "size:large", (double) (i % 2)), "ACADEMIA"));
      examples.add(
          new LogisticRegressionFit.Example(
              "c" + i, Map.of("word:gmbh", 1.0, "register", 1.0), "COMPANY"));
      examples.add(
          new LogisticRegressionFit.Example("p" + i, Map.of("no_organisation", 1.0), "CITIZEN"));
    }
    examples.add(
        new LogisticRegressionFit.Example(
            "x", Map.of("word:unique", 1.0, "no_organisation", 1.0), "CITIZEN"));
    return examples;
  }

  @Test
  void aFittedModelSeparatesGroupsByTheirEvidenceAndIsKeptAsNamedWeights() {
    LinearModel model = new LogisticRegressionFit(SPARK.session(), 0.01, 2).fit(examples());
    assertEquals(List.of("ACADEMIA", "CITIZEN", "COMPANY"), model.labels());
    assertEquals("ACADEMIA", model.best(Map.of("word:university", 1.0)).getKey());
    assertEquals("COMPANY", model.best(Map.of("word:gmbh", 1.0)).getKey());
    assertEquals("CITIZEN", model.best(Map.of("no_organisation", 1.0)).getKey());
  }

  @Test
  void aFeatureOfFewerExamplesThanTheMinimumGetsNoWeight() {
    LinearModel model = new LogisticRegressionFit(SPARK.session(), 0.01, 2).fit(examples());
    Map<String, Double> withUnique = model.probabilities(Map.of("word:unique", 1.0));
    Map<String, Double> empty = model.probabilities(Map.of());
    assertEquals(empty, withUnique);
  }

  @Test
  void crossValidationScoresHeldOutFolds() {
    double accuracy =
        eu.chorus.evaluate.Evaluator.classification(
                new LogisticRegressionFit(SPARK.session(), 0.01, 2)
                    .crossValidated(examples(), 3, 1L))
            .accuracy();
    assertTrue(accuracy > 0.9, "accuracy " + accuracy);
    assertFalse(Double.isNaN(accuracy));
  }

  @Test
  void crossValidationNeverScoresARespondentOnAModelFittedOnItsOtherExamples() {
    List<LogisticRegressionFit.Example> examples = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      examples.add(new LogisticRegressionFit.Example("a" + i, Map.of("common", 1.0), "A"));
    }
    for (int i = 0; i < 6; i++) {
      examples.add(new LogisticRegressionFit.Example("b" + i, Map.of("mark:other", 1.0), "B"));
    }
    for (int t = 0; t < 4; t++) {
      examples.add(
          new LogisticRegressionFit.Example(
              "odd/topic" + t, Map.of("common", 1.0, "mark:odd", 1.0), "ODD"));
    }
    List<String[]> pairs =
        new LogisticRegressionFit(SPARK.session(), 0.01, 2).crossValidated(examples, 5, 7L);
    assertEquals(examples.size(), pairs.size());
    assertTrue(
        pairs.stream().filter(p -> p[0].equals("ODD")).noneMatch(p -> p[1].equals("ODD")),
        "the respondent's own mark was learnt from its other examples");
  }

  @Test
  void withoutStandardisationARareIndicatorWeighsNoMoreThanACommonOneOfTheSameEvidence() {
    // "rare" marks 3 of 30 A's, "common" 15 of 30: standardised, the rare one's weight is penalised
    // less, so it moves a prediction more; unstandardised, the penalty treats both alike.
    List<LogisticRegressionFit.Example> examples = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      Map<String, Double> a = new java.util.TreeMap<>(Map.of("bias:a", 1.0));
      if (i < 3) {
        a.put("rare", 1.0);
      }
      if (i < 15) {
        a.put("common", 1.0);
      }
      examples.add(new LogisticRegressionFit.Example("a" + i, a, "A"));
      examples.add(new LogisticRegressionFit.Example("b" + i, Map.of("bias:b", 1.0), "B"));
    }
    double standardised =
        shiftOfA(new LogisticRegressionFit(SPARK.session(), 0.1, 2, true), examples);
    double unstandardised =
        shiftOfA(new LogisticRegressionFit(SPARK.session(), 0.1, 2, false), examples);
    assertTrue(
        standardised > unstandardised,
        "rare indicator's pull standardised "
            + standardised
            + ", unstandardised "
            + unstandardised);
  }

  /** How much more probable A is with the rare indicator than with the common one. */
  private static double shiftOfA(
      LogisticRegressionFit fit, List<LogisticRegressionFit.Example> examples) {
    LinearModel model = fit.fit(examples);
    return model.probabilities(Map.of("rare", 1.0)).get("A")
        - model.probabilities(Map.of("common", 1.0)).get("A");
  }

  @Test
  void theScalingKeptIsTheOneThatCrossValidatesBetterAndMllibsDefaultOnATie() {
    LogisticRegressionFit.PenaltyChoice standardised = choice(true, 0.62);
    LogisticRegressionFit.PenaltyChoice unstandardised = choice(false, 0.66);
    assertFalse(
        new LogisticRegressionFit.Regularisation(standardised, unstandardised)
            .kept()
            .standardised());
    assertTrue(
        new LogisticRegressionFit.Regularisation(choice(true, 0.66), unstandardised)
            .kept()
            .standardised());
    assertTrue(
        new LogisticRegressionFit.Regularisation(standardised, unstandardised)
            .describe()
            .endsWith("-> unstandardised"));
  }

  private static LogisticRegressionFit.PenaltyChoice choice(boolean standardised, double score) {
    return new LogisticRegressionFit.PenaltyChoice(
        0.01, standardised, Map.of(0.01, score), List.of());
  }
}
