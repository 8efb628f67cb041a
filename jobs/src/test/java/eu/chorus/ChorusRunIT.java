package eu.chorus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.output.CampaignsTable;
import eu.chorus.output.CsvTable;
import eu.chorus.output.ManifestTable;
import eu.chorus.output.StancesTable;
import eu.chorus.output.SubmissionsTable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end, slow: {@code chorus run} on the committed sample export ({@code data-samples/}),
 * with real Tika, CoreNLP and an embedded Spark. Runs once; the tests read its outputs.
 */
class ChorusRunIT {

  private static Path samples;
  private static Path out;

  @BeforeAll
  static void runOnTheSampleExport() throws IOException {
    samples = Path.of(System.getProperty("chorus.samples", "../data-samples")).toAbsolutePath().normalize();
    assertTrue(Files.isRegularFile(samples.resolve("submissions.csv")), "no sample export at " + samples);
    out = Files.createTempDirectory("chorus-run-it");
    int exit = Main.commandLine().execute("run", "--input", samples.toString(), "--out", out.toString());
    assertTrue(exit == Main.OK || exit == Main.QUARANTINED, "exit code " + exit);
  }

  @AfterAll
  static void stopSpark() {
    SparkSession.active().stop();
  }

  private static List<CSVRecord> read(String name, CsvTable<?, ?> table) throws IOException {
    try (Reader r = Files.newBufferedReader(out.resolve(name), StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      assertEquals(table.header(), p.getHeaderNames(), name + " header");
      return p.getRecords();
    }
  }

  @Test
  void everyInputFileIsInTheManifestWithAStatus() throws IOException {
    Set<String> onDisk;
    Path files = samples.resolve("files");
    try (Stream<Path> walk = Files.walk(files)) {
      onDisk = walk.filter(Files::isRegularFile).map(p -> files.relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toSet());
    }
    List<CSVRecord> manifest = read("manifest.csv", ManifestTable.TABLE);
    Set<String> inManifest = manifest.stream().map(r -> r.get("file")).collect(Collectors.toSet());
    assertTrue(inManifest.containsAll(onDisk), "files missing from the manifest");
    for (CSVRecord r : manifest) {
      assertTrue(Set.of("OK", "PARTIAL", "QUARANTINED").contains(r.get("status")), r.toString());
      if (!r.get("status").equals("OK")) {
        assertFalse(r.get("reason").isBlank(), "a " + r.get("status") + " file needs a reason: " + r.get("file"));
      }
    }
    assertTrue(manifest.stream().filter(r -> r.get("status").equals("OK")).count() > onDisk.size() * 0.9,
        "most sample files should extract cleanly");
  }

  @Test
  void everySubmissionIsInTheSubmissionsTable() throws IOException {
    Set<String> declared;
    try (Reader r = Files.newBufferedReader(samples.resolve("submissions.csv"), StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      declared = p.getRecords().stream().map(x -> x.get("submission_id")).collect(Collectors.toSet());
    }
    List<CSVRecord> rows = read("submissions.csv", SubmissionsTable.TABLE);
    assertTrue(rows.stream().map(x -> x.get("submission_id")).collect(Collectors.toSet()).containsAll(declared));
    for (CSVRecord row : rows) {
      if (row.get("consent").equals("ANONYMOUS")) {
        assertEquals("", row.get("organisation"), "anonymous organisation published: " + row.get("submission_id"));
      }
    }
  }

  @Test
  void campaignMembersCarryTheirCampaignIdInTheSubmissionsTable() throws IOException {
    List<CSVRecord> campaigns = read("campaigns.csv", CampaignsTable.TABLE);
    assertFalse(campaigns.isEmpty(), "the sample export has campaigns");
    Map<String, String> campaignOf = read("submissions.csv", SubmissionsTable.TABLE).stream()
        .filter(r -> !r.get("campaign_id").isEmpty())
        .collect(Collectors.toMap(r -> r.get("submission_id"), r -> r.get("campaign_id")));
    int members = 0;
    for (CSVRecord c : campaigns) {
      List<String> ids = List.of(c.get("members").split(";"));
      assertEquals(Integer.parseInt(c.get("submissions")), ids.size());
      assertTrue(ids.contains(c.get("template_submission_id")));
      ids.forEach(id -> assertEquals(c.get("campaign_id"), campaignOf.get(id), id));
      members += ids.size();
    }
    assertEquals(members, campaignOf.size(), "a campaign_id without a campaigns.csv row");
  }

  @Test
  void stancesNameCodebookTopicsAndExistingPassages() throws IOException {
    List<CSVRecord> stances = read("stances.csv", StancesTable.TABLE);
    assertFalse(stances.isEmpty());
    Set<String> passageIds = passages().stream().map(r -> r.<String>getAs("passage_id")).collect(Collectors.toSet());
    for (CSVRecord s : stances) {
      assertTrue(passageIds.contains(s.get("passage_id")), "unknown passage " + s.get("passage_id"));
    }
  }

  @Test
  void passagesContainingACodebookTermCarryItsTopic() {
    // Terms that belong to one topic only ("red-teaming" does not: "security red-teaming" is WG3).
    Map<String, String> unambiguous = Map.of(
        "copyright", "WG1.COPYRIGHT_POLICY",
        "whistleblower", "WG4.WHISTLEBLOWING",
        "taxonomy", "WG2.TAXONOMY",
        "robots.txt", "WG1.COPYRIGHT_POLICY");
    List<Row> rows = passages();
    unambiguous.forEach((word, topic) -> {
      List<Row> containing = rows.stream()
          .filter(r -> r.<String>getAs("language").equals("en"))
          .filter(r -> r.<String>getAs("text").toLowerCase(Locale.ROOT).matches("(?s).*\\b" + java.util.regex.Pattern.quote(word) + "\\b.*"))
          .toList();
      assertFalse(containing.isEmpty(), "no English passage mentions " + word);
      for (Row r : containing) {
        assertTrue(r.getList(r.fieldIndex("topics")).contains(topic),
            r.getAs("passage_id") + " mentions " + word + " but is not tagged " + topic);
      }
    });
  }

  @Test
  void runJsonRecordsCountsAndVersions() throws IOException {
    String json = Files.readString(out.resolve("run.json"), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"filesByStatus\""));
    assertTrue(json.contains("\"corenlp\" : \"4.5.10\""));
  }

  @Test
  void theChairsReportIsRenderedFromTheRunsTables() throws IOException {
    String html = Files.readString(out.resolve("report/index.html"), StandardCharsets.UTF_8);
    int submissions = read("submissions.csv", SubmissionsTable.TABLE).size();
    assertTrue(html.contains("<strong>" + submissions + "</strong> submissions"), "the report counts what submissions.csv holds");
    assertFalse(html.contains("<script"));
    assertTrue(Files.isRegularFile(out.resolve("report/passages.html")));
  }

  private static List<Row> passages() {
    SparkSession spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false").getOrCreate();
    return spark.read().parquet(out.resolve("passages").toString()).collectAsList();
  }
}
