package eu.chorus.train;

import eu.chorus.classify.Features;
import eu.chorus.classify.GroupCues;
import eu.chorus.classify.LinearModel;
import eu.chorus.classify.SubmissionEvidence;
import eu.chorus.evaluate.Evaluator;
import eu.chorus.evaluate.RespondentSplit;
import eu.chorus.evaluate.Scores.Classification;
import eu.chorus.ingest.Submission;
import eu.chorus.profile.ConsultationProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits a consultation's own stakeholder-group model on what its respondents declared, on the fit
 * part of the fixed respondent split only: the organisation's name (cues and words), what the
 * platform records about it (transparency register, size, scope) and the text's self-descriptions.
 * The L2 penalty is chosen by cross-validation inside the fit part.
 */
public final class GroupModelTraining {

  /** The penalties tried. */
  static final double[] PENALTIES = {0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0};

  static final int FOLDS = 5;
  static final long SEED = 20200614L;

  /** A family of the group model's features, told apart by their names. */
  record Family(String name, Predicate<String> has) {}

  /**
   * The feature families in the order they were added to the model (see the ablation table in
   * jobs/bench/RESULTS.md): every feature {@link Features#group} computes is in one of them.
   */
  static final List<Family> FAMILIES =
      List.of(
          new Family(
              "platform facts (no organisation, register number, size, scope)",
              f ->
                  f.equals("no_organisation")
                      || f.equals("register")
                      || f.startsWith("size:")
                      || f.startsWith("scope:")),
          new Family(
              "organisation-name cues of the group lexicon",
              f -> f.startsWith("name:") || f.equals("no_name")),
          new Family("organisation-name words", f -> f.startsWith("word:")),
          new Family(
              "self-descriptions in the text",
              f ->
                  (f.startsWith("intro:") || f.startsWith("text:"))
                          && !f.contains(":" + GroupCues.IS)
                      || f.equals("log_org_mentions")
                      || f.equals("log_words")),
          new Family("kinds of body the name says (form:)", f -> f.startsWith("form:")),
          new Family(
              "shape of the name (acronym, parenthesis, web address, length)",
              f -> f.startsWith("shape:")),
          new Family(
              "kinds of body the text says the respondent is (is:)",
              f -> f.contains(":" + GroupCues.IS)));

  private static final Logger LOG = LoggerFactory.getLogger(GroupModelTraining.class);

  private GroupModelTraining() {}

  /**
   * @param submissions the blind run's submissions (no declared type): the evidence is what it saw
   * @param declared submission id → the group code the respondent declared
   * @param ablation also score each family added in turn (cross-validated on the fit part)
   */
  public static FittedModel fit(
      SparkSession spark,
      ConsultationProfile profile,
      List<Submission> submissions,
      Map<String, SubmissionEvidence> evidence,
      GroupCues cues,
      Map<String, String> declared,
      int minExamples,
      boolean ablation) {
    List<LogisticRegressionFit.Example> examples = new ArrayList<>();
    Map<String, Integer> support = new java.util.TreeMap<>();
    for (Submission s : submissions) {
      String label = declared.get(s.id());
      if (label == null || !RespondentSplit.of(s.id()).equals(RespondentSplit.FIT)) {
        continue;
      }
      SubmissionEvidence e = evidence.getOrDefault(s.id(), SubmissionEvidence.none(s.id()));
      examples.add(new LogisticRegressionFit.Example(s.id(), Features.group(e, cues, s), label));
      support.merge(label, 1, Integer::sum);
    }
    LogisticRegressionFit.Regularisation tried =
        LogisticRegressionFit.chooseRegularisation(
            spark, examples, PENALTIES, minExamples, FOLDS, SEED, Classification::accuracy);
    LOG.info("group model: L2 penalty by cross-validated accuracy {}", tried.describe());
    LogisticRegressionFit.PenaltyChoice penalty = tried.kept();
    LinearModel model = LogisticRegressionFit.at(spark, penalty, minExamples).fit(examples);
    List<String> header =
        new ArrayList<>(
            List.of(
                "Chorus stakeholder-group model of "
                    + profile.id()
                    + ": multinomial logistic regression (Spark MLlib), "
                    + "label<TAB>feature<TAB>weight",
                "recipe: chorus train-profile --input <the consultation's portal export> --consultation "
                    + profile.id()
                    + " (fit part of the fixed respondent split only; declared types as labels)",
                String.format(
                    Locale.ROOT,
                    "examples: %d %s; features in at least %d examples",
                    examples.size(),
                    support,
                    minExamples),
                "L2 penalty and scaling chosen by "
                    + FOLDS
                    + "-fold cross-validated accuracy on the fit part: "
                    + tried.describe(),
                String.format(
                    Locale.ROOT,
                    "cross-validated on the fit part: accuracy %.3f, macro-F1 %.3f; F1 per group %s",
                    penalty.kept().accuracy(),
                    penalty.kept().macroF1(),
                    f1PerLabel(penalty.kept()))));
    if (ablation) {
      header.add(
          "ablation ("
              + FOLDS
              + "-fold cross-validated on the fit part, at the kept penalty): "
              + "families added in turn -> accuracy / macro-F1");
      header.addAll(ablation(spark, examples, minExamples, penalty));
    }
    return new FittedModel(model, penalty, examples.size(), support, header);
  }

  /**
   * One line per family: the cross-validated figures of the families up to it, at one penalty
   * (choosing it anew for each set would take five times the fits for a comparison of evidence);
   * then the confusions of the last set, all families.
   */
  static List<String> ablation(
      SparkSession spark,
      List<LogisticRegressionFit.Example> examples,
      int minExamples,
      LogisticRegressionFit.PenaltyChoice penalty) {
    LogisticRegressionFit fit = LogisticRegressionFit.at(spark, penalty, minExamples);
    List<String> lines = new ArrayList<>();
    List<String[]> pairs = List.of();
    for (int k = 1; k <= FAMILIES.size(); k++) {
      List<Family> kept = FAMILIES.subList(0, k);
      List<LogisticRegressionFit.Example> restricted =
          examples.stream()
              .map(
                  e ->
                      new LogisticRegressionFit.Example(
                          e.id(), only(e.features(), kept), e.label()))
              .toList();
      pairs = fit.crossValidated(restricted, FOLDS, SEED);
      Classification c = Evaluator.classification(pairs);
      lines.add(
          String.format(
              Locale.ROOT,
              "  %s%s: %.3f / %.3f",
              k == 1 ? "" : "+ ",
              FAMILIES.get(k - 1).name(),
              c.accuracy(),
              c.macroF1()));
      LOG.info("group ablation{}", lines.get(lines.size() - 1));
    }
    lines.add(
        "confusions of the cross-validated predictions, all families (declared -> read: respondents): "
            + confusion(pairs));
    return lines;
  }

  /** The features of the given families. */
  static Map<String, Double> only(Map<String, Double> features, List<Family> families) {
    Map<String, Double> f = new TreeMap<>();
    features.forEach(
        (name, v) -> {
          if (families.stream().anyMatch(family -> family.has().test(name))) {
            f.put(name, v);
          }
        });
    return f;
  }

  private static String f1PerLabel(Classification c) {
    StringBuilder s = new StringBuilder();
    c.perLabel()
        .forEach(
            (label, prf) ->
                s.append(label)
                    .append('=')
                    .append(prf.f1() == null ? "-" : String.format(Locale.ROOT, "%.2f", prf.f1()))
                    .append(' '));
    return s.toString().trim();
  }

  private static String confusion(List<String[]> pairs) {
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    pairs.stream()
        .filter(p -> !p[0].equals(p[1]))
        .forEach(
            p ->
                confusion.computeIfAbsent(p[0], k -> new TreeMap<>()).merge(p[1], 1, Integer::sum));
    return confusion.toString();
  }
}
