package eu.chorus.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.ingest.Submission;
import eu.chorus.ingest.SubmissionsCsv;
import eu.chorus.output.CsvTable;
import eu.chorus.passage.Passage;
import eu.chorus.passage.PassageSplitter;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Fuzzing by properties (jqwik): the code that reads respondents' metadata, splits their text and
 * writes tables must hold for any input, not only the sample export. Short here; jobs/fuzz/run.sh
 * runs it with many more tries.
 */
class ParsersAndWritersFuzzTest {

  enum Cell {
    a,
    b,
    c
  }

  private static final CsvTable<Cell, List<String>> TABLE =
      CsvTable.of(Cell.class, row -> List.copyOf(row));

  /** Text with what breaks CSV and spreadsheets: quotes, separators, line ends, formula starts. */
  @Provide
  Arbitrary<String> nastyText() {
    return Arbitraries.strings()
        .withChars("\"',;\r\n\t =+-@aZé€ 0")
        .withCharRange('\u0000', '\u00ff')
        .ofMaxLength(40);
  }

  @Property
  void csvTableRoundTripsEveryCellOrQuotesAFormulaAndRestoreGivesItBack(
      @ForAll("nastyText") String a, @ForAll("nastyText") String b, @ForAll("nastyText") String c)
      throws IOException {
    StringBuilder out = new StringBuilder();
    TABLE.write(out, List.of(List.of(a, b, c)));
    try (CSVParser p =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(out.toString()))) {
      List<CSVRecord> rows = p.getRecords();
      assertEquals(1, rows.size());
      List<String> expected = List.of(a, b, c);
      for (int i = 0; i < 3; i++) {
        String original = expected.get(i);
        String written = rows.get(0).get(i);
        boolean prefixed = !original.isEmpty() && "=+-@\t\r'".indexOf(original.charAt(0)) >= 0;
        assertEquals(prefixed ? "'" + original : original, written);
        assertEquals(original, CsvTable.restore(written));
      }
    }
  }

  /**
   * Any text as submissions.csv: read returns (rows it cannot use become problems) or refuses with
   * an IOException.
   */
  @Property
  void submissionsCsvNeverFailsOtherThanWithAReadableRefusal(@ForAll("nastyText") String body) {
    String file =
        "submission_id,submitted_at,respondent_type,organisation,country,language,consent,files\r\n"
            + body;
    try {
      SubmissionsCsv.Result r = SubmissionsCsv.read((file));
      for (Submission s : r.submissions()) {
        assertFalse(s.id().isBlank());
      }
    } catch (IOException refused) {
      assertFalse(refused.getMessage() == null || refused.getMessage().isBlank());
    }
  }

  @Property
  void submissionsCsvReadsBackWhatAPlatformWrote(
      @ForAll @Size(min = 1, max = 8)
          List<@net.jqwik.api.constraints.AlphaChars @net.jqwik.api.constraints.NotBlank String>
              ids,
      @ForAll("nastyText") String organisation)
      throws IOException {
    Map<String, String> rows = new LinkedHashMap<>();
    ids.forEach(id -> rows.putIfAbsent(id.strip(), organisation));
    StringBuilder out = new StringBuilder();
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
      p.printRecord(Arrays.stream(SubmissionsCsv.Column.values()).map(Enum::name).toList());
      for (Map.Entry<String, String> e : rows.entrySet()) {
        p.printRecord(
            e.getKey(),
            "2024-07-30T10:00:00Z",
            "NGO",
            e.getValue(),
            "BE",
            "en",
            "PUBLIC",
            e.getKey() + "/a.pdf");
      }
    }
    SubmissionsCsv.Result r = SubmissionsCsv.read((out.toString()));
    assertEquals(rows.size(), r.submissions().size(), r.problems().toString());
    for (Submission s : r.submissions()) {
      assertEquals(organisation.trim(), s.organisation());
      assertEquals(List.of(s.id() + "/a.pdf"), s.files());
    }
  }

  @Provide
  Arbitrary<String> pageText() {
    Arbitrary<String> word =
        Arbitraries.strings().withChars("abcXYZéß0123.,;:!?()-'\"").ofMinLength(1).ofMaxLength(30);
    Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "\n", "\n\n", " \n \n", "\t", "-\n");
    return Arbitraries.lazy(
        () ->
            word.list()
                .ofMaxSize(400)
                .flatMap(
                    words ->
                        gap.list()
                            .ofSize(words.size())
                            .map(
                                gaps -> {
                                  StringBuilder b = new StringBuilder();
                                  for (int i = 0; i < words.size(); i++) {
                                    b.append(words.get(i)).append(gaps.get(i));
                                  }
                                  return b.toString();
                                })));
  }

  @Property
  void passagesAreBoundedNonEmptyAndInventNothing(
      @ForAll("pageText") String page, @ForAll @IntRange(min = 80, max = 600) int maxChars) {
    PassageSplitter splitter = new PassageSplitter(maxChars);
    List<Passage> passages = splitter.passages("S-1", 1, "S-1/a.txt", "en", List.of(page, page));
    List<String> kept = new ArrayList<>();
    for (Passage p : passages) {
      assertTrue(p.text().length() <= maxChars, p.text().length() + " > " + maxChars);
      assertEquals(p.text().strip(), p.text());
      assertFalse(p.text().isEmpty(), "empty passage");
      kept.add(p.text());
    }
    // Nothing is invented: every non-space character of the passages comes from the page, in order.
    String source = (page + page).replaceAll("\\s+", "");
    String out = String.join("", kept).replaceAll("\\s+", "");
    assertTrue(isSubsequence(out, source), "passages reorder or invent text");
    assertEquals(
        passages.size(),
        passages.stream().map(Passage::passageId).distinct().count(),
        "ids are unique");
  }

  private static boolean isSubsequence(String part, String whole) {
    int j = 0;
    for (int i = 0; i < whole.length() && j < part.length(); i++) {
      if (whole.charAt(i) == part.charAt(j)) {
        j++;
      }
    }
    return j == part.length();
  }
}
