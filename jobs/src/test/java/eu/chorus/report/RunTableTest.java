package eu.chorus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunTableTest {

  @Test
  void theReportShowsTextAsWrittenNotAsProtectedForSpreadsheets(@TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("quotes.csv");
    Files.writeString(
        csv,
        "text,n\r\n'- We oppose public KPIs.,3\r\n'=SUM(A1),-1\r\n''Tis the season,0\r\n",
        StandardCharsets.UTF_8);
    List<RunTable.Row> rows = RunTable.read(csv, List.of("text")).orElseThrow();
    assertEquals("- We oppose public KPIs.", rows.get(0).get("text"));
    assertEquals("=SUM(A1)", rows.get(1).get("text"));
    assertEquals("-1", rows.get(1).get("n"));
    assertEquals("'Tis the season", rows.get(2).get("text"));
  }
}
