package eu.chorus.train;

import eu.chorus.evaluate.Evaluator;
import eu.chorus.train.LogisticRegressionFit.Example;
import eu.chorus.train.LogisticRegressionFit.HeldOut;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Moves a model's decision towards its rarer labels where that raises macro-F1. A logistic
 * regression fitted on 390 SUPPORT, 172 OPPOSE and 41 MIXED examples picks the majority whenever
 * the evidence is unclear, so the rare stances a chair most needs to see are seldom read; macro-F1
 * weighs each stance alike. Each label but the most frequent gets a shift of its log-odds from
 * {@link #GRID}, chosen on held-out probabilities by macro-F1 (ties: the smaller total shift). What
 * the shifts are worth is measured by nested cross-validation: in each outer fold they are chosen
 * on held-out probabilities of the other folds only, then the outer fold is scored.
 */
public final class ClassShifts {

  /** Shifts tried for each label's log-odds. */
  static final double[] GRID = {-1.0, -0.5, 0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0};

  /**
   * The shifts kept and their nested cross-validated figures.
   *
   * @param shifts label → log-odds shift (empty when shifting did not help)
   * @param without nested cross-validated macro-F1 of the model as fitted
   * @param with the same with shifts chosen inside each outer fold
   */
  public record Choice(Map<String, Double> shifts, double without, double with) {

    /** For a model's header. */
    public String describe() {
      return String.format(
          Locale.ROOT,
          "nested %s cross-validated macro-F1 %.3f as fitted, %.3f with shifts chosen inside each fold: %s",
          "respondent-fold",
          without,
          with,
          shifts.isEmpty() ? "not shifted" : "shifts kept " + shifts);
    }
  }

  private ClassShifts() {}

  /** The shifts with the best macro-F1 on these held-out probabilities. */
  static Map<String, Double> choose(List<HeldOut> heldOut) {
    Map<String, Integer> support = new TreeMap<>();
    heldOut.forEach(h -> support.merge(h.gold(), 1, Integer::sum));
    heldOut.forEach(h -> h.probabilities().keySet().forEach(l -> support.putIfAbsent(l, 0)));
    String majority =
        support.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    List<String> shifted = new ArrayList<>(support.keySet());
    shifted.remove(majority);
    Map<String, Double> best = new TreeMap<>();
    double[] top = {macroF1(heldOut, best), 0.0};
    search(heldOut, shifted, 0, new TreeMap<>(), best, top);
    best.values().removeIf(v -> v == 0.0);
    return best;
  }

  private static void search(
      List<HeldOut> heldOut,
      List<String> labels,
      int at,
      Map<String, Double> current,
      Map<String, Double> best,
      double[] top) {
    if (at == labels.size()) {
      double score = macroF1(heldOut, current);
      double size = current.values().stream().mapToDouble(Math::abs).sum();
      if (score > top[0] + 1e-12 || (Math.abs(score - top[0]) <= 1e-12 && size < top[1])) {
        top[0] = score;
        top[1] = size;
        best.clear();
        best.putAll(current);
      }
      return;
    }
    for (double shift : GRID) {
      current.put(labels.get(at), shift);
      search(heldOut, labels, at + 1, current, best, top);
    }
    current.remove(labels.get(at));
  }

  static double macroF1(List<HeldOut> heldOut, Map<String, Double> shifts) {
    List<String[]> pairs = new ArrayList<>();
    heldOut.forEach(h -> pairs.add(new String[] {h.gold(), h.best(shifts)}));
    return Evaluator.classification(pairs).macroF1();
  }

  /**
   * Shifts chosen on all examples' held-out probabilities, kept only when the nested estimate says
   * they help.
   *
   * @param heldOut the examples' held-out probabilities from {@code fit}'s cross-validation with
   *     the same folds and seed ({@link LogisticRegressionFit.PenaltyChoice#heldOut}): the outer
   *     folds' predictions, so that only the inner cross-validations are fitted here
   */
  public static Choice choose(
      LogisticRegressionFit fit,
      List<Example> examples,
      List<HeldOut> heldOut,
      int folds,
      long seed) {
    List<List<Example>> outer = LogisticRegressionFit.folds(examples, folds, seed);
    List<String[]> without = new ArrayList<>();
    List<String[]> with = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      List<Example> train = LogisticRegressionFit.allBut(outer, fold);
      if (train.isEmpty() || outer.get(fold).isEmpty()) {
        continue;
      }
      Map<String, Double> shifts = choose(fit.crossValidatedProbabilities(train, folds, seed));
      for (HeldOut h : heldOut) {
        if (h.fold() == fold) {
          without.add(new String[] {h.gold(), h.best()});
          with.add(new String[] {h.gold(), h.best(shifts)});
        }
      }
    }
    double asFitted = Evaluator.classification(without).macroF1();
    double shifted = Evaluator.classification(with).macroF1();
    Map<String, Double> kept = shifted > asFitted ? choose(heldOut) : new HashMap<>();
    return new Choice(new TreeMap<>(kept), asFitted, shifted);
  }
}
