package eu.chorus.train;

import eu.chorus.classify.Features;
import eu.chorus.classify.LinearModel;
import eu.chorus.classify.SubmissionClassifier;
import eu.chorus.classify.SubmissionEvidence;
import eu.chorus.classify.TopicEvidence;
import eu.chorus.evaluate.Evaluator;
import eu.chorus.evaluate.RespondentSplit;
import eu.chorus.profile.Stance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * Where a consultation's texts count as addressing a measure: the shared topic model's probability
 * above which a topic is read, chosen on the fit part of the respondent split. A lower bar finds
 * more of the measures respondents ticked (coverage) but reads stance from thinner evidence; the
 * bar kept is the one with the best mean of the two on the fit part: coverage of the ticked pairs
 * of respondents who sent a paper, and the cross-validated stance macro-F1 on the pairs found at
 * that bar.
 */
public final class TopicThresholdChoice {

  static final double[] BARS = {0.5, 0.4, 0.3, 0.2, 0.1, 0.05};

  /** One bar and what it gives on the fit part. */
  public record Scored(
      double bar, int found, int ticked, double coverageWithPaper, double stanceMacroF1) {
    double objective() {
      return (coverageWithPaper + stanceMacroF1) / 2;
    }
  }

  /** The chosen bar, every bar's scores, and the stance examples found at the chosen bar. */
  public record Choice(
      double bar, List<Scored> scored, List<LogisticRegressionFit.Example> examples) {

    /** The shared topic model moved so that its decision point is the chosen bar. */
    public LinearModel topicModel(LinearModel shared) {
      return shared.withThreshold(SubmissionClassifier.ADDRESSED, bar);
    }

    public List<String> header() {
      StringBuilder s = new StringBuilder();
      scored.forEach(
          x ->
              s.append(
                  String.format(
                      Locale.ROOT,
                      "%s: coverage(paper) %.3f, stance macro-F1 %.3f (%d pairs); ",
                      x.bar(),
                      x.coverageWithPaper(),
                      x.stanceMacroF1(),
                      x.found())));
      return List.of(
          "the shared topic model (chorus/models/topic.tsv) with its ADDRESSED decision moved to "
              + bar,
          "recipe: chorus train-profile (fit part of the respondent split): the bar with the best mean of coverage of the "
              + "ticked pairs of respondents with a paper and cross-validated stance macro-F1 on the pairs found",
          "fit part: " + s.toString().trim());
    }
  }

  private TopicThresholdChoice() {}

  /**
   * @param ticked submission id → topic → stance ticked
   * @param withPaper the respondents who sent a paper
   * @param stancePenalty the stance model's L2 penalty for the cross-validation
   */
  public static Choice choose(
      SparkSession spark,
      Map<String, SubmissionEvidence> evidence,
      Map<String, Map<String, Stance>> ticked,
      Set<String> withPaper,
      SubmissionClassifier classifier,
      double stancePenalty) {
    List<Scored> scored = new ArrayList<>();
    Map<Double, List<LogisticRegressionFit.Example>> examplesAt = new LinkedHashMap<>();
    for (double bar : BARS) {
      List<LogisticRegressionFit.Example> examples = new ArrayList<>();
      int tickedWithPaper = 0;
      int foundWithPaper = 0;
      for (Map.Entry<String, Map<String, Stance>> respondent : ticked.entrySet()) {
        String id = respondent.getKey();
        if (!RespondentSplit.of(id).equals(RespondentSplit.FIT)) {
          continue;
        }
        boolean paper = withPaper.contains(id);
        tickedWithPaper += paper ? respondent.getValue().size() : 0;
        SubmissionEvidence e = evidence.get(id);
        if (e == null) {
          continue;
        }
        for (TopicEvidence t : e.topics()) {
          Stance stance = respondent.getValue().get(t.topic());
          if (stance != null && classifier.addressed(t, e) >= bar) {
            examples.add(
                new LogisticRegressionFit.Example(
                    id + "/" + t.topic(), Features.stance(t, e), stance.name()));
            foundWithPaper += paper ? 1 : 0;
          }
        }
      }
      double macroF1 =
          Evaluator.classification(
                  new LogisticRegressionFit(spark, stancePenalty, StanceModelTraining.MIN_EXAMPLES)
                      .crossValidated(
                          examples, StanceModelTraining.FOLDS, StanceModelTraining.SEED))
              .macroF1();
      scored.add(
          new Scored(
              bar,
              examples.size(),
              tickedWithPaper,
              tickedWithPaper == 0 ? 0 : (double) foundWithPaper / tickedWithPaper,
              macroF1));
      examplesAt.put(bar, examples);
    }
    Scored best =
        scored.stream().max(java.util.Comparator.comparingDouble(Scored::objective)).orElseThrow();
    return new Choice(best.bar(), scored, examplesAt.get(best.bar()));
  }
}
