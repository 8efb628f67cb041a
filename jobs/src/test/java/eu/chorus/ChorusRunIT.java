package eu.chorus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.ingest.ExportReader;
import eu.chorus.ingest.InputFile;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end, slow: {@code chorus run} on the committed sample export ({@code data-samples/}), with
 * real Tika, CoreNLP and an embedded Spark. Runs once; the tests read its outputs.
 */
class ChorusRunIT {

  private static Path samples;
  private static Path out;

  @BeforeAll
  static void runOnTheSampleExport() throws IOException {
    samples = SampleRun.samples();
    out = SampleRun.local();
  }

  @AfterAll
  static void stopSpark() {
    SparkSession.active().stop();
  }

  private static List<CSVRecord> read(String name, CsvTable<?, ?> table) throws IOException {
    try (Reader r = Files.newBufferedReader(out.resolve(name), StandardCharsets.UTF_8);
        CSVParser p =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      assertEquals(table.header(), p.getHeaderNames(), name + " header");
      return p.getRecords();
    }
  }

  @Test
  void everyInputFileIsInTheManifestWithAStatus() throws IOException {
    Set<String> onDisk;
    Path files = samples.resolve("files");
    try (Stream<Path> walk = Files.walk(files)) {
      onDisk =
          walk.filter(Files::isRegularFile)
              .map(p -> files.relativize(p).toString().replace('\\', '/'))
              .collect(Collectors.toSet());
    }
    List<CSVRecord> manifest = read("manifest.csv", ManifestTable.TABLE);
    Set<String> inManifest = manifest.stream().map(r -> r.get("file")).collect(Collectors.toSet());
    // Anonymous respondents' files are listed under their published names, every other under its
    // own.
    Set<String> published =
        ExportReader.read(samples).files().stream()
            .map(InputFile::relativePath)
            .collect(Collectors.toSet());
    assertEquals(published, inManifest, "the manifest lists every file the export has");
    assertEquals(
        onDisk.size(),
        manifest.stream().filter(r -> !r.get("reason").contains("not found under files/")).count(),
        "one row per file on disk");
    for (CSVRecord r : manifest) {
      assertTrue(Set.of("OK", "PARTIAL", "QUARANTINED").contains(r.get("status")), r.toString());
      if (!r.get("status").equals("OK")) {
        assertFalse(
            r.get("reason").isBlank(),
            "a " + r.get("status") + " file needs a reason: " + r.get("file"));
      }
    }
    assertTrue(
        manifest.stream().filter(r -> r.get("status").equals("OK")).count() > onDisk.size() * 0.9,
        "most sample files should extract cleanly");
  }

  @Test
  void everySubmissionIsInTheSubmissionsTable() throws IOException {
    Set<String> declared;
    try (Reader r =
            Files.newBufferedReader(samples.resolve("submissions.csv"), StandardCharsets.UTF_8);
        CSVParser p =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      declared =
          p.getRecords().stream().map(x -> x.get("submission_id")).collect(Collectors.toSet());
    }
    List<CSVRecord> rows = read("submissions.csv", SubmissionsTable.TABLE);
    assertTrue(
        rows.stream()
            .map(x -> x.get("submission_id"))
            .collect(Collectors.toSet())
            .containsAll(declared));
    for (CSVRecord row : rows) {
      if (row.get("consent").equals("ANONYMOUS")) {
        assertEquals(
            "",
            row.get("organisation"),
            "anonymous organisation published: " + row.get("submission_id"));
      }
    }
  }

  @Test
  void campaignMembersCarryTheirCampaignIdInTheSubmissionsTable() throws IOException {
    List<CSVRecord> campaigns = read("campaigns.csv", CampaignsTable.TABLE);
    assertFalse(campaigns.isEmpty(), "the sample export has campaigns");
    Map<String, String> campaignOf =
        read("submissions.csv", SubmissionsTable.TABLE).stream()
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
    Set<String> passageIds =
        passages().stream().map(r -> r.<String>getAs("passage_id")).collect(Collectors.toSet());
    for (CSVRecord s : stances) {
      assertTrue(
          passageIds.contains(s.get("passage_id")), "unknown passage " + s.get("passage_id"));
    }
  }

  @Test
  void passagesContainingACodebookTermCarryItsTopic() {
    // Terms that belong to one topic only ("red-teaming" does not: "security red-teaming" is WG3).
    Map<String, String> unambiguous =
        Map.of(
            "copyright", "WG1.COPYRIGHT_POLICY",
            "whistleblower", "WG4.WHISTLEBLOWING",
            "taxonomy", "WG2.TAXONOMY",
            "robots.txt", "WG1.COPYRIGHT_POLICY");
    List<Row> rows = passages();
    unambiguous.forEach(
        (word, topic) -> {
          List<Row> containing =
              rows.stream()
                  .filter(r -> r.<String>getAs("language").equals("en"))
                  .filter(
                      r ->
                          r.<String>getAs("text")
                              .toLowerCase(Locale.ROOT)
                              .matches("(?s).*\\b" + java.util.regex.Pattern.quote(word) + "\\b.*"))
                  .toList();
          assertFalse(containing.isEmpty(), "no English passage mentions " + word);
          for (Row r : containing) {
            assertTrue(
                r.getList(r.fieldIndex("topics")).contains(topic),
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
    assertTrue(
        html.contains("<strong>" + submissions + "</strong> submissions"),
        "the report counts what submissions.csv holds");
    assertFalse(html.contains("<script"));
    assertTrue(Files.isRegularFile(out.resolve("report/passages.html")));
  }

  /**
   * One rule for campaigns everywhere: per topic × stakeholder group, the report's model, the
   * framework matrix in synthesis.csv, the notebooks' counting code (notebooks/chorus_counts.py,
   * run by the Python the notebooks run under) and the XLSX export's matrix hold the same numbers.
   */
  @Test
  void theReportSynthesisNotebooksAndWorkbookCountEveryCellAlike() throws Exception {
    List<String> numbers =
        List.of("support", "oppose", "mixed", "neutral", "campaigns", "campaign_signatories");
    // synthesis.csv: what the texts say (ticked answers have rows of their own)
    Map<String, List<Long>> synthesis = new java.util.TreeMap<>();
    try (Reader r = Files.newBufferedReader(out.resolve("synthesis.csv"), StandardCharsets.UTF_8);
        CSVParser p =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      for (CSVRecord row : p) {
        if (!"ANSWER".equals(row.isMapped("source") ? row.get("source") : "")) {
          synthesis.put(
              row.get("topic") + " " + row.get("stakeholder_group"),
              numbers.stream().map(c -> Long.parseLong(row.get(c))).toList());
        }
      }
    }
    assertTrue(
        synthesis.values().stream().anyMatch(v -> v.get(4) > 0),
        "the sample has campaigns: the rule is exercised");

    Map<String, List<Long>> report = new java.util.TreeMap<>();
    for (eu.chorus.report.ChairsReport.CellCount c : eu.chorus.report.ChairsReport.cells(out)) {
      List<Long> v =
          List.of(c.support(), c.oppose(), c.mixed(), c.neutral(), c.campaigns(), c.signatories());
      if (v.stream().anyMatch(n -> n > 0)) {
        report.put(c.topic() + " " + c.stakeholderGroup(), v);
      }
    }
    assertEquals(synthesis, report, "the report's matrices");

    Path xlsx = out.resolve("exports/consistency.xlsx");
    Files.createDirectories(xlsx.getParent());
    eu.chorus.export.XlsxWorkbook.write(
        xlsx,
        List.of(eu.chorus.output.RunTable.read(out.resolve("synthesis.csv"))),
        eu.chorus.profile.ConsultationProfile.ofRun(out));
    Map<String, List<Long>> workbook = new java.util.TreeMap<>();
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
      var sheet = wb.getSheet("matrix");
      for (int i = 1; i <= sheet.getLastRowNum(); i++) {
        var row = sheet.getRow(i);
        List<Long> v = new java.util.ArrayList<>();
        for (int c = 2; c < 2 + numbers.size(); c++) {
          v.add((long) row.getCell(c).getNumericCellValue());
        }
        workbook.put(
            row.getCell(0).getStringCellValue() + " " + row.getCell(1).getStringCellValue(), v);
      }
    }
    assertEquals(synthesis, workbook, "the XLSX matrix");

    Path python = notebooksPython();
    Assumptions.assumeTrue(
        python != null, "no Python with pandas for the notebooks (apt-get install python3-pandas)");
    Process process =
        new ProcessBuilder(
                python.toString(),
                "-c",
                "import sys; sys.path.insert(0, '../notebooks'); import chorus_counts; "
                    + "chorus_counts.cells(sys.argv[1]).to_csv(sys.stdout, index=False)",
                out.toString())
            .redirectErrorStream(true)
            .start();
    String csv = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), csv);
    Map<String, List<Long>> notebooks = new java.util.TreeMap<>();
    try (CSVParser p =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new java.io.StringReader(csv))) {
      for (CSVRecord row : p) {
        notebooks.put(
            row.get("topic") + " " + row.get("stakeholder_group"),
            numbers.stream().map(c -> Long.parseLong(row.get(c))).toList());
      }
    }
    assertEquals(synthesis, notebooks, "the notebooks' counting");
  }

  /** The Python the notebooks run under: jupyter's interpreter, else python3, if it has pandas. */
  private static Path notebooksPython() throws IOException, InterruptedException {
    List<Path> candidates = new java.util.ArrayList<>();
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path jupyter = Path.of(dir, "jupyter");
      if (Files.isRegularFile(jupyter)) {
        String first =
            Files.readAllLines(jupyter, StandardCharsets.ISO_8859_1).stream()
                .findFirst()
                .orElse("");
        if (first.startsWith("#!")) {
          candidates.add(Path.of(first.substring(2).trim().split("\\s+")[0]));
        }
      }
      candidates.add(Path.of(dir, "python3"));
    }
    for (Path python : candidates) {
      if (Files.isExecutable(python)
          && new ProcessBuilder(python.toString(), "-c", "import pandas")
                  .redirectErrorStream(true)
                  .start()
                  .waitFor()
              == 0) {
        return python;
      }
    }
    return null;
  }

  /** The analysts' notebooks, executed headless (Jupyter, pandas, matplotlib) against this run. */
  @Test
  void notebooksExecuteAgainstTheRun() throws Exception {
    Assumptions.assumeTrue(
        onPath("jupyter"),
        "jupyter is not installed (apt-get install jupyter-nbconvert python3-ipykernel python3-pandas python3-matplotlib)");
    Path previous = previousNight(5);
    Path executed = Files.createTempDirectory("chorus-notebooks");
    List<Path> notebooks;
    try (Stream<Path> list = Files.list(Path.of("../notebooks"))) {
      notebooks = list.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
    assertTrue(notebooks.size() >= 3, "notebooks missing: " + notebooks);
    for (Path notebook : notebooks) {
      ProcessBuilder jupyter =
          new ProcessBuilder(
                  "jupyter",
                  "nbconvert",
                  "--to",
                  "notebook",
                  "--execute",
                  "--ExecutePreprocessor.timeout=300",
                  "--output-dir",
                  executed.toString(),
                  notebook.toString())
              .redirectErrorStream(true);
      jupyter
          .environment()
          .putAll(
              Map.of(
                  "CHORUS_RUN",
                  out.toString(),
                  "CHORUS_FROM",
                  previous.toString(),
                  "CHORUS_TO",
                  out.toString()));
      Process process = jupyter.start();
      String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, process.waitFor(), notebook.getFileName() + " failed:\n" + log);
      String result =
          Files.readString(executed.resolve(notebook.getFileName()), StandardCharsets.UTF_8);
      assertTrue(result.contains("image/png"), notebook.getFileName() + " drew no chart");
      assertFalse(
          result.contains("\"output_type\": \"error\""),
          notebook.getFileName() + " has an error cell");
    }
    String comparison =
        Files.readString(executed.resolve("compare_nights.ipynb"), StandardCharsets.UTF_8);
    assertTrue(
        comparison.contains("5 new, 0 withdrawn"),
        "compare_nights did not find the 5 new submissions");
  }

  /**
   * This run as the night before would have seen it: without its last {@code arrivedSince}
   * submissions.
   */
  private static Path previousNight(int arrivedSince) throws IOException {
    Path previous = Files.createTempDirectory("chorus-previous-night");
    List<CSVRecord> rows = read("submissions.csv", SubmissionsTable.TABLE);
    Set<String> arrived =
        rows.subList(rows.size() - arrivedSince, rows.size()).stream()
            .map(r -> r.get("submission_id"))
            .collect(Collectors.toSet());
    copyWithout(out.resolve("submissions.csv"), previous.resolve("submissions.csv"), arrived);
    copyWithout(out.resolve("stances.csv"), previous.resolve("stances.csv"), arrived);
    Files.copy(out.resolve("run.json"), previous.resolve("run.json"));
    return previous;
  }

  private static void copyWithout(Path from, Path to, Set<String> submissionIds)
      throws IOException {
    List<String> lines = Files.readAllLines(from, StandardCharsets.UTF_8);
    // every row of these tables starts with its submission id, and no id needs quoting
    List<String> kept =
        lines.stream()
            .filter(l -> !submissionIds.contains(l.substring(0, Math.max(0, l.indexOf(',')))))
            .toList();
    Files.write(to, kept, StandardCharsets.UTF_8);
  }

  private static boolean onPath(String command) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
  }

  private static List<Row> passages() {
    SparkSession spark =
        SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false").getOrCreate();
    return spark.read().parquet(out.resolve("passages").toString()).collectAsList();
  }
}
