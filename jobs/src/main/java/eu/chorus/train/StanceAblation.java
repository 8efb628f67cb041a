package eu.chorus.train;

import eu.chorus.classify.Features;
import eu.chorus.evaluate.Evaluator;
import eu.chorus.evaluate.Scores.Classification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.spark.sql.SparkSession;

/**
 * What each family of stance features is worth: the stance model cross-validated on the fit part
 * with all features, with each family left out in turn, and with the families added by the argument
 * reading ({@link #ARGUMENT}) all left out (the features of the model before them). Fit part only;
 * nothing here is fitted on, or chosen by, the report part.
 */
public final class StanceAblation {

  /** Feature families, by feature name. */
  static final Map<String, Predicate<String>> FAMILIES = families();

  /** The families the argument reading added (advice, consequence, concern, contrast, topic). */
  static final List<String> ARGUMENT =
      List.of(
          "advice",
          "consequence (harm, benefit)",
          "concern",
          "contrast turn",
          "topic prior and lean");

  /** One row: which features were left out, and the cross-validated scores without them. */
  public record Row(String without, int features, Classification scores) {}

  private StanceAblation() {}

  private static Map<String, Predicate<String>> families() {
    Map<String, Predicate<String>> f = new LinkedHashMap<>();
    f.put("advice", n -> n.contains("advice") || n.contains("advised_"));
    f.put("consequence (harm, benefit)", n -> n.contains("harm") || n.contains("benefit"));
    f.put("concern", n -> n.contains("concern"));
    f.put("contrast turn", n -> n.contains("contrast_"));
    f.put("topic prior and lean", n -> Features.namesMeasure(n) && !n.endsWith("others_lean"));
    f.put("lean on the other measures", n -> n.endsWith("others_lean"));
    f.put("sections", n -> n.contains("section"));
    f.put(
        "own voice and demands",
        n ->
            n.contains("own_")
                || n.contains("first_person")
                || (n.contains("demand") && !n.contains("demand:")));
    f.put("demand predicates", n -> n.contains("demand:"));
    f.put(
        "hedge, neutral, question",
        n -> n.contains("hedge") || n.contains("neutral") || n.contains("question"));
    f.put(
        "turn within a passage",
        n -> n.endsWith("_turn") || n.equals("log_turn") || n.endsWith(":turn"));
    return f;
  }

  public static List<Row> run(
      SparkSession spark,
      List<LogisticRegressionFit.Example> examples,
      LogisticRegressionFit.PenaltyChoice penalty) {
    List<Row> rows = new ArrayList<>();
    rows.add(score(spark, examples, penalty, "nothing", n -> false));
    FAMILIES.forEach((name, family) -> rows.add(score(spark, examples, penalty, name, family)));
    Predicate<String> argument =
        ARGUMENT.stream().map(FAMILIES::get).reduce(n -> false, Predicate::or);
    rows.add(score(spark, examples, penalty, "all of " + String.join(", ", ARGUMENT), argument));
    return rows;
  }

  private static Row score(
      SparkSession spark,
      List<LogisticRegressionFit.Example> examples,
      LogisticRegressionFit.PenaltyChoice penalty,
      String without,
      Predicate<String> family) {
    List<LogisticRegressionFit.Example> kept = new ArrayList<>();
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (LogisticRegressionFit.Example e : examples) {
      Map<String, Double> f = new TreeMap<>(e.features());
      f.keySet().removeIf(family);
      names.addAll(f.keySet());
      kept.add(new LogisticRegressionFit.Example(e.id(), f, e.label()));
    }
    Classification c =
        Evaluator.classification(
            LogisticRegressionFit.at(spark, penalty, StanceModelTraining.MIN_EXAMPLES)
                .crossValidated(kept, StanceModelTraining.FOLDS, StanceModelTraining.SEED));
    return new Row(without, names.size(), c);
  }

  /** The rows as a Markdown table. */
  public static List<String> table(List<Row> rows, int pairs, double coverageWithPaper) {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "stance features left out (fit part, %d pairs, coverage with a paper %.3f, "
                + "%d-fold cross-validated)",
            pairs,
            coverageWithPaper,
            StanceModelTraining.FOLDS));
    lines.add("| left out | features | accuracy | macro-F1 | MIXED F1 | OPPOSE F1 | SUPPORT F1 |");
    lines.add("|---|---|---|---|---|---|---|");
    for (Row r : rows) {
      lines.add(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.3f | %.3f | %s | %s | %s |",
              r.without(),
              r.features(),
              r.scores().accuracy(),
              r.scores().macroF1(),
              f1(r, "MIXED"),
              f1(r, "OPPOSE"),
              f1(r, "SUPPORT")));
    }
    return lines;
  }

  private static String f1(Row r, String label) {
    var prf = r.scores().perLabel().get(label);
    return prf == null || prf.f1() == null ? "-" : String.format(Locale.ROOT, "%.3f", prf.f1());
  }
}
