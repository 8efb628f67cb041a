package eu.chorus;

import eu.chorus.export.ExportFilter;
import eu.chorus.export.XlsxWorkbook;
import eu.chorus.ops.RunFolder;
import eu.chorus.ops.SparkSessions;
import eu.chorus.output.ParquetTables;
import eu.chorus.output.RunTable;
import eu.chorus.profile.ConsultationProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chorus export}: a filtered extract of a run's tables, as CSV, Parquet or XLSX. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Extract the rows of a run's tables about some topics and stakeholder groups, for spreadsheets and notebooks.",
      "Tables: submissions, stances, synthesis, positions, quotes, campaigns (those the run has)."
    })
final class ExportCommand implements Callable<Integer> {

  /** The tables an extract holds, in the order an analyst reads them. */
  static final List<String> TABLES =
      List.of("synthesis", "positions", "quotes", "stances", "submissions", "campaigns");

  enum Format {
    csv,
    parquet,
    xlsx
  }

  @Option(
      names = "--run",
      required = true,
      paramLabel = "<run-folder>",
      description = "A chorus run folder.")
  Path run;

  @Option(
      names = "--topic",
      split = ",",
      paramLabel = "<code>",
      description =
          "Topic codes to keep (repeatable or comma-separated); a prefix such as WG1 keeps the working group's topics. Default: all.")
  List<String> topics = new ArrayList<>();

  @Option(
      names = "--group",
      split = ",",
      paramLabel = "<code>",
      description =
          "Stakeholder group codes to keep (repeatable or comma-separated). Default: all.")
  List<String> groups = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "csv",
      paramLabel = "csv|parquet|xlsx",
      description =
          "csv: one file per table; parquet: one folder per table; xlsx: one workbook, the matrix first. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = "--excel",
      description = "CSV with a byte-order mark, so that Excel reads accents as UTF-8.")
  boolean excel;

  @Option(
      names = "--out",
      paramLabel = "<path>",
      description = "Where to write (default: <run>/exports/extract[.xlsx]).")
  Path out;

  @Override
  public Integer call() throws Exception {
    RunFolder.requireRun(run);
    if (!Files.isRegularFile(run.resolve("submissions.csv"))) {
      throw new IllegalArgumentException(run + " is not a chorus run folder (no submissions.csv)");
    }
    Map<String, RunTable> tables = new LinkedHashMap<>();
    for (String name : TABLES) {
      Path csv = run.resolve(name + ".csv");
      if (Files.isRegularFile(csv)) {
        tables.put(name, RunTable.read(csv));
      }
    }
    ConsultationProfile profile = ConsultationProfile.ofRun(run);
    checkCodes(tables, profile);
    Map<String, RunTable> kept = new ExportFilter(topics, groups).apply(tables);
    Path target =
        out != null
            ? out
            : run.resolve("exports").resolve(format == Format.xlsx ? "extract.xlsx" : "extract");
    Files.createDirectories(format == Format.xlsx ? target.toAbsolutePath().getParent() : target);
    List<RunTable> ordered = TABLES.stream().filter(kept::containsKey).map(kept::get).toList();
    switch (format) {
      case csv -> {
        for (RunTable t : ordered) {
          t.write(target.resolve(t.name() + ".csv"), excel);
        }
      }
      case parquet -> {
        SparkSession spark = SparkSessions.start("local[1]");
        for (RunTable t : ordered) {
          ParquetTables.write(spark, t, target.resolve(t.name()));
        }
      }
      case xlsx -> XlsxWorkbook.write(target, ordered, profile);
    }
    for (RunTable t : ordered) {
      System.out.printf(
          Locale.ROOT,
          "%-12s %,7d of %,7d rows%n",
          t.name(),
          t.rows().size(),
          tables.get(t.name()).rows().size());
    }
    System.out.println("Written: " + target.toAbsolutePath());
    return Main.OK;
  }

  /**
   * A code that matches nothing is a typo more often than a wish for an empty extract; codes are
   * those of the consultation profile the run was analysed with.
   */
  private void checkCodes(Map<String, RunTable> tables, ConsultationProfile profile) {
    RunTable stances = tables.get("stances");
    RunTable submissions = tables.get("submissions");
    List<String> codes = profile.codebook().codes();
    for (String t : topics) {
      ExportFilter one = new ExportFilter(List.of(t), List.of());
      if (codes.stream().noneMatch(one::keepsTopic)) {
        throw new IllegalArgumentException(
            "'" + t + "' is no topic of " + profile.id() + " (" + String.join(", ", codes) + ")");
      }
      if (stances != null && stances.values("topic").stream().noneMatch(one::keepsTopic)) {
        throw new IllegalArgumentException("no stance in this run is on topic '" + t + "'");
      }
    }
    for (String g : groups) {
      if (profile.group(g).filter(known -> known.code().equals(g)).isEmpty()) {
        throw new IllegalArgumentException(
            "'"
                + g
                + "' is no stakeholder group of "
                + profile.id()
                + " ("
                + String.join(", ", profile.groupCodes())
                + ")");
      }
      if (submissions.values("stakeholder_group").stream().noneMatch(g::equals)) {
        throw new IllegalArgumentException(
            "no submission in this run is in stakeholder group '" + g + "'");
      }
    }
  }
}
