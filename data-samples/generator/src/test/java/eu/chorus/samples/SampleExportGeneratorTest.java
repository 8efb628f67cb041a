package eu.chorus.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.samples.bank.Bank;
import eu.chorus.samples.bank.BankLoader;
import eu.chorus.samples.bank.MissingBankTextException;
import eu.chorus.samples.domain.Group;
import eu.chorus.samples.domain.Stance;
import eu.chorus.samples.domain.Topic;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generates a 25-submission corpus from the fixture bank, twice, and checks the export. */
class SampleExportGeneratorTest {

  private static final int SIZE = 25;

  @TempDir static Path tmp;
  private static Path first;
  private static Path second;

  @BeforeAll
  static void generateTwice() throws IOException {
    Bank bank = FixtureBank.load();
    first = tmp.resolve("first");
    second = tmp.resolve("second");
    SampleExportGenerator.generate(bank, new GeneratorOptions(first, SIZE, 7L, Optional.empty()));
    SampleExportGenerator.generate(bank, new GeneratorOptions(second, SIZE, 7L, Optional.empty()));
  }

  @Test
  void regeneratingGivesByteIdenticalFiles() throws IOException {
    List<Path> a = tree(first);
    assertEquals(a, tree(second));
    for (Path p : a) {
      assertArrayEquals(
          Files.readAllBytes(first.resolve(p)),
          Files.readAllBytes(second.resolve(p)),
          p.toString());
    }
  }

  @Test
  void everyListedFileExistsAndEveryFileIsListed() throws IOException {
    Set<String> listed = new TreeSet<>();
    for (CSVRecord r : csv(first.resolve("submissions.csv"))) {
      for (String f : r.get("files").split(";")) {
        assertTrue(f.startsWith(r.get("submission_id") + "/"), f);
        listed.add(f);
      }
    }
    Set<String> onDisk = new TreeSet<>();
    for (Path p : tree(first.resolve("files"))) {
      onDisk.add(p.toString().replace('\\', '/'));
    }
    assertEquals(listed, onDisk);
  }

  @Test
  void submissionsCsvHasTheDomainHeaderAndOneRowPerSubmission() throws IOException {
    String header =
        Files.readAllLines(first.resolve("submissions.csv"), StandardCharsets.UTF_8).get(0);
    assertEquals(
        "submission_id,submitted_at,respondent_type,organisation,country,language,consent,files",
        header);
    List<CSVRecord> rows = csv(first.resolve("submissions.csv"));
    assertEquals(SIZE, rows.size());
    assertEquals("CP-0001", rows.get(0).get("submission_id"));
    for (CSVRecord r : rows) {
      String at = r.get("submitted_at");
      assertTrue(
          at.compareTo("2024-07-29T22:00:00Z") >= 0 && at.compareTo("2024-09-18T23:59:59Z") <= 0,
          at);
    }
  }

  @Test
  void goldUsesOnlyDomainCodes() throws IOException {
    Set<String> topics = Arrays.stream(Topic.values()).map(Topic::code).collect(Collectors.toSet());
    Set<String> stances =
        Arrays.stream(Stance.values()).map(Stance::name).collect(Collectors.toSet());
    Set<String> groups = Arrays.stream(Group.values()).map(Group::name).collect(Collectors.toSet());
    List<CSVRecord> stanceRows = csv(first.resolve("gold/stances.csv"));
    assertFalse(stanceRows.isEmpty());
    for (CSVRecord r : stanceRows) {
      assertTrue(topics.contains(r.get("topic")), r.toString());
      assertTrue(stances.contains(r.get("stance")), r.toString());
    }
    List<CSVRecord> groupRows = csv(first.resolve("gold/stakeholders.csv"));
    assertEquals(SIZE, groupRows.size());
    groupRows.forEach(r -> assertTrue(groups.contains(r.get("stakeholder_group")), r.toString()));
    for (CSVRecord r : csv(first.resolve("gold/split.csv"))) {
      assertTrue(Set.of("train", "test").contains(r.get("split")));
    }
  }

  @Test
  void campaignMembersCarryTheTemplateStances() throws IOException {
    List<CSVRecord> members = csv(first.resolve("gold/campaigns.csv"));
    assertFalse(members.isEmpty());
    List<CSVRecord> stances = csv(first.resolve("gold/stances.csv"));
    for (CSVRecord m : members) {
      if (m.get("campaign_id").equals("fixture-creators")) {
        Set<String> got = new TreeSet<>();
        stances.stream()
            .filter(s -> s.get("submission_id").equals(m.get("submission_id")))
            .forEach(s -> got.add(s.get("topic") + "=" + s.get("stance")));
        assertEquals(
            Set.of("WG1.COPYRIGHT_POLICY=SUPPORT", "WG1.TRAINING_DATA_SUMMARY=SUPPORT"), got);
      }
    }
  }

  @Test
  void anonymousIndividualsAreNamedInTheirFilesButNotInOrganisation() throws IOException {
    int checked = 0;
    for (CSVRecord r : csv(first.resolve("submissions.csv"))) {
      if (!r.get("consent").equals("ANONYMOUS") || !r.get("organisation").isEmpty()) {
        continue;
      }
      String text = text(first.resolve("files"), r.get("files").split(";"));
      if (text == null) {
        continue; // a scanned letter: the name is in the image
      }
      assertTrue(text.contains("@"), r.get("submission_id") + " has no e-mail address");
      assertTrue(
          text.matches("(?s).*\\+\\d{2,3} \\d.*"), r.get("submission_id") + " has no phone number");
      checked++;
    }
    assertTrue(checked > 0, "no anonymous individual in the sample");
  }

  @Test
  void everyPdfAndDocxReopens() throws IOException {
    for (Path p : tree(first.resolve("files"))) {
      Path file = first.resolve("files").resolve(p);
      if (p.toString().endsWith(".pdf")) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
          assertTrue(pdf.getNumberOfPages() > 0, p.toString());
        }
      } else if (p.toString().endsWith(".docx")) {
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(file))) {
          assertFalse(d.getParagraphs().isEmpty(), p.toString());
        }
      }
    }
  }

  @Test
  void corpusReportIsWritten() throws IOException {
    String report = Files.readString(first.resolve("CORPUS.md"), StandardCharsets.UTF_8);
    assertTrue(report.contains("Submissions: " + SIZE));
    assertTrue(report.contains("## Campaigns"));
  }

  @Test
  void missingTopicFileFailsNamingFileAndSubmission(@TempDir Path partial) throws IOException {
    copyTree(FixtureBank.root(), partial);
    for (Topic t : Topic.values()) {
      Files.delete(partial.resolve("en").resolve(t.code() + ".txt"));
    }
    Bank bank = BankLoader.load(partial);
    MissingBankTextException e =
        assertThrows(
            MissingBankTextException.class,
            () ->
                SampleExportGenerator.generate(
                    bank, new GeneratorOptions(partial.resolve("out"), 10, 7L, Optional.empty())));
    assertTrue(e.getMessage().contains("bank/en/"), e.getMessage());
    assertTrue(e.getMessage().contains("CP-00"), e.getMessage());
  }

  /** The extractable text of a submission's files, or null if one is an image-only PDF. */
  private static String text(Path files, String[] listed) throws IOException {
    StringBuilder b = new StringBuilder();
    for (String f : listed) {
      Path p = files.resolve(f);
      if (f.endsWith(".pdf")) {
        try (PDDocument pdf = Loader.loadPDF(p.toFile())) {
          String t = new PDFTextStripper().getText(pdf);
          if (t.isBlank()) {
            return null;
          }
          b.append(t);
        }
      } else if (f.endsWith(".docx")) {
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(p));
            XWPFWordExtractor x = new XWPFWordExtractor(d)) {
          b.append(x.getText());
        }
      } else if (f.endsWith(".eml") || f.endsWith(".zip") || f.endsWith(".odt")) {
        return null; // encoded or compressed: covered by the writer tests
      } else {
        b.append(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return b.toString();
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(r)
          .getRecords();
    }
  }

  private static List<Path> tree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      List<Path> out = new ArrayList<>();
      s.filter(Files::isRegularFile).map(root::relativize).sorted().forEach(out::add);
      return out;
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
