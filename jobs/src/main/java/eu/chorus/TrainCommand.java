package eu.chorus;

import eu.chorus.annotate.AnnotatedPassage;
import eu.chorus.config.ChorusConfig;
import eu.chorus.ops.SparkSessions;
import eu.chorus.storage.Location;
import eu.chorus.train.SharedModelTraining;
import eu.chorus.train.TrainingInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chorus train}: the recipe of the three models in {@code nlp-models}. Analyses an export
 * with the same stages as {@code run}, then {@link SharedModelTraining} fits the topic, stance and
 * group models on the submissions of the {@code train} split only, and writes them as text.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description =
        "Re-train the topic, stance and group models on the train split of a labelled export.")
final class TrainCommand implements Callable<Integer> {

  @Option(
      names = "--input",
      required = true,
      paramLabel = "<export-folder>",
      description = "A labelled export.")
  Path input;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "<gold-folder>",
      description = "Its gold labels and split.csv.")
  Path gold;

  @Option(
      names = "--models",
      paramLabel = "<folder>",
      defaultValue = "nlp-models/src/main/resources/chorus/models",
      description = "Where to write topic.tsv, stance.tsv, group.tsv (default: ${DEFAULT-VALUE}).")
  Path models;

  @Option(
      names = "--sigma",
      defaultValue = "1.0",
      description = "Gaussian prior of the logistic regressions (default: ${DEFAULT-VALUE}).")
  double sigma;

  @Option(
      names = "--stance-sigma",
      defaultValue = "3.0",
      description =
          "Gaussian prior of the stance model, fitted on sentence-count features (default: ${DEFAULT-VALUE}).")
  double stanceSigma;

  @Option(
      names = "--evidence-cache",
      paramLabel = "<file>",
      description =
          "Keep the analysed evidence in this file and reuse it on the next call (for trying settings).")
  Path cache;

  @Option(
      names = "--stance-errors",
      paramLabel = "<file>",
      description =
          "Write the train-split pairs the fitted stance model gets wrong, with their evidence and passage, to this file.")
  Path stanceErrors;

  @Option(
      names = "--real-stance-examples",
      paramLabel = "<file>",
      description =
          "Real respondents' stance examples of another consultation (chorus train-profile --stance-examples) to learn the stance model from beside the sample's; their measures' own features are left out.")
  List<Path> realStanceExamples = new ArrayList<>();

  @Option(
      names = "--generic-stance",
      description =
          "Leave the stance features that name one of the sample codebook's measures out of the stance model.")
  boolean genericStance;

  @Override
  public Integer call() throws Exception {
    new SharedModelTraining(
            new SharedModelTraining.Settings(
                input,
                gold,
                models,
                sigma,
                stanceSigma,
                cache,
                stanceErrors,
                realStanceExamples,
                genericStance))
        .train(this::analyse);
    return Main.OK;
  }

  /** The run's stages up to annotation (the run lives here, above the stage packages). */
  private TrainingInput analyse() throws IOException {
    ChorusConfig config =
        ChorusConfig.build(Location.of(input), Location.of("unused"), null, Map.of());
    SparkSession spark = SparkSessions.start(config.master());
    try {
      ConsultationRun.Analysis a = new ConsultationRun(config, spark).analyse(4);
      a.tagged().unpersist();
      Map<String, List<AnnotatedPassage>> passages = new HashMap<>();
      for (AnnotatedPassage p : a.annotated().collectAsList()) {
        passages.computeIfAbsent(p.passage().submissionId(), k -> new ArrayList<>()).add(p);
      }
      a.annotated().unpersist();
      return new TrainingInput(a.export().submissions(), passages);
    } finally {
      spark.stop();
    }
  }
}
