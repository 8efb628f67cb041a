package eu.chorus.train;

import eu.chorus.classify.Features;
import eu.chorus.classify.GroupCues;
import eu.chorus.classify.LinearModel;
import eu.chorus.classify.SubmissionEvidence;
import eu.chorus.evaluate.RespondentSplit;
import eu.chorus.evaluate.Scores.Classification;
import eu.chorus.ingest.Submission;
import eu.chorus.profile.ConsultationProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Fits a consultation's own stakeholder-group model on what its respondents declared, on the fit
 * part of the fixed respondent split only: the organisation's name (cues and words), what the
 * platform records about it (transparency register, size, scope) and the text's
 * self-descriptions. The L2 penalty is chosen by cross-validation inside the fit part.
 */
public final class GroupModelTraining {

  /** The penalties tried. */
  static final double[] PENALTIES = {0.003, 0.01, 0.03, 0.1, 0.3};
  static final int FOLDS = 5;
  static final long SEED = 20200614L;

  /** The fitted model, with what was measured while choosing it (on the fit part only). */
  public record Fitted(LinearModel model, LogisticRegressionFit.PenaltyChoice penalty, int examples,
      Map<String, Integer> support, List<String> header) {}

  private GroupModelTraining() {}

  /**
   * @param submissions the blind run's submissions (no declared type): the evidence is what it saw
   * @param declared submission id → the group code the respondent declared
   */
  public static Fitted fit(SparkSession spark, ConsultationProfile profile, List<Submission> submissions,
      Map<String, SubmissionEvidence> evidence, GroupCues cues, Map<String, String> declared, int minExamples) {
    List<LogisticRegressionFit.Example> examples = new ArrayList<>();
    Map<String, Integer> support = new java.util.TreeMap<>();
    for (Submission s : submissions) {
      String label = declared.get(s.id());
      if (label == null || !RespondentSplit.of(s.id()).equals(RespondentSplit.FIT)) {
        continue;
      }
      SubmissionEvidence e = evidence.getOrDefault(s.id(), SubmissionEvidence.none(s.id()));
      examples.add(new LogisticRegressionFit.Example(s.id(),
          Features.group(e, cues.organisationName(s.organisation()), s.organisation(), s.facts()), label));
      support.merge(label, 1, Integer::sum);
    }
    LogisticRegressionFit.PenaltyChoice penalty = LogisticRegressionFit.choosePenalty(spark, examples, PENALTIES,
        minExamples, FOLDS, SEED, Classification::accuracy);
    LinearModel model = new LogisticRegressionFit(spark, penalty.penalty(), minExamples).fit(examples);
    List<String> header = List.of(
        "Chorus stakeholder-group model of " + profile.id() + ": multinomial logistic regression (Spark MLlib), "
            + "label<TAB>feature<TAB>weight",
        "recipe: chorus train-profile --input <the consultation's portal export> --consultation " + profile.id()
            + " (fit part of the fixed respondent split only; declared types as labels)",
        String.format(Locale.ROOT, "examples: %d %s; features in at least %d examples", examples.size(), support,
            minExamples),
        "L2 penalty chosen by " + FOLDS + "-fold cross-validated accuracy on the fit part: " + penalty.describe());
    return new Fitted(model, penalty, examples.size(), support, header);
  }
}
