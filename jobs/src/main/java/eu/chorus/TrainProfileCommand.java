package eu.chorus;

import eu.chorus.classify.LinearModel;
import eu.chorus.classify.SubmissionClassifier;
import eu.chorus.config.ChorusConfig;
import eu.chorus.evaluate.Labels;
import eu.chorus.ingest.Export;
import eu.chorus.ingest.ExportReader;
import eu.chorus.ingest.InputFile;
import eu.chorus.ops.SparkSessions;
import eu.chorus.profile.ConsultationProfile;
import eu.chorus.state.StateStore;
import eu.chorus.storage.Location;
import eu.chorus.synthesis.TickedStances;
import eu.chorus.train.FittedModel;
import eu.chorus.train.GroupModelTraining;
import eu.chorus.train.StanceAblation;
import eu.chorus.train.StanceExamples;
import eu.chorus.train.StanceModelTraining;
import eu.chorus.train.TopicThresholdChoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chorus train-profile}: fits a consultation's own stakeholder-group and stance models on
 * what the respondents of its portal export declared (their types, the stances they ticked), on the
 * fit part of the respondent split only.
 */
@Command(
    name = "train-profile",
    mixinStandardHelpOptions = true,
    description =
        "Fit a consultation profile's own models (profiles/<id>/models/group.tsv, topic.tsv, stance.tsv) on what the "
            + "respondents of its portal export declared: their respondent types, and the stances they ticked on the "
            + "measures their texts address. Fit part of the fixed respondent split only; the texts are read blind, as "
            + "chorus run --blind reads them.")
final class TrainProfileCommand implements Callable<Integer> {

  /**
   * The stance model's penalty while the topic bar is chosen (then the stance model's own is
   * chosen).
   */
  static final double STANCE_PENALTY_WHILE_CHOOSING = 0.01;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "<export-folder>",
      description = "The portal export.")
  Path input;

  @Option(
      names = "--consultation",
      required = true,
      paramLabel = "<id>",
      description = "The consultation profile.")
  String consultation;

  @Option(
      names = "--state",
      paramLabel = "<state-folder>",
      description = "Reuse the extraction and annotation a run with this state already made.")
  Path state;

  @Option(
      names = "--models",
      paramLabel = "<folder>",
      description =
          "Where to write group.tsv and stance.tsv (default nlp-models/src/main/resources/chorus/profiles/<id>/models).")
  Path models;

  @Option(
      names = "--min-examples",
      defaultValue = "3",
      description =
          "A group feature must occur in at least this many training examples (default: ${DEFAULT-VALUE}).")
  int minExamples;

  @Option(
      names = "--negation",
      defaultValue = "window",
      paramLabel = "<window|dependency>",
      description =
          "How negation over a stance cue is read while fitting (the setting classify.negation; default: ${DEFAULT-VALUE}). "
              + "A model fitted with one reading is meant for runs with the same.")
  String negation;

  @Option(
      names = "--ablation",
      description =
          "Also score the group model's feature families added in turn (written into group.tsv's header) "
              + "and print the stance model with each family of features left out (both cross-validated on the fit part).")
  boolean ablation;

  @Option(
      names = "--stance-examples",
      paramLabel = "<file>",
      description =
          "Also write the stance model's examples (the fit part's ticked pairs found in the text: features and label, no text) to this file, for chorus train --real-stance-examples.")
  Path stanceExamples;

  @Override
  public Integer call() throws Exception {
    ConsultationProfile profile =
        ConsultationProfile.load(ConsultationProfile.checkKnown(consultation));
    Path scratch = Files.createTempDirectory("chorus-train-profile");
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(ConsultationProfile.SETTING, consultation);
    settings.put("classify.blind", "true");
    settings.put("classify.negation", negation);
    ChorusConfig config =
        ChorusConfig.build(Location.of(input), Location.of(scratch), null, settings);
    Export declared = ExportReader.read(input);
    Path target =
        models != null
            ? models
            : Path.of("nlp-models/src/main/resources/chorus/profiles", profile.id(), "models");
    SparkSession spark = SparkSessions.start(config.master());
    try (StateStore store = state == null ? null : StateStore.open(state);
        ConsultationRun run =
            new ConsultationRun(config, spark, store, Location.of(scratch), null)) {
      ConsultationRun.Analysis a = run.analyse(4);
      a.tagged().unpersist();
      a.annotated().unpersist();
      FittedModel group =
          GroupModelTraining.fit(
              spark,
              profile,
              a.export().submissions(),
              a.evidence(),
              a.groupCues(),
              Labels.declared(declared, profile).groups(),
              minExamples,
              ablation);
      write(group.model(), group.header(), target.resolve("group.tsv"));
      // where a text addresses a measure: the shared topic model's bar, moved where the fit part
      // says
      LinearModel sharedTopics = LinearModel.load(SubmissionClassifier.TOPIC_MODEL);
      SubmissionClassifier classifier =
          new SubmissionClassifier(
              profile,
              sharedTopics,
              LinearModel.load(SubmissionClassifier.STANCE_MODEL),
              LinearModel.load(SubmissionClassifier.GROUP_MODEL),
              a.groupCues(),
              true,
              2.0);
      Set<String> withPaper = new TreeSet<>();
      declared.files().stream()
          .filter(InputFile::present)
          .map(InputFile::submissionId)
          .forEach(withPaper::add);
      TopicThresholdChoice.Choice bar =
          TopicThresholdChoice.choose(
              spark,
              a.evidence(),
              TickedStances.of(declared.answers(), profile),
              withPaper,
              classifier,
              STANCE_PENALTY_WHILE_CHOOSING);
      write(bar.topicModel(sharedTopics), bar.header(), target.resolve("topic.tsv"));
      if (stanceExamples != null) {
        StanceExamples.write(stanceExamples, bar.examples());
        System.out.println("Written: " + stanceExamples.toAbsolutePath());
      }
      FittedModel stance = StanceModelTraining.fit(spark, profile.id(), bar.examples());
      write(stance.model(), stance.header(), target.resolve("stance.tsv"));
      if (ablation) {
        double coverage =
            bar.scored().stream()
                .filter(x -> x.bar() == bar.bar())
                .findFirst()
                .orElseThrow()
                .coverageWithPaper();
        StanceAblation.table(
                StanceAblation.run(spark, bar.examples(), stance.penalty()),
                bar.examples().size(),
                coverage)
            .forEach(System.out::println);
      }
    } finally {
      spark.stop();
    }
    return Main.OK;
  }

  private static void write(LinearModel model, List<String> header, Path file) throws IOException {
    model.write(file, header);
    header.forEach(System.out::println);
    System.out.println("Written: " + file.toAbsolutePath());
  }
}
