package eu.chorus;

import eu.chorus.config.ChorusConfig;
import eu.chorus.evaluate.Labels;
import eu.chorus.ingest.ExportReader;
import eu.chorus.ops.SparkSessions;
import eu.chorus.profile.ConsultationProfile;
import eu.chorus.state.StateStore;
import eu.chorus.storage.Location;
import eu.chorus.train.GroupModelTraining;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chorus train-groups}: fits a consultation's own stakeholder-group model on the declared
 * respondent types of its portal export, fit part of the respondent split only.
 */
@Command(
    name = "train-groups",
    mixinStandardHelpOptions = true,
    description = "Fit a consultation profile's stakeholder-group model (profiles/<id>/models/group.tsv) on the "
        + "respondent types its portal export declares, on the fit part of the fixed respondent split; the texts are "
        + "read blind, as chorus run --blind reads them.")
final class TrainGroupsCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, paramLabel = "<export-folder>", description = "The portal export.")
  Path input;

  @Option(names = "--consultation", required = true, paramLabel = "<id>", description = "The consultation profile.")
  String consultation;

  @Option(names = "--state", paramLabel = "<state-folder>",
      description = "Reuse the extraction and annotation a run with this state already made.")
  Path state;

  @Option(names = "--model", paramLabel = "<file>",
      description = "Where to write the model (default nlp-models/src/main/resources/chorus/profiles/<id>/models/group.tsv).")
  Path model;

  @Option(names = "--min-examples", defaultValue = "3",
      description = "A feature must occur in at least this many training examples (default: ${DEFAULT-VALUE}).")
  int minExamples;

  @Override
  public Integer call() throws Exception {
    ConsultationProfile profile = ConsultationProfile.load(ConsultationProfile.checkKnown(consultation));
    Path scratch = Files.createTempDirectory("chorus-train-groups");
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(ConsultationProfile.SETTING, consultation);
    settings.put("classify.blind", "true");
    ChorusConfig config = ChorusConfig.build(Location.of(input), Location.of(scratch), null, settings);
    Map<String, String> declared = Labels.declared(ExportReader.read(input), profile).groups();
    SparkSession spark = SparkSessions.start(config.master());
    try (StateStore store = state == null ? null : StateStore.open(state);
        ConsultationRun run = new ConsultationRun(config, spark, store, Location.of(scratch), null)) {
      ConsultationRun.Analysis a = run.analyse(4);
      a.tagged().unpersist();
      a.annotated().unpersist();
      GroupModelTraining.Fitted fitted = GroupModelTraining.fit(spark, profile, a.export().submissions(), a.evidence(),
          a.groupCues(), declared, minExamples);
      Path target = model != null ? model
          : Path.of("nlp-models/src/main/resources/chorus/profiles", profile.id(), "models", "group.tsv");
      fitted.model().write(target, fitted.header());
      fitted.header().forEach(System.out::println);
      System.out.println("Written: " + target.toAbsolutePath());
    } finally {
      spark.stop();
    }
    return Main.OK;
  }
}
