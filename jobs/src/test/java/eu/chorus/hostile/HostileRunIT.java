package eu.chorus.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.ingest.PublishedNames;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
 * the test, and the entries that are not regular files or whose names do not decode ({@link
 * HostileCorpus#writeUnreadEntries}). Every entry must be accounted for with the status expected,
 * the batch must finish, and no planted secret, personal detail or anonymous respondent's name may
 * appear in any output (CSV, Parquet, report, run.json), the log, or, for names and secrets never
 * read, the state, which must be owner-only.
 */
class HostileRunIT {

  /** file (as the manifest names it) → status; the file name says what it is. */
  private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

  static {
    for (String f :
        List.of(
            "HX-01/corrupt.pdf",
            "HX-02/truncated.pdf",
            "HX-03/corrupt.docx",
            "HX-04/truncated.docx",
            "HX-05/encrypted-user-password.pdf",
            "HX-07/empty.pdf",
            "HX-08/binary-junk.pdf",
            "HX-12/nested-zip-bomb.zip",
            "HX-14/xxe.docx",
            "HX-15/billion-laughs.docx",
            "HX-ZIP-RENAMED/renamed-inner-archives.zip",
            "HX-PDF-NO-PAGES/no-pages.pdf")) {
      EXPECTED.put(f, "QUARANTINED");
    }
    for (String f :
        List.of(
            "HX-13/path-traversal.zip",
            "HX-17/billion-laughs.svg",
            "HX-19/billion-laughs.xml",
            "HX-ZIP-DEEP/nested-20-levels.zip",
            "HX-BIG-TEXT/huge-submission.txt",
            "HX-BIG-PDF/thousands-of-pages.pdf")) {
      EXPECTED.put(f, "PARTIAL");
    }
    for (String f :
        List.of(
            "HX-06/encrypted-owner-password-only.pdf",
            "HX-09/actually-a-word-file.pdf",
            "HX-10/windows-1252.txt",
            "HX-11/utf-16.txt",
            "HX-16/xxe.svg",
            "HX-18/xxe.xml",
            "HX-20/scripts-and-handlers.html",
            "HX-21/nested-attachments.eml",
            "HX-22/scanned-image-only.pdf",
            "HX-23/position paper (final version).txt",
            "HX-24/prise de position – réponse à l’AI Office.txt",
            "HX-25/line\nbreak in name.txt",
            "HX-26/formula-injection.txt",
            "HX-ENC-1250/windows-1250.txt",
            "HX-SVG-SCRIPT/script-and-style.svg",
            // anonymous respondents: their files under published names
            "HX-PII-ANON/file-1.txt",
            "HX-PII-DISGUISED/file-1.txt",
            "HX-PII-PUBLIC/public-response.txt")) {
      EXPECTED.put(f, "OK");
    }
    // Names: the anonymous respondent's files under neutral names, in the order of the originals
    // (Brandtmeyer-%FF.txt, the link Ottilie_Brandtmeyer_cv.pdf, Ottilie_Brandtmeyer_response.txt);
    // the unlisted folder named after a person is a submission with a neutral id.
    EXPECTED.put("HX-NAME-ANON/file-1.txt", "QUARANTINED");
    EXPECTED.put("HX-NAME-ANON/file-2.pdf", "QUARANTINED");
    EXPECTED.put("HX-NAME-ANON/file-3.txt", "OK");
    EXPECTED.put(
        PublishedNames.layoutId(HostileCorpus.UNLISTED_PERSON_FOLDER) + "/file-1.txt", "OK");
    // Entries that are not read, in a public submission: listed under their own names
    EXPECTED.put("HX-23/annex-%FF.txt", "QUARANTINED");
    EXPECTED.put("HX-23/annex-link.txt", "QUARANTINED");
    EXPECTED.put("HX-23/annex-pipe", "QUARANTINED");
  }

  private static Path export;
  private static Path out;
  private static Path state;
  private static Path log;
  private static Set<String> exportBefore;
  private static int exit;
  private static double seconds;

  @BeforeAll
  static void runOnTheHostileExport() throws Exception {
    Path work = Files.createTempDirectory("chorus-hostile-it");
    export = work.resolve("export");
    out = work.resolve("run");
    state = work.resolve("state");
    log = work.resolve("chorus.log");
    HostileCorpus.writeWithBigFiles(export, 100, 3000);
    HostileCorpus.writeUnreadEntries(export);
    exportBefore = listing(work);
    Path launcher = Path.of(System.getProperty("chorus.launcher", "bin/chorus")).toAbsolutePath();
    ProcessBuilder pb =
        new ProcessBuilder(
                launcher.toString(),
                "run",
                "--input",
                export.toString(),
                "--out",
                out.toString(),
                "--state",
                state.toString(),
                "--set",
                "extract.maxChars=200000",
                "--set",
                "extract.timeoutSeconds=90")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().put("CHORUS_HEAP", "4g");
    long start = System.nanoTime();
    Process p = pb.start();
    assertTrue(p.waitFor(20, TimeUnit.MINUTES), "chorus run did not finish");
    seconds = (System.nanoTime() - start) / 1e9;
    exit = p.exitValue();
  }

  @AfterAll
  static void stopSpark() {
    SparkSession.getActiveSession()
        .foreach(
            s -> {
              s.stop();
              return null;
            });
  }

  @Test
  void theBatchFinishes() throws IOException {
    // the corpus has quarantined files, so a finished run says so with its own exit code
    assertEquals(
        eu.chorus.Main.QUARANTINED,
        exit,
        "chorus run failed after " + seconds + " s:\n" + Files.readString(log));
  }

  @Test
  void everyFileIsAccountedForWithTheExpectedStatusAndAReason() throws IOException {
    List<CSVRecord> manifest = csv(out.resolve("manifest.csv"));
    Map<String, CSVRecord> byFile =
        manifest.stream().collect(Collectors.toMap(r -> r.get("file"), r -> r));
    assertEquals(
        new TreeSet<>(EXPECTED.keySet()),
        new TreeSet<>(byFile.keySet()),
        "one row per entry under files/");
    List<String> wrong = new ArrayList<>();
    EXPECTED.forEach(
        (file, status) -> {
          CSVRecord r = byFile.get(file);
          if (!r.get("status").equals(status)) {
            wrong.add(
                file + ": " + r.get("status") + " (" + r.get("reason") + "), expected " + status);
          }
          if (!status.equals("OK") && r.get("reason").isBlank()) {
            wrong.add(file + ": " + status + " without a reason");
          }
        });
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    assertTrue(
        byFile
            .get("HX-05/encrypted-user-password.pdf")
            .get("reason")
            .contains("encrypted PDF: no password"));
    assertTrue(byFile.get("HX-12/nested-zip-bomb.zip").get("reason").contains("zip bomb"));
    assertTrue(
        byFile
            .get("HX-13/path-traversal.zip")
            .get("reason")
            .contains("ZIP entry escapes the archive folder"));
    assertTrue(
        byFile.get("HX-ZIP-RENAMED/renamed-inner-archives.zip").get("reason").contains("zip bomb"));
    assertEquals(
        "archives nested deeper than 8 levels: the inner levels are not read",
        byFile.get("HX-ZIP-DEEP/nested-20-levels.zip").get("reason"));
    assertEquals(
        "true", byFile.get("HX-22/scanned-image-only.pdf").get("ocr"), "the scan is OCR'd");
    assertEquals("PDF file has no pages", byFile.get("HX-PDF-NO-PAGES/no-pages.pdf").get("reason"));
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        byFile.get("HX-09/actually-a-word-file.pdf").get("media_type"));
    assertTrue(
        byFile.get("HX-23/annex-link.txt").get("reason").startsWith("symbolic link, not followed"));
    assertTrue(
        byFile
            .get("HX-NAME-ANON/file-2.pdf")
            .get("reason")
            .startsWith("symbolic link, not followed"));
    assertTrue(
        byFile.get("HX-23/annex-pipe").get("reason").startsWith("not a regular file (FIFO)"));
    assertTrue(
        byFile.get("HX-23/annex-%FF.txt").get("reason").startsWith("name is not valid UTF-8"));
    assertTrue(
        byFile.get("HX-NAME-ANON/file-1.txt").get("reason").startsWith("name is not valid UTF-8"));
  }

  @Test
  void anonymousRespondentsFilesAndFoldersArePublishedUnderNeutralNames() throws IOException {
    Map<String, CSVRecord> subs =
        csv(out.resolve("submissions.csv")).stream()
            .collect(Collectors.toMap(r -> r.get("submission_id"), r -> r));
    assertEquals(
        "HX-NAME-ANON/file-1.txt;HX-NAME-ANON/file-2.pdf;HX-NAME-ANON/file-3.txt",
        subs.get("HX-NAME-ANON").get("files"));
    String folder = PublishedNames.layoutId(HostileCorpus.UNLISTED_PERSON_FOLDER);
    assertEquals("ANONYMOUS", subs.get(folder).get("consent"));
    assertEquals(folder + "/file-1.txt", subs.get(folder).get("files"));
    assertTrue(
        subs.get("HX-23").get("files").contains("HX-23/position paper (final version).txt"),
        "public: kept");
    assertTrue(
        passages().stream()
            .anyMatch(r -> r.<String>getAs("file").equals("HX-NAME-ANON/file-3.txt")));
  }

  /** What no output may hold: secrets never to be read, and anonymous respondents' names. */
  private static List<String> neverRead() {
    List<String> forbidden = new ArrayList<>(HostileCorpus.NAME_CANARIES);
    forbidden.add(HostileCorpus.CANARY_SECRET);
    forbidden.add("TRAVERSAL-PAYLOAD");
    forbidden.add("INJECTED-BY-SCRIPT");
    forbidden.add(HostileCorpus.TOO_DEEP);
    forbidden.add("INJECTED-BY-SVG-SCRIPT");
    forbidden.add("SVG-STYLE-PAYLOAD");
    return forbidden;
  }

  @Test
  void noPlantedSecretPersonalDetailOrNameAppearsInAnyOutputOrTheLog() throws IOException {
    List<String> forbidden = neverRead();
    forbidden.addAll(HostileCorpus.PERSONAL_CANARIES);
    forbidden.add(HostileCorpus.ANONYMOUS_ORGANISATION);
    forbidden.addAll(HostileCorpus.DISGUISED_CANARIES);
    List<String> found = new ArrayList<>();
    // every file: the tables, run.json, chorus.log, report/, passages/, positions/, parquet/
    List<Path> scanned = scan(out, forbidden, found);
    String logText = Files.readString(log, StandardCharsets.UTF_8);
    forbidden.stream().filter(logText::contains).forEach(s -> found.add(s + " in the log"));
    assertTrue(
        scanned.stream().anyMatch(p -> p.endsWith("run.json")), "run.json scanned: " + scanned);
    assertTrue(
        scanned.stream().anyMatch(p -> p.startsWith(out.resolve("report"))), "report scanned");
    assertTrue(
        scanned.stream().anyMatch(p -> p.startsWith(out.resolve("parquet"))),
        "Parquet copies scanned");
    assertTrue(found.isEmpty(), String.join("\n", found));
  }

  /**
   * The state keeps extracted text before redaction (so the planted personal details are there),
   * protected instead: owner-only. Names and secrets that are never read must not be there either.
   */
  @Test
  void theStateIsOwnerOnlyAndHoldsNoNameOrSecretNeverRead() throws IOException {
    List<String> found = new ArrayList<>();
    List<Path> scanned = scan(state, neverRead(), found);
    assertTrue(
        scanned.stream().anyMatch(p -> p.toString().endsWith(".parquet")),
        "cache batches scanned: " + scanned);
    assertTrue(found.isEmpty(), String.join("\n", found));
    List<String> open = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(state)) {
      for (Path p : walk.toList()) {
        String permissions =
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
        if (!permissions.equals(Files.isDirectory(p) ? "rwx------" : "rw-------")) {
          open.add(permissions + " " + state.relativize(p));
        }
      }
    }
    assertTrue(open.isEmpty(), String.join("\n", open));
  }

  /**
   * Scans every regular file under {@code root} for the forbidden strings, and the rows of every
   * Parquet folder under it (its pages may be compressed); returns the files scanned.
   */
  private static List<Path> scan(Path root, List<String> forbidden, List<String> found)
      throws IOException {
    List<Path> scanned;
    try (Stream<Path> walk = Files.walk(root)) {
      scanned = walk.filter(Files::isRegularFile).toList();
    }
    Set<Path> parquetFolders = new TreeSet<>();
    for (Path f : scanned) {
      String content = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
      forbidden.stream()
          .filter(content::contains)
          .forEach(s -> found.add(s + " in " + root.relativize(f)));
      if (f.getFileName().toString().endsWith(".parquet")) {
        parquetFolders.add(f.getParent());
      }
    }
    for (Path folder : parquetFolders) {
      for (Row r : spark().read().parquet(folder.toString()).collectAsList()) {
        String row = r.toString();
        forbidden.stream()
            .filter(row::contains)
            .forEach(s -> found.add(s + " in a row of " + root.relativize(folder)));
      }
    }
    return scanned;
  }

  @Test
  void anonymousTextIsRedactedWhilePublicOrganisationsStay() throws IOException {
    List<String> anonymous =
        passages().stream()
            .filter(r -> r.<String>getAs("submission_id").equals("HX-PII-ANON"))
            .map(r -> r.<String>getAs("text"))
            .toList();
    assertFalse(anonymous.isEmpty());
    String all = String.join("\n", anonymous);
    assertTrue(all.contains("[name]") && all.contains("[e-mail]") && all.contains("[phone]"), all);
    assertTrue(all.contains("transparency measures"), "the argument itself is kept: " + all);
    Map<String, CSVRecord> subs =
        csv(out.resolve("submissions.csv")).stream()
            .collect(Collectors.toMap(r -> r.get("submission_id"), r -> r));
    assertEquals(HostileCorpus.PUBLIC_ORGANISATION, subs.get("HX-PII-PUBLIC").get("organisation"));
    assertEquals("", subs.get("HX-PII-ANON").get("organisation"));
    assertTrue(
        passages().stream()
            .anyMatch(r -> r.<String>getAs("text").contains(HostileCorpus.PUBLIC_ORGANISATION)));
  }

  @Test
  void disguisedContactDetailsAndSignaturesAreRedactedWhileLookalikesStay() throws IOException {
    String all =
        passages().stream()
            .filter(r -> r.<String>getAs("submission_id").equals("HX-PII-DISGUISED"))
            .map(r -> r.<String>getAs("text"))
            .collect(Collectors.joining("\n"));
    for (String marker : List.of("[name]", "[e-mail]", "[phone]", "[handle]")) {
      assertTrue(all.contains(marker), marker + " in " + all);
    }
    for (String kept : HostileCorpus.DISGUISED_KEPT) {
      assertTrue(all.contains(kept), "kept: " + kept + " in " + all);
    }
  }

  @Test
  void centralEuropeanLettersReachThePassagesAsWritten() {
    String text =
        passages().stream()
            .filter(r -> r.<String>getAs("submission_id").equals("HX-ENC-1250"))
            .map(r -> r.<String>getAs("text"))
            .collect(Collectors.joining("\n"));
    for (String word :
        List.of("obowiązki", "przedsiębiorstwa", "Źródła", "łagodniejsze", "żądamy", "śladów")) {
      assertTrue(text.contains(word), word + " in " + text);
    }
  }

  @Test
  void csvCellsThatWouldRunAsFormulasAreNeutralised() throws IOException {
    CSVRecord row =
        csv(out.resolve("submissions.csv")).stream()
            .filter(r -> r.get("submission_id").equals("HX-26"))
            .findFirst()
            .orElseThrow();
    assertEquals("'" + HostileCorpus.FORMULA_ORGANISATION, row.get("organisation"));
  }

  @Test
  void nothingIsWrittenOutsideTheRunFolder() throws IOException {
    Set<String> after = listing(out.getParent());
    after.removeIf(p -> p.startsWith("run/") || p.startsWith("state/") || p.equals("chorus.log"));
    assertEquals(exportBefore, after, "the export folder and its surroundings are unchanged");
    assertFalse(Files.exists(Path.of("/tmp/chorus-escaped.txt")));
    assertFalse(Files.exists(Path.of("/etc/chorus-absolute.txt")));
  }

  private static Set<String> listing(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      return p.getRecords();
    }
  }

  private static SparkSession spark() {
    return SparkSession.builder()
        .master("local[1]")
        .config("spark.ui.enabled", "false")
        .getOrCreate();
  }

  private static List<Row> passages() {
    return spark().read().parquet(out.resolve("passages").toString()).collectAsList();
  }
}
