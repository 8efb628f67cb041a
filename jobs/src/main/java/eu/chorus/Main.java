package eu.chorus;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code chorus} command line. Subcommands:
 *
 * <ul>
 *   <li>{@code run}: ingest → extract → passages → annotate → classify → write ({@link
 *       ConsultationRun})
 *   <li>{@code diff}: what changed between two runs ({@link eu.chorus.diff.RunDiff})
 *   <li>{@code evaluate}: scores a run against gold labels ({@link eu.chorus.evaluate.Evaluator})
 *   <li>{@code train}: re-fits the models in nlp-models on the train split of a labelled export
 *   <li>{@code report}: renders the chairs' HTML report from a run folder's tables ({@link
 *       eu.chorus.report.ChairsReport})
 *   <li>{@code export}: a filtered extract of a run's tables (CSV, Parquet, XLSX)
 * </ul>
 */
@Command(
    name = "chorus",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns the submissions to a public consultation into synthesis tables.",
    subcommands = {
      RunCommand.class,
      DiffCommand.class,
      EvaluateCommand.class,
      TrainCommand.class,
      TrainProfileCommand.class,
      ReportCommand.class,
      LexiconOverlapCommand.class,
      ExportCommand.class
    })
public final class Main implements Runnable {

  /** Exit code: the run finished and every file was read in full. */
  public static final int OK = 0;

  /** Exit code: the run failed (bad configuration, unreadable export, job error). */
  public static final int FAILED = 1;

  /**
   * Exit code: the command line was wrong (an unknown option, a missing or bad value), or named
   * folders that cannot be used (a missing export, an {@code --out} that is not an earlier run,
   * folders inside one another, a {@code --run} that is not a run); nothing was written.
   */
  public static final int USAGE = 2;

  /** Exit code: the run finished and published its outputs, but some files were quarantined. */
  public static final int QUARANTINED = 3;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine
        .getSubcommands()
        .get("run")
        .getCommandSpec()
        .usageMessage()
        .footer(RunCommand.settingsHelp());
    // picocli's own usage errors (ParameterException) exit USAGE; so do the commands' refusals,
    // which throw IllegalArgumentException before they start.
    return commandLine
        .setExitCodeExceptionMapper(
            e -> e instanceof CommandLine.ParameterException ? USAGE : FAILED)
        .setExecutionExceptionHandler(
            (e, cmd, parsed) -> {
              cmd.getErr().println("chorus: " + e.getMessage());
              return e instanceof IllegalArgumentException ? USAGE : FAILED;
            });
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "chorus " + eu.chorus.ops.BuildVersions.read().getOrDefault("chorus", "dev")
      };
    }
  }
}
