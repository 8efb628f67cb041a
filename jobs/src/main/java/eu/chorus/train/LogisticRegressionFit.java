package eu.chorus.train;

import eu.chorus.classify.LinearModel;
import eu.chorus.evaluate.Evaluator;
import eu.chorus.evaluate.Scores.Classification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A multinomial logistic regression over named features, fitted with Spark MLlib and kept as a
 * {@link LinearModel} (a readable text file in nlp-models). Features seen in fewer than {@code
 * minExamples} training examples are left out: a word of one organisation's name is not evidence
 * about a group.
 */
public final class LogisticRegressionFit {

  /**
   * One training example: its features by name and its label.
   *
   * @param id the respondent, or "respondent/what" when a respondent gives several examples
   */
  public record Example(String id, Map<String, Double> features, String label) {

    /** The respondent the example comes from: cross-validation keeps them in one fold. */
    String respondent() {
      int slash = id.indexOf('/');
      return slash < 0 ? id : id.substring(0, slash);
    }
  }

  private static final StructType SCHEMA =
      new StructType()
          .add("label", DataTypes.DoubleType, false)
          .add("features", SQLDataTypes.VectorType(), false);

  private final SparkSession spark;
  private final double regParam;
  private final int minExamples;
  private final boolean standardised;

  /**
   * @param regParam MLlib's L2 penalty (elastic net 0), on standardised features
   * @param minExamples a feature must occur in at least this many training examples
   */
  public LogisticRegressionFit(SparkSession spark, double regParam, int minExamples) {
    this(spark, regParam, minExamples, true);
  }

  /**
   * @param standardised whether the penalty applies to weights of features scaled to unit variance
   *     (MLlib's default), which penalises a rare indicator's weight less than a common one's;
   *     false penalises all weights alike
   */
  public LogisticRegressionFit(
      SparkSession spark, double regParam, int minExamples, boolean standardised) {
    this.spark = spark;
    this.regParam = regParam;
    this.minExamples = minExamples;
    this.standardised = standardised;
  }

  /**
   * The penalty kept, each penalty tried with its cross-validated score, and the kept penalty's
   * cross-validated figures and held-out probabilities.
   */
  public record PenaltyChoice(
      double penalty, boolean standardised, Map<Double, Double> scores, List<HeldOut> heldOut) {

    /** The kept penalty's cross-validated figures, read off its held-out predictions. */
    public Classification kept() {
      return Evaluator.classification(predictions(heldOut));
    }

    /** The score of the kept penalty. */
    double score() {
      return scores.get(penalty);
    }

    /** "0.01=0.596 0.1=0.617 -> 0.1", for a model's header. */
    public String describe() {
      StringBuilder s = new StringBuilder(standardised ? "" : "unstandardised: ");
      scores.forEach(
          (p, score) -> s.append(String.format(java.util.Locale.ROOT, "%s=%.3f ", p, score)));
      return s.toString().trim() + " -> " + penalty;
    }
  }

  /** The penalty chosen on each scaling of the features, and the better of the two. */
  public record Regularisation(PenaltyChoice standardised, PenaltyChoice unstandardised) {

    /** The better cross-validated score; standardised (MLlib's default) on a tie. */
    public PenaltyChoice kept() {
      return unstandardised.score() > standardised.score() ? unstandardised : standardised;
    }

    /** Both sweeps and the one kept, for a model's header. */
    public String describe() {
      return standardised.describe()
          + "; "
          + unstandardised.describe()
          + " -> "
          + (kept().standardised() ? "standardised" : "unstandardised");
    }
  }

  /**
   * The penalty swept on standardised features and on the features as they are: for each, the L2
   * penalty with the best {@code folds}-fold cross-validated score (first of equals), the score
   * read off the held-out predictions by {@code metric}. Standardising scales each weight's penalty
   * by its feature's spread, so an indicator seen in a few examples is penalised far less than a
   * common one: with many such indicators that can overfit, with dense counts it can help. Which
   * serves a model is its own cross-validation's call.
   */
  public static Regularisation chooseRegularisation(
      SparkSession spark,
      List<Example> examples,
      double[] penalties,
      int minExamples,
      int folds,
      long seed,
      java.util.function.ToDoubleFunction<Classification> metric) {
    List<PenaltyChoice> sweeps = new ArrayList<>();
    for (boolean standardised : new boolean[] {true, false}) {
      Map<Double, Double> scores = new java.util.LinkedHashMap<>();
      double best = penalties[0];
      List<HeldOut> keptHeldOut = null;
      for (double penalty : penalties) {
        List<HeldOut> heldOut =
            new LogisticRegressionFit(spark, penalty, minExamples, standardised)
                .crossValidatedProbabilities(examples, folds, seed);
        scores.put(penalty, metric.applyAsDouble(Evaluator.classification(predictions(heldOut))));
        if (keptHeldOut == null || scores.get(penalty) > scores.get(best)) {
          best = penalty;
          keptHeldOut = heldOut;
        }
      }
      sweeps.add(new PenaltyChoice(best, standardised, scores, keptHeldOut));
    }
    return new Regularisation(sweeps.get(0), sweeps.get(1));
  }

  /** A fit at a chosen penalty and scaling. */
  public static LogisticRegressionFit at(
      SparkSession spark, PenaltyChoice choice, int minExamples) {
    return new LogisticRegressionFit(spark, choice.penalty(), minExamples, choice.standardised());
  }

  public LinearModel fit(List<Example> examples) {
    Map<String, Integer> support = new HashMap<>();
    examples.forEach(
        e ->
            e.features()
                .forEach(
                    (f, v) -> {
                      if (v != 0.0) {
                        support.merge(f, 1, Integer::sum);
                      }
                    }));
    List<String> features = new ArrayList<>(new TreeSet<>(support.keySet()));
    features.removeIf(f -> support.get(f) < minExamples);
    Map<String, Integer> index = new HashMap<>();
    features.forEach(f -> index.put(f, index.size()));
    List<String> labels =
        new ArrayList<>(new TreeSet<>(examples.stream().map(Example::label).toList()));
    List<Row> rows = new ArrayList<>();
    for (Example e : examples) {
      TreeMap<Integer, Double> values = new TreeMap<>();
      e.features()
          .forEach(
              (f, v) -> {
                Integer i = index.get(f);
                if (i != null && v != 0.0) {
                  values.put(i, v);
                }
              });
      Vector v =
          Vectors.sparse(
              features.size(),
              values.keySet().stream().mapToInt(Integer::intValue).toArray(),
              values.values().stream().mapToDouble(Double::doubleValue).toArray());
      rows.add(RowFactory.create((double) labels.indexOf(e.label()), v));
    }
    Dataset<Row> data = spark.createDataFrame(rows, SCHEMA);
    LogisticRegressionModel model =
        new LogisticRegression()
            .setFamily("multinomial")
            .setRegParam(regParam)
            .setElasticNetParam(0.0)
            .setMaxIter(300)
            .setStandardization(standardised)
            .fit(data);
    Matrix coefficients = model.coefficientMatrix();
    Vector intercepts = model.interceptVector();
    Map<String, Map<String, Double>> weights = new TreeMap<>();
    for (int k = 0; k < labels.size(); k++) {
      Map<String, Double> w = new TreeMap<>();
      w.put(LinearModel.BIAS, intercepts.apply(k));
      for (int j = 0; j < features.size(); j++) {
        double c = coefficients.apply(k, j);
        if (c != 0.0) {
          w.put(features.get(j), c);
        }
      }
      weights.put(labels.get(k), w);
    }
    return LinearModel.of(weights);
  }

  /**
   * The held-out predictions of {@code folds}-fold cross-validation, as {gold, predicted} pairs for
   * {@link Evaluator#classification}. Folds split respondents, not examples (respondents shuffled
   * with {@code seed}): a respondent's examples share words and habits, and a model scored on a
   * respondent it was fitted on would look better than it is on a new one.
   */
  public List<String[]> crossValidated(List<Example> examples, int folds, long seed) {
    return predictions(crossValidatedProbabilities(examples, folds, seed));
  }

  /** {gold, most probable} pairs for {@link Evaluator#classification}. */
  static List<String[]> predictions(List<HeldOut> heldOut) {
    return heldOut.stream().map(h -> new String[] {h.gold(), h.best()}).toList();
  }

  /**
   * An example's label and the probabilities a model fitted without its respondent gives it.
   *
   * @param fold the fold it was held out in ({@link #folds})
   */
  public record HeldOut(String gold, Map<String, Double> probabilities, int fold) {

    /** The most probable label (first of equals in label order). */
    public String best() {
      return best(Map.of());
    }

    /** The most probable label once each label's log-odds are moved by its shift. */
    public String best(Map<String, Double> shifts) {
      String best = null;
      double top = Double.NEGATIVE_INFINITY;
      for (String label : new TreeMap<>(probabilities).keySet()) {
        double s = shiftedLog(label, shifts);
        if (s > top) {
          top = s;
          best = label;
        }
      }
      return best;
    }

    /** The probability of {@link #best(Map)} once the shifts are applied and renormalised. */
    public double confidence(Map<String, Double> shifts) {
      String best = best(shifts);
      if (best == null) {
        return 0;
      }
      double total = 0;
      for (String label : probabilities.keySet()) {
        total += Math.exp(shiftedLog(label, shifts));
      }
      return Math.exp(shiftedLog(best, shifts)) / total;
    }

    /** A label's log-probability moved by its shift. */
    private double shiftedLog(String label, Map<String, Double> shifts) {
      return Math.log(probabilities.get(label)) + shifts.getOrDefault(label, 0.0);
    }
  }

  /**
   * The held-out probabilities of {@code folds}-fold cross-validation, folds split by respondent as
   * in {@link #crossValidated}.
   */
  public List<HeldOut> crossValidatedProbabilities(List<Example> examples, int folds, long seed) {
    List<List<Example>> split = folds(examples, folds, seed);
    List<HeldOut> heldOut = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      List<Example> test = split.get(fold);
      List<Example> train = allBut(split, fold);
      if (test.isEmpty() || train.isEmpty()) {
        continue;
      }
      LinearModel model = fit(train);
      for (Example e : test) {
        heldOut.add(new HeldOut(e.label(), model.probabilities(e.features()), fold));
      }
    }
    return heldOut;
  }

  /**
   * Folds by respondent: the examples of each fold, respondents shuffled with {@code seed}. Shared
   * by cross-validation and by anything that must score on folds it did not choose on.
   */
  static List<List<Example>> folds(List<Example> examples, int folds, long seed) {
    List<String> respondents =
        new ArrayList<>(new TreeSet<>(examples.stream().map(Example::respondent).toList()));
    java.util.Collections.shuffle(respondents, new Random(seed));
    Map<String, Integer> foldOf = new HashMap<>();
    respondents.forEach(r -> foldOf.put(r, foldOf.size() % folds));
    List<List<Example>> out = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      out.add(new ArrayList<>());
    }
    examples.forEach(e -> out.get(foldOf.get(e.respondent())).add(e));
    return out;
  }

  /** The examples of every fold but {@code fold}: what a model scored on that fold is fitted on. */
  static List<Example> allBut(List<List<Example>> folds, int fold) {
    List<Example> rest = new ArrayList<>();
    for (int other = 0; other < folds.size(); other++) {
      if (other != fold) {
        rest.addAll(folds.get(other));
      }
    }
    return rest;
  }
}
