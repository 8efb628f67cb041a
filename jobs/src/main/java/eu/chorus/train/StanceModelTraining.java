package eu.chorus.train;

import eu.chorus.classify.LinearModel;
import eu.chorus.evaluate.Scores.Classification;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;

/**
 * Fits a stance model on real supervision: the stance respondents ticked on a measure, for the
 * measures their own texts address, fit part of the respondent split only. The features are the
 * method's own ({@link Features#stance}: counts of the lexicon's cues per sentence, demands by what
 * they ask for, hedges, contrasts, the respondent's voice), never words of the texts, so the model
 * learns how much each kind of evidence weighs in real submissions. The L2 penalty is chosen by
 * cross-validated macro-F1 inside the fit part. Weighting the examples so that each stance counts
 * alike scored lower there (0.399 against 0.448), so they are not weighted; instead the rarer
 * stances' log-odds may be shifted after fitting ({@link ClassShifts}), where nested
 * cross-validation says that raises macro-F1.
 */
public final class StanceModelTraining {

  static final double[] PENALTIES = {0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0};
  static final int FOLDS = 5;
  static final long SEED = 20200614L;

  /** A stance feature must occur in at least this many examples. */
  static final int MIN_EXAMPLES = 2;

  private StanceModelTraining() {}

  /**
   * @param examples the fit part's (respondent, topic) pairs ticked and found addressed in the text
   *     ({@link TopicThresholdChoice}), labelled with the stance ticked
   */
  public static FittedModel fit(
      SparkSession spark, String profileId, List<LogisticRegressionFit.Example> examples) {
    Map<String, Integer> support = new TreeMap<>();
    examples.forEach(e -> support.merge(e.label(), 1, Integer::sum));
    LogisticRegressionFit.Regularisation tried =
        LogisticRegressionFit.chooseRegularisation(
            spark, examples, PENALTIES, MIN_EXAMPLES, FOLDS, SEED, Classification::macroF1);
    LogisticRegressionFit.PenaltyChoice penalty = tried.kept();
    LogisticRegressionFit fit = LogisticRegressionFit.at(spark, penalty, MIN_EXAMPLES);
    ClassShifts.Choice shifts = ClassShifts.choose(fit, examples, penalty.heldOut(), FOLDS, SEED);
    LinearModel model = fit.fit(examples).withBiasShifts(shifts.shifts());
    List<String> header =
        List.of(
            "Chorus stance model of "
                + profileId
                + ": multinomial logistic regression (Spark MLlib) over the stance "
                + "features, label<TAB>feature<TAB>weight",
            "recipe: chorus train-profile --input <the consultation's portal export> --consultation "
                + profileId
                + " (fit part of the fixed respondent split only; the stances ticked on the measures the texts address)",
            String.format(Locale.ROOT, "examples: %d %s", examples.size(), support),
            "L2 penalty and scaling chosen by "
                + FOLDS
                + "-fold cross-validated macro-F1 on the fit part: "
                + tried.describe(),
            "stances' log-odds shifted towards the rarer ones where that raises macro-F1: "
                + shifts.describe(),
            "held-out readings right by least confidence (shifts applied): "
                + ReadingPrecision.describe(
                    ReadingPrecision.of(penalty.heldOut(), shifts.shifts())));
    return new FittedModel(model, penalty, examples.size(), support, header);
  }
}
