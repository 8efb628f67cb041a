package eu.chorus.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  enum Col {
    id,
    text,
    score
  }

  private final CsvTable<Col, List<Object>> table = CsvTable.of(Col.class, row -> row);

  @Test
  void writesRfc4180WithHeaderAndCrlf() throws IOException {
    StringBuilder out = new StringBuilder();
    table.write(out, List.of(List.of("a", "plain", 0.5), List.of("b", "has \"quotes\", comma", 1)));
    assertEquals(
        "id,text,score\r\na,plain,0.500\r\nb,\"has \"\"quotes\"\", comma\",1\r\n", out.toString());
  }

  @Test
  void textThatASpreadsheetWouldEvaluateGetsALeadingQuote() throws IOException {
    StringBuilder out = new StringBuilder();
    table.write(
        out,
        List.of(
            List.of("=HYPERLINK(\"x\")", "+1", 1),
            List.of("-2", "@SUM(A1)", 2),
            List.of("\tcmd", "\rcmd", 3)));
    assertEquals(
        "id,text,score\r\n\"'=HYPERLINK(\"\"x\"\")\",'+1,1\r\n'-2,'@SUM(A1),2\r\n'\tcmd,\"'\rcmd\",3\r\n",
        out.toString());
  }

  @Test
  void numbersChorusWritesStayNumbersEvenWhenNegative() throws IOException {
    StringBuilder out = new StringBuilder();
    table.write(out, List.of(List.of("a", "safe text", -0.25), List.of("b", "x=1", -3)));
    assertEquals("id,text,score\r\na,safe text,-0.250\r\nb,x=1,-3\r\n", out.toString());
  }

  @Test
  void refusesRowsOfTheWrongWidth() {
    assertThrows(
        IllegalStateException.class, () -> table.write(new StringBuilder(), List.of(List.of("a"))));
  }

  @Test
  void headersAreTheDocumentedColumnNames() {
    assertEquals(
        List.of(
            "file",
            "submission_id",
            "sha256",
            "bytes",
            "media_type",
            "status",
            "reason",
            "pages",
            "chars",
            "ocr",
            "language"),
        ManifestTable.TABLE.header());
    assertEquals(
        List.of(
            "submission_id",
            "topic",
            "stance",
            "confidence",
            "passage_id",
            "source",
            "ticked_stance",
            "disagrees_with_answer"),
        StancesTable.TABLE.header());
    assertEquals(
        List.of(
            "submission_id",
            "organisation",
            "declared_group",
            "stakeholder_group",
            "group_source",
            "group_confidence",
            "inferred_group",
            "inferred_confidence",
            "group_conflict",
            "language",
            "country",
            "consent",
            "words",
            "passages",
            "files",
            "campaign_id",
            "excluded"),
        SubmissionsTable.TABLE.header());
  }
}
