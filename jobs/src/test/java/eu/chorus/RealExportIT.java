package eu.chorus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.evaluate.RespondentSplit;
import eu.chorus.ingest.Export;
import eu.chorus.ingest.ExportReader;
import eu.chorus.ingest.InputFile;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end, slow: {@code chorus run --blind} on the real export of the 2020 White Paper
 * consultation, exactly as the portal publishes it, then {@code chorus evaluate} of what was read
 * from the texts against what the respondents declared and ticked, on the report part of the fixed
 * split. The evaluation is printed (it is the measurement, not a threshold to pass).
 */
class RealExportIT {

  private static Path export;
  private static Path out;
  private static double seconds;

  @BeforeAll
  static void runBlindOnTheRealExport() throws IOException {
    export = RealData.export(RealData.WHITE_PAPER);
    out = Files.createTempDirectory("chorus-real-it").resolve("run");
    long started = System.nanoTime();
    int exit =
        Main.commandLine()
            .execute(
                "run",
                "--input",
                export.toString(),
                "--out",
                out.toString(),
                "--consultation",
                RealData.WHITE_PAPER,
                "--blind");
    seconds = (System.nanoTime() - started) / 1e9;
    assertTrue(exit == Main.OK || exit == Main.QUARANTINED, "exit code " + exit);
    System.out.printf(
        java.util.Locale.ROOT, "RealExportIT: blind run of %s in %.0f s%n", export, seconds);
  }

  @AfterAll
  static void stopSpark() {
    if (SparkSession.getActiveSession().isDefined()) {
      SparkSession.active().stop();
    }
  }

  private static List<CSVRecord> read(String name) throws IOException {
    try (Reader r = Files.newBufferedReader(out.resolve(name), StandardCharsets.UTF_8);
        CSVParser p =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      return p.getRecords();
    }
  }

  @Test
  void everyFileAndEveryRespondentIsAccountedFor() throws IOException {
    Export e = ExportReader.read(export);
    Set<String> manifest =
        read("manifest.csv").stream().map(r -> r.get("file")).collect(Collectors.toSet());
    for (InputFile f : e.files()) {
      assertTrue(
          manifest.contains(f.relativePath()), f.relativePath() + " missing from the manifest");
    }
    assertEquals(e.submissions().size(), read("submissions.csv").size());
  }

  @Test
  void aBlindRunSeesNoDeclaredTypeAndNoClosedAnswer() throws IOException {
    assertTrue(read("submissions.csv").stream().allMatch(r -> r.get("declared_group").isEmpty()));
    assertTrue(read("answers.csv").isEmpty());
  }

  @Test
  void theBlindRunIsEvaluatedAgainstDeclarationsOnTheReportSplit() throws IOException {
    Path evaluation = out.resolve("evaluation-report.json");
    int exit =
        Main.commandLine()
            .execute(
                "evaluate",
                "--run",
                out.toString(),
                "--declared",
                export.toString(),
                "--split",
                RespondentSplit.REPORT,
                "--out",
                evaluation.toString());
    assertEquals(Main.OK, exit);
    String json = Files.readString(evaluation);
    assertTrue(json.contains("\"coverageWithPaper\""), json);
  }
}
