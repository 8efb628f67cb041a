package eu.chorus;

import eu.chorus.ops.RunFolder;
import eu.chorus.report.ChairsReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chorus report}: renders the chairs' report from a run folder's tables, as {@code chorus
 * run} does at its end; after a table has been corrected by hand, or to re-render an older run.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Render the chairs' HTML report (<run-folder>/report/index.html) from a run folder's tables.")
final class ReportCommand implements Callable<Integer> {

  @Option(
      names = "--run",
      required = true,
      paramLabel = "<run-folder>",
      description = "A chorus run folder.")
  Path run;

  @Override
  public Integer call() throws Exception {
    RunFolder.requireRun(run);
    ChairsReport.Written written = ChairsReport.create().render(run);
    if (!written.missingTables().isEmpty()) {
      System.out.println(
          "Not in this run (noted in the report): " + String.join(", ", written.missingTables()));
    }
    System.out.println(
        "Written: "
            + written.index().toAbsolutePath()
            + " ("
            + written.topicsWithFindings()
            + " topics with findings, "
            + written.passages()
            + " cited passages)");
    return Main.OK;
  }
}
