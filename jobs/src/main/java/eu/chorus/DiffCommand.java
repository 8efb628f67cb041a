package eu.chorus;

import eu.chorus.diff.RunDiff;
import eu.chorus.ops.RunFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chorus diff}: what changed between two runs (e.g. last night's and tonight's). */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "New and withdrawn submissions, changed stakeholder groups and changed stances per",
      "(submission, topic) between two run folders: printed, and written as CSV."
    })
final class DiffCommand implements Callable<Integer> {

  @Option(
      names = "--from",
      required = true,
      paramLabel = "<run-folder>",
      description = "The earlier run.")
  Path from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "<run-folder>",
      description = "The later run (e.g. <runs-root>/latest).")
  Path to;

  // Beside the later run, as evaluate writes evaluation.json into its run: never into the working
  // directory.
  @Option(
      names = "--out",
      paramLabel = "<file.csv>",
      description =
          "Where to write the changes (change, submission_id, topic, from, to); default: <to>/diff.csv.")
  Path out;

  @Override
  public Integer call() throws Exception {
    RunFolder.requireRun(from);
    RunFolder.requireRun(to);
    List<RunDiff.Change> changes = RunDiff.between(from, to);
    System.out.print(RunDiff.text(name(from), name(to), changes));
    Path target = out != null ? out : to.resolve("diff.csv");
    RunDiff.TABLE.write(target, changes);
    System.out.println("\nWritten: " + target.toAbsolutePath());
    return Main.OK;
  }

  /** A run's folder name; for the latest link, the run it points to. */
  private static String name(Path run) throws java.io.IOException {
    return run.toRealPath().getFileName().toString();
  }
}
