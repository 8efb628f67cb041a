package eu.chorus;

import eu.chorus.config.ChorusConfig;
import eu.chorus.extract.FileStatus;
import eu.chorus.ops.SparkSessions;
import eu.chorus.storage.Location;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chorus run}: analyses one consultation export into a run folder. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Analyse a consultation export (submissions.csv + files/) into a run folder.")
final class RunCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);
  /** The system property through which spark-submit hands its --master to the application. */
  private static final String SUBMITTED_MASTER = "spark.master";

  @Option(names = "--input", required = true, paramLabel = "<export-folder>",
      description = "The export: a folder with files/ and, optionally, submissions.csv. A path, or a Hadoop "
          + "file-system URI (file:, hdfs:, s3a:).")
  String input;

  @Option(names = "--out", required = true, paramLabel = "<run-folder>",
      description = "Where to write manifest.csv, submissions.csv, stances.csv, passages/, run.json. A path, "
          + "or a Hadoop file-system URI.")
  String out;

  @Option(names = "--master", paramLabel = "<spark-master>",
      description = "Spark master URL (default: spark-submit's --master, else the spark.master setting, an "
          + "embedded local[*]).")
  String master;

  @Option(names = "--ignore-declared",
      description = "Infer every stakeholder group from organisation and text, ignoring declared types.")
  boolean ignoreDeclared;

  @Option(names = "--config", paramLabel = "<file>",
      description = "A properties file overriding the defaults (same keys as chorus-defaults.properties).")
  Path configFile;

  @Option(names = "--set", paramLabel = "<key=value>",
      description = "Override one setting, e.g. --set extract.timeoutSeconds=60 (repeatable).")
  Map<String, String> overrides = new LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    Map<String, String> settings = new LinkedHashMap<>(overrides);
    if (master != null) {
      settings.put("spark.master", master);
    } else if (System.getProperty(SUBMITTED_MASTER) != null) {
      // Under spark-submit, its --master replaces the embedded local[*] default.
      settings.putIfAbsent("spark.master", System.getProperty(SUBMITTED_MASTER));
    }
    if (ignoreDeclared) {
      settings.put("classify.ignoreDeclared", "true");
    }
    ChorusConfig config = ChorusConfig.build(Location.of(input), Location.of(out), configFile, settings);
    long started = System.nanoTime();
    ConsultationRun.Outcome outcome;
    SparkSession spark = SparkSessions.start(config.master());
    try {
      outcome = new ConsultationRun(config, spark).execute();
    } finally {
      spark.stop();
    }
    LOG.info(String.format(java.util.Locale.ROOT,
        "Chorus finished in %.1f s: %d submissions, %d files (%d ok, %d partial, %d quarantined), %d passages.",
        (System.nanoTime() - started) / 1e9, outcome.submissions(),
        outcome.filesByStatus().values().stream().mapToLong(Long::longValue).sum(),
        outcome.filesByStatus().get(FileStatus.OK), outcome.filesByStatus().get(FileStatus.PARTIAL),
        outcome.filesByStatus().get(FileStatus.QUARANTINED), outcome.passages()));
    LOG.info("Outputs: {}", outcome.out());
    return Main.OK;
  }
}
