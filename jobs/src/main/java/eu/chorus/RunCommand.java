package eu.chorus;

import eu.chorus.config.ChorusConfig;
import eu.chorus.extract.FileStatus;
import eu.chorus.ops.RunFolder;
import eu.chorus.ops.RunLog;
import eu.chorus.ops.SeparateFolders;
import eu.chorus.ops.SparkSessions;
import eu.chorus.state.HashedExport;
import eu.chorus.state.RunKey;
import eu.chorus.state.StateStore;
import eu.chorus.storage.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chorus run}: analyses one consultation export into a run folder. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Analyse a consultation export (submissions.csv + files/) into a run folder.",
      "Outputs are written beside the destination and moved into place only when complete; the "
          + "log is in the run folder (chorus.log)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success: every file was read (OK or PARTIAL)",
      "1:failure: no outputs published (a failed run's folder is kept as .<name>.failed)",
      "2:bad command line, settings or folders (nothing written): e.g. a missing --input, an --out that "
          + "holds something other than an earlier run, folders inside one another",
      "3:finished and published, but some files are QUARANTINED (see manifest.csv)"
    })
final class RunCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

  /** The system property through which spark-submit hands its --master to the application. */
  private static final String SUBMITTED_MASTER = "spark.master";

  @Option(
      names = "--input",
      required = true,
      paramLabel = "<export-folder>",
      description =
          "The export: a folder with files/ and, optionally, submissions.csv. A path, or a Hadoop "
              + "file-system URI (file:, hdfs:, s3a:).")
  String input;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Destination destination;

  static final class Destination {
    @Option(
        names = "--out",
        paramLabel = "<run-folder>",
        description =
            "Write manifest.csv, submissions.csv, stances.csv, passages/, run.json, chorus.log here "
                + "(a previous run in it is replaced when this one completes; a folder with anything else in it is "
                + "refused). A path, or a Hadoop file-system URI (file:, hdfs:, s3a:), which is written in place.")
    String out;

    @Option(
        names = "--runs",
        paramLabel = "<runs-root>",
        description =
            "Nightly mode: write <runs-root>/<yyyy-MM-dd'T'HHmmss> (UTC) and switch the "
                + "<runs-root>/latest link to it when complete.")
    Path runs;
  }

  @Option(
      names = "--state",
      paramLabel = "<state-folder>",
      description =
          "Keep extraction and annotation results here, by file content hash and settings, and "
              + "reuse them: only new or changed files are extracted and annotated. Without it, nothing is kept. "
              + "It holds unredacted text: created owner-only (0700, files 0600), and refused if others may read it.")
  Path state;

  @Option(
      names = "--master",
      paramLabel = "<spark-master>",
      description =
          "Spark master URL (default: spark-submit's --master, else the spark.master setting, an "
              + "embedded local[*]).")
  String master;

  @Option(
      names = "--consultation",
      paramLabel = "<id>",
      description =
          "The consultation profile (stakeholder groups, codebook, closed questions) in nlp-models "
              + "chorus/profiles/<id>/; default: the consultation setting. An unknown id lists the known ones.")
  String consultation;

  @Option(
      names = "--ignore-declared",
      description =
          "Infer every stakeholder group from organisation and text, ignoring declared types.")
  boolean ignoreDeclared;

  @Option(
      names = "--blind",
      description =
          "Hide every declared respondent type and every closed answer from the analysis (they are "
              + "not read, used or written), so that what is read from the texts can be scored against them with "
              + "chorus evaluate --declared.")
  boolean blind;

  @Option(
      names = "--overrides",
      paramLabel = "<overrides.csv>",
      description =
          "Analysts' corrections to apply (submission_id, field, value, analyst, reason, date); "
              + "applied and rejected lines are listed in overrides_applied.csv and overrides_rejected.csv.")
  Path overridesFile;

  @Option(
      names = "--excel",
      description =
          "Write the CSV tables with a UTF-8 byte-order mark, so that Excel reads accents right.")
  boolean excel;

  @Option(
      names = "--config",
      paramLabel = "<file>",
      description =
          "A properties file overriding the defaults (same keys as chorus-defaults.properties).")
  Path configFile;

  @Option(
      names = "--set",
      paramLabel = "<key=value>",
      description =
          "Override one setting, e.g. --set extract.timeoutSeconds=60 (repeatable; keys and defaults below).")
  Map<String, String> overrides = new LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    Location in = Location.of(input);
    Location out = destination.out == null ? null : Location.of(destination.out);
    Map<String, Location> folders = new LinkedHashMap<>();
    folders.put("--input", in);
    folders.put(
        out != null ? "--out" : "--runs", out != null ? out : Location.of(destination.runs));
    folders.put("--state", state == null ? null : Location.of(state));
    SeparateFolders.check(folders);
    Map<String, String> settings = new LinkedHashMap<>(overrides);
    if (master != null) {
      settings.put("spark.master", master);
    } else if (System.getProperty(SUBMITTED_MASTER) != null) {
      // Under spark-submit, its --master replaces the embedded local[*] default.
      settings.putIfAbsent("spark.master", System.getProperty(SUBMITTED_MASTER));
    }
    if (consultation != null) {
      settings.put("consultation", consultation);
    }
    if (ignoreDeclared) {
      settings.put("classify.ignoreDeclared", "true");
    }
    if (blind) {
      settings.put("classify.blind", "true");
    }
    if (overridesFile != null) {
      settings.put("corrections.overrides", overridesFile.toAbsolutePath().toString());
    }
    if (excel) {
      settings.put("output.excel", "true");
    }
    long started = System.nanoTime();
    if (out != null && !out.isLocalPath()) {
      // A file-system URI (a cluster's hdfs:, s3a:): written in place, because renames there are
      // neither atomic nor cheap; the log stays on the console (and the executors' logs).
      ChorusConfig config = ChorusConfig.build(in, out, configFile, settings);
      ConsultationRun.Outcome outcome;
      try (StateStore store = state == null ? null : StateStore.open(state)) {
        outcome = analyse(config, null, out, store, true);
      }
      logFinished(outcome, started, out.toString());
      return exitCode(outcome);
    }
    requireExport(in);
    RunFolder folder =
        out != null
            ? RunFolder.single(out.localPath())
            : RunFolder.nightly(destination.runs, Clock.systemUTC());
    folder.check();
    ChorusConfig config =
        ChorusConfig.build(in, Location.of(folder.staging()), configFile, settings);
    ConsultationRun.Outcome outcome;
    try (StateStore store = state == null ? null : StateStore.open(state)) {
      folder.begin();
      String key = null;
      try (RunLog log = RunLog.to(folder.staging().resolve("chorus.log"))) {
        try {
          Optional<Path> earlier = Optional.empty();
          HashedExport inputs = HashedExport.read(config.input());
          if (store != null && config.reuseUnchangedRun()) {
            key = RunKey.of(config, inputs);
            earlier = store.publishedRuns().find(key);
          }
          outcome =
              earlier.isPresent()
                  ? ConsultationRun.republish(
                      earlier.get(), config, Location.of(folder.destination()))
                  : analyse(config, inputs, Location.of(folder.destination()), store, false);
        } catch (Exception | Error e) {
          LOG.error("Chorus failed; partial outputs and log kept in {}", folder.abandon(), e);
          throw e;
        }
        logFinished(outcome, started, folder.destination().toString());
      }
      folder.publish();
      if (key != null) {
        store.publishedRuns().remember(key, folder.destination());
      }
    }
    return exitCode(outcome);
  }

  private static int exitCode(ConsultationRun.Outcome outcome) {
    return outcome.filesByStatus().getOrDefault(FileStatus.QUARANTINED, 0L) > 0
        ? Main.QUARANTINED
        : Main.OK;
  }

  private static void logFinished(
      ConsultationRun.Outcome outcome, long started, String destination) {
    Map<FileStatus, Long> byStatus = outcome.filesByStatus();
    LOG.info(
        String.format(
            Locale.ROOT,
            "Chorus finished in %.1f s: %d submissions, %d files (%d ok, %d partial, %d quarantined), %d passages.",
            (System.nanoTime() - started) / 1e9,
            outcome.submissions(),
            byStatus.values().stream().mapToLong(Long::longValue).sum(),
            byStatus.get(FileStatus.OK),
            byStatus.get(FileStatus.PARTIAL),
            byStatus.get(FileStatus.QUARANTINED),
            outcome.passages()));
    LOG.info("Outputs: {}", destination);
  }

  /**
   * Refuses a missing export before anything is written. (A run written in place to a file-system
   * URI checks it once Spark has started, with the file system's settings: see {@link #analyse}.)
   */
  private static void requireExport(Location input) throws IOException {
    if (!input.isDirectory()) {
      throw new IllegalArgumentException(
          (input.exists() ? "input is not a folder: " : "input folder does not exist: ") + input);
    }
  }

  /**
   * @param inPlace the destination is a file-system URI written in place: the export and the
   *     destination are checked first, as a local run does before it starts
   */
  private static ConsultationRun.Outcome analyse(
      ChorusConfig config,
      HashedExport inputs,
      Location destination,
      StateStore store,
      boolean inPlace)
      throws Exception {
    SparkSession spark = SparkSessions.start(config.master());
    try {
      if (inPlace) {
        requireExport(config.input());
        RunFolder.checkDestination(destination);
      }
      try (ConsultationRun run = new ConsultationRun(config, spark, store, destination, inputs)) {
        return run.execute();
      }
    } finally {
      spark.stop();
    }
  }

  /** The settings and their defaults, for the end of {@code chorus run --help}. */
  static String settingsHelp() {
    java.util.Properties defaults = ChorusConfig.defaults();
    StringBuilder help =
        new StringBuilder(
            "%nSettings (--set key=value or --config file; defaults from "
                + ChorusConfig.DEFAULTS_RESOURCE
                + "):%n");
    new java.util.TreeSet<>(defaults.stringPropertyNames())
        .forEach(
            key ->
                help.append("  ")
                    .append(key)
                    .append(" = ")
                    .append(defaults.getProperty(key).trim())
                    .append("%n"));
    return help.toString();
  }
}
