package eu.chorus.train;

import eu.chorus.train.LogisticRegressionFit.HeldOut;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How often a model's held-out readings are right once read with at least a given confidence: what
 * a bar on the confidence buys (a quote is drawn only from a stance read above such a bar). Read
 * off cross-validated probabilities, folds by respondent, with the model's shifts applied as the
 * run applies them, so the figures are those of respondents the model was not fitted on.
 */
public final class ReadingPrecision {

  /** The bars reported. */
  static final double[] BARS = {0.0, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9};

  /**
   * One bar's figures.
   *
   * @param bar the least confidence read
   * @param readings how many held-out readings reach it
   * @param right how many of those name the gold label
   */
  public record Point(double bar, int readings, int right) {

    public double precision() {
      return readings == 0 ? 0 : (double) right / readings;
    }
  }

  private ReadingPrecision() {}

  /** The figures at each of {@link #BARS}. */
  static List<Point> of(List<HeldOut> heldOut, Map<String, Double> shifts) {
    return java.util.Arrays.stream(BARS)
        .mapToObj(
            bar -> {
              int readings = 0;
              int right = 0;
              for (HeldOut h : heldOut) {
                if (h.confidence(shifts) >= bar) {
                  readings++;
                  right += h.gold().equals(h.best(shifts)) ? 1 : 0;
                }
              }
              return new Point(bar, readings, right);
            })
        .toList();
  }

  /** "0.5: 0.655 of 590; 0.7: …", for a model's header. */
  static String describe(List<Point> points) {
    StringBuilder s = new StringBuilder();
    for (Point p : points) {
      s.append(
          String.format(
              Locale.ROOT,
              "%s%.2f: %.3f of %d",
              s.length() == 0 ? "" : "; ",
              p.bar(),
              p.precision(),
              p.readings()));
    }
    return s.toString();
  }
}
