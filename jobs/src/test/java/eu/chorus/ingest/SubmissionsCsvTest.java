package eu.chorus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionsCsvTest {

  private static final String HEADER =
      "submission_id,submitted_at,respondent_type,organisation,country,language,consent,files\r\n";

  @Test
  void readsEveryColumnAndSplitsFilesOnSemicolons() throws IOException {
    SubmissionsCsv.Result r =
        SubmissionsCsv.read(
            (HEADER
                + "CP-1,2024-09-01,rightsholder,\"Authors, United\",FR,FR,PUBLIC,CP-1/a.pdf; CP-1/b.docx\r\n"));
    Submission s = r.submissions().get(0);
    assertEquals("CP-1", s.id());
    assertEquals("RIGHTSHOLDER", s.declaredType());
    assertEquals("Authors, United", s.organisation());
    assertEquals("fr", s.language());
    assertEquals(Consent.PUBLIC, s.consent());
    assertEquals(List.of("CP-1/a.pdf", "CP-1/b.docx"), s.files());
    assertTrue(r.problems().isEmpty());
  }

  @Test
  void unknownOrMissingConsentIsTreatedAsAnonymous() throws IOException {
    SubmissionsCsv.Result r =
        SubmissionsCsv.read((HEADER + "CP-1,,,,,,,CP-1/a.pdf\r\nCP-2,,,,,,maybe,CP-2/a.pdf\r\n"));
    assertEquals(Consent.ANONYMOUS, r.submissions().get(0).consent());
    assertEquals(Consent.ANONYMOUS, r.submissions().get(1).consent());
  }

  @Test
  void rowsWithoutIdAndDuplicateIdsAreReportedNotThrown() throws IOException {
    SubmissionsCsv.Result r =
        SubmissionsCsv.read((HEADER + ",,,,,,,x.pdf\r\nCP-1,,,,,,,a.pdf\r\nCP-1,,,,,,,b.pdf\r\n"));
    assertEquals(1, r.submissions().size());
    assertEquals(2, r.problems().size());
    assertEquals(2, r.problems().get(0).line());
    assertTrue(r.problems().get(1).reason().contains("duplicate submission_id CP-1"));
  }

  @Test
  void aHeaderWithoutSubmissionIdIsAConfigurationError() {
    assertThrows(IOException.class, () -> SubmissionsCsv.read(("id,files\r\n1,a\r\n")));
  }

  private static SubmissionsCsv.Result hostile(String name) throws IOException {
    return SubmissionsCsv.read(
        java.nio.file.Files.readAllBytes(
            java.nio.file.Path.of("../data-samples/hostile/metadata", name)));
  }

  @Test
  void aSpreadsheetsByteOrderMarkAndSemicolonsAreRead() throws IOException {
    SubmissionsCsv.Result r = hostile("excel-semicolon-bom.csv");
    assertEquals(List.of("S1", "S2"), r.submissions().stream().map(Submission::id).toList());
    assertEquals("Société Générale des Auteurs", r.submissions().get(0).organisation());
    assertEquals(Consent.ANONYMOUS, r.submissions().get(1).consent());
    assertTrue(r.problems().isEmpty(), r.problems().toString());
  }

  @Test
  void aWindows1252FileIsReadWithANote() throws IOException {
    SubmissionsCsv.Result r = hostile("windows-1252.csv");
    assertEquals("Universität Wien", r.submissions().get(1).organisation());
    assertEquals(
        List.of("not UTF-8; read as Windows-1252"),
        r.problems().stream().map(SubmissionsCsv.Problem::reason).toList());
  }

  @Test
  void anUnbalancedQuoteCostsItsRowOnlyAndNamesItsLine() throws IOException {
    SubmissionsCsv.Result r = hostile("unbalanced-quote.csv");
    assertEquals(List.of("S2", "S3"), r.submissions().stream().map(Submission::id).toList());
    assertEquals(1, r.problems().size(), r.problems().toString());
    assertEquals(2, r.problems().get(0).line());
  }

  @Test
  void twoRowsOfOneSubmissionWithDifferentConsentAreReadAsAnonymousAndReported()
      throws IOException {
    SubmissionsCsv.Result r =
        SubmissionsCsv.read(
            HEADER + "CP-1,,,Org,,,PUBLIC,a.pdf\r\nCP-1,,,Org,,,ANONYMOUS,a.pdf\r\n");
    assertEquals(Consent.ANONYMOUS, r.submissions().get(0).consent());
    assertTrue(
        r.problems().get(0).reason().contains("treated as ANONYMOUS"), r.problems().toString());
  }
}
