package eu.chorus.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.LocalSpark;
import eu.chorus.classify.LinearModel;
import eu.chorus.train.LogisticRegressionFit.Example;
import eu.chorus.train.LogisticRegressionFit.HeldOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClassShiftsTest {

  @RegisterExtension static final LocalSpark SPARK = new LocalSpark("class-shifts-test", 2);

  @Test
  void aRareLabelAlwaysJustBelowTheMajorityGetsTheSmallestShiftThatReadsIt() {
    List<HeldOut> heldOut = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      heldOut.add(new HeldOut("RARE", Map.of("RARE", 0.4, "COMMON", 0.6), 0));
    }
    for (int i = 0; i < 30; i++) {
      heldOut.add(new HeldOut("COMMON", Map.of("RARE", 0.2, "COMMON", 0.8), 0));
    }
    assertEquals(Map.of("RARE", 0.5), ClassShifts.choose(heldOut));
    assertEquals(1.0, ClassShifts.macroF1(heldOut, Map.of("RARE", 0.5)), 1e-9);
  }

  @Test
  void heldOutProbabilitiesAlreadyReadRightAreNotShifted() {
    List<HeldOut> heldOut = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      heldOut.add(new HeldOut("RARE", Map.of("RARE", 0.7, "COMMON", 0.3), 0));
      heldOut.add(new HeldOut("COMMON", Map.of("RARE", 0.1, "COMMON", 0.9), 0));
      heldOut.add(new HeldOut("COMMON", Map.of("RARE", 0.1, "COMMON", 0.9), 0));
    }
    assertEquals(Map.of(), ClassShifts.choose(heldOut));
  }

  @Test
  void aShiftMovesOnlyItsLabelsIntercept() {
    LinearModel model =
        LinearModel.of(
            Map.of(
                "COMMON", Map.of(LinearModel.BIAS, 0.4),
                "RARE", Map.of(LinearModel.BIAS, 0.0, "cue", 1.0)));
    assertEquals("COMMON", model.best(Map.of()).getKey());
    LinearModel shifted = model.withBiasShifts(Map.of("RARE", 0.5));
    assertEquals("RARE", shifted.best(Map.of()).getKey());
    assertEquals(
        model.probabilities(Map.of()).get("RARE") * Math.exp(0.5),
        shifted.probabilities(Map.of()).get("RARE")
            / shifted.probabilities(Map.of()).get("COMMON")
            * model.probabilities(Map.of()).get("COMMON"),
        1e-9,
        "the label's odds are multiplied by e^shift");
  }

  @Test
  void shiftsAreKeptOnlyWhereTheNestedEstimateSaysTheyHelp() {
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      examples.add(new Example("s" + i, Map.of("pro", 1.0), "SUPPORT"));
      examples.add(new Example("o" + i, Map.of("con", 1.0), "OPPOSE"));
    }
    LogisticRegressionFit fit = new LogisticRegressionFit(SPARK.session(), 0.01, 2);
    ClassShifts.Choice choice =
        ClassShifts.choose(fit, examples, fit.crossValidatedProbabilities(examples, 5, 3L), 5, 3L);
    assertEquals(1.0, choice.without(), 1e-9);
    assertTrue(choice.with() <= choice.without());
    assertEquals(Map.of(), choice.shifts());
  }
}
