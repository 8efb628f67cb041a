package eu.chorus.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
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
 * End to end, slow: {@code chorus run} (the built launcher, in its own process so that its log can
 * be scanned) on the hostile export, with a text of 100 MB and a PDF of 3,000 pages generated for
 * the test. Every file must be accounted for with the status expected, the batch must finish, and
 * no planted secret or personal detail may appear in any output file or the log.
 */
class HostileRunIT {

  /** file (relative to files/) → status; the file name says what it is. */
  private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

  static {
    for (String f : List.of("HX-01/corrupt.pdf", "HX-02/truncated.pdf", "HX-03/corrupt.docx", "HX-04/truncated.docx",
        "HX-05/encrypted-user-password.pdf", "HX-07/empty.pdf", "HX-08/binary-junk.pdf", "HX-12/nested-zip-bomb.zip",
        "HX-14/xxe.docx", "HX-15/billion-laughs.docx", "HX-ZIP-RENAMED/renamed-inner-archives.zip",
        "HX-PDF-NO-PAGES/no-pages.pdf")) {
      EXPECTED.put(f, "QUARANTINED");
    }
    for (String f : List.of("HX-13/path-traversal.zip", "HX-17/billion-laughs.svg", "HX-19/billion-laughs.xml",
        "HX-ZIP-DEEP/nested-20-levels.zip", "HX-BIG-TEXT/huge-submission.txt", "HX-BIG-PDF/thousands-of-pages.pdf")) {
      EXPECTED.put(f, "PARTIAL");
    }
    for (String f : List.of("HX-06/encrypted-owner-password-only.pdf", "HX-09/actually-a-word-file.pdf",
        "HX-10/windows-1252.txt", "HX-11/utf-16.txt", "HX-16/xxe.svg", "HX-18/xxe.xml", "HX-20/scripts-and-handlers.html",
        "HX-21/nested-attachments.eml", "HX-22/scanned-image-only.pdf", "HX-23/position paper (final version).txt",
        "HX-24/prise de position – réponse à l’AI Office.txt", "HX-25/line\nbreak in name.txt",
        "HX-26/formula-injection.txt", "HX-ENC-1250/windows-1250.txt", "HX-SVG-SCRIPT/script-and-style.svg",
        "HX-PII-ANON/anonymous-response.txt", "HX-PII-PUBLIC/public-response.txt")) {
      EXPECTED.put(f, "OK");
    }
  }

  private static Path export;
  private static Path out;
  private static Path log;
  private static List<String> inputs;
  private static Set<String> exportBefore;
  private static int exit;
  private static double seconds;

  @BeforeAll
  static void runOnTheHostileExport() throws Exception {
    Path work = Files.createTempDirectory("chorus-hostile-it");
    export = work.resolve("export");
    out = work.resolve("run");
    log = work.resolve("chorus.log");
    inputs = HostileCorpus.writeWithBigFiles(export, 100, 3000);
    exportBefore = listing(work);
    Path launcher = Path.of(System.getProperty("chorus.launcher", "bin/chorus")).toAbsolutePath();
    ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "run", "--input", export.toString(),
        "--out", out.toString(), "--set", "extract.maxChars=200000", "--set", "extract.timeoutSeconds=90")
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("CHORUS_HEAP", "4g");
    long start = System.nanoTime();
    Process p = pb.start();
    assertTrue(p.waitFor(20, TimeUnit.MINUTES), "chorus run did not finish");
    seconds = (System.nanoTime() - start) / 1e9;
    exit = p.exitValue();
  }

  @AfterAll
  static void stopSpark() {
    SparkSession.getActiveSession().foreach(s -> {
      s.stop();
      return null;
    });
  }

  @Test
  void theBatchFinishes() throws IOException {
    // the corpus has quarantined files, so a finished run says so with its own exit code
    assertEquals(eu.chorus.Main.QUARANTINED, exit, "chorus run failed after " + seconds + " s:\n" + Files.readString(log));
  }

  @Test
  void everyFileIsAccountedForWithTheExpectedStatusAndAReason() throws IOException {
    List<CSVRecord> manifest = csv(out.resolve("manifest.csv"));
    assertEquals(inputs.size(), manifest.size(), "manifest rows == input files");
    Map<String, CSVRecord> byFile = manifest.stream().collect(Collectors.toMap(r -> r.get("file"), r -> r));
    assertEquals(new TreeSet<>(inputs), new TreeSet<>(byFile.keySet()));
    assertEquals(new TreeSet<>(EXPECTED.keySet()), new TreeSet<>(inputs), "every hostile file has an expectation");
    List<String> wrong = new ArrayList<>();
    EXPECTED.forEach((file, status) -> {
      CSVRecord r = byFile.get(file);
      if (!r.get("status").equals(status)) {
        wrong.add(file + ": " + r.get("status") + " (" + r.get("reason") + "), expected " + status);
      }
      if (!status.equals("OK") && r.get("reason").isBlank()) {
        wrong.add(file + ": " + status + " without a reason");
      }
    });
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    assertTrue(byFile.get("HX-05/encrypted-user-password.pdf").get("reason").contains("encrypted PDF: no password"));
    assertTrue(byFile.get("HX-12/nested-zip-bomb.zip").get("reason").contains("zip bomb"));
    assertTrue(byFile.get("HX-13/path-traversal.zip").get("reason").contains("ZIP entry escapes the archive folder"));
    assertTrue(byFile.get("HX-ZIP-RENAMED/renamed-inner-archives.zip").get("reason").contains("zip bomb"));
    assertEquals("archives nested deeper than 8 levels: the inner levels are not read",
        byFile.get("HX-ZIP-DEEP/nested-20-levels.zip").get("reason"));
    assertEquals("true", byFile.get("HX-22/scanned-image-only.pdf").get("ocr"), "the scan is OCR'd");
    assertEquals("PDF file has no pages", byFile.get("HX-PDF-NO-PAGES/no-pages.pdf").get("reason"));
    assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        byFile.get("HX-09/actually-a-word-file.pdf").get("media_type"));
  }

  @Test
  void noPlantedSecretOrPersonalDetailAppearsInAnyOutputOrTheLog() throws IOException {
    List<String> forbidden = new ArrayList<>(HostileCorpus.PERSONAL_CANARIES);
    forbidden.add(HostileCorpus.ANONYMOUS_ORGANISATION);
    forbidden.add(HostileCorpus.CANARY_SECRET);
    forbidden.add("TRAVERSAL-PAYLOAD");
    forbidden.add("INJECTED-BY-SCRIPT");
    forbidden.add(HostileCorpus.TOO_DEEP);
    forbidden.add("INJECTED-BY-SVG-SCRIPT");
    forbidden.add("SVG-STYLE-PAYLOAD");
    List<String> found = new ArrayList<>();
    List<Path> scanned = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        scanned.add(f);
        String content = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        forbidden.stream().filter(content::contains).forEach(s -> found.add(s + " in " + out.relativize(f)));
      }
    }
    String logText = Files.readString(log, StandardCharsets.UTF_8);
    forbidden.stream().filter(logText::contains).forEach(s -> found.add(s + " in the log"));
    // Parquet pages may be compressed: read the passage texts too.
    for (Row r : passages()) {
      String text = r.getAs("text");
      forbidden.stream().filter(text::contains).forEach(s -> found.add(s + " in passage " + r.getAs("passage_id")));
    }
    assertTrue(scanned.size() >= 4, "outputs scanned: " + scanned);
    assertTrue(found.isEmpty(), String.join("\n", found));
  }

  @Test
  void anonymousTextIsRedactedWhilePublicOrganisationsStay() throws IOException {
    List<String> anonymous = passages().stream()
        .filter(r -> r.<String>getAs("submission_id").equals("HX-PII-ANON"))
        .map(r -> r.<String>getAs("text")).toList();
    assertFalse(anonymous.isEmpty());
    String all = String.join("\n", anonymous);
    assertTrue(all.contains("[name]") && all.contains("[e-mail]") && all.contains("[phone]"), all);
    assertTrue(all.contains("transparency measures"), "the argument itself is kept: " + all);
    Map<String, CSVRecord> subs = csv(out.resolve("submissions.csv")).stream()
        .collect(Collectors.toMap(r -> r.get("submission_id"), r -> r));
    assertEquals(HostileCorpus.PUBLIC_ORGANISATION, subs.get("HX-PII-PUBLIC").get("organisation"));
    assertEquals("", subs.get("HX-PII-ANON").get("organisation"));
    assertTrue(passages().stream().anyMatch(r -> r.<String>getAs("text").contains(HostileCorpus.PUBLIC_ORGANISATION)));
  }

  @Test
  void centralEuropeanLettersReachThePassagesAsWritten() {
    String text = passages().stream().filter(r -> r.<String>getAs("submission_id").equals("HX-ENC-1250"))
        .map(r -> r.<String>getAs("text")).collect(Collectors.joining("\n"));
    for (String word : List.of("obowiązki", "przedsiębiorstwa", "Źródła", "łagodniejsze", "żądamy", "śladów")) {
      assertTrue(text.contains(word), word + " in " + text);
    }
  }

  @Test
  void csvCellsThatWouldRunAsFormulasAreNeutralised() throws IOException {
    CSVRecord row = csv(out.resolve("submissions.csv")).stream()
        .filter(r -> r.get("submission_id").equals("HX-26")).findFirst().orElseThrow();
    assertEquals("'" + HostileCorpus.FORMULA_ORGANISATION, row.get("organisation"));
  }

  @Test
  void nothingIsWrittenOutsideTheRunFolder() throws IOException {
    Set<String> after = listing(out.getParent());
    after.removeIf(p -> p.startsWith("run/") || p.equals("chorus.log"));
    assertEquals(exportBefore, after, "the export folder and its surroundings are unchanged");
    assertFalse(Files.exists(Path.of("/tmp/chorus-escaped.txt")));
    assertFalse(Files.exists(Path.of("/etc/chorus-absolute.txt")));
  }

  private static Set<String> listing(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      return p.getRecords();
    }
  }

  private static List<Row> passages() {
    SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate();
    return spark.read().parquet(out.resolve("passages").toString()).collectAsList();
  }
}
