package eu.chorus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.chorus.output.RunTable;
import eu.chorus.profile.GpaiProfile;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWorkbookTest {

  @Test
  void theMatrixComesFirstAndCellsKeepTheirTypes(@TempDir Path dir) throws Exception {
    RunTable synthesis =
        new RunTable(
            "synthesis",
            List.of(
                "topic",
                "stakeholder_group",
                "support",
                "oppose",
                "mixed",
                "neutral",
                "campaigns",
                "campaign_signatories",
                "source"),
            List.of(
                List.of(
                    "WG1.COPYRIGHT_POLICY", "RIGHTSHOLDER", "9", "1", "2", "0", "1", "40", "TEXT"),
                List.of(
                    "WG1.COPYRIGHT_POLICY", "GPAI_PROVIDER", "0", "4", "0", "1", "0", "0", "TEXT"),
                List.of(
                    "WG1.COPYRIGHT_POLICY",
                    "GPAI_PROVIDER",
                    "3",
                    "0",
                    "0",
                    "0",
                    "0",
                    "0",
                    "ANSWER")));
    RunTable quotes =
        new RunTable(
            "quotes",
            List.of("submission_id", "text"),
            List.of(List.of("0012", "=HYPERLINK(\"x\")")));
    Path file = dir.resolve("extract.xlsx");
    XlsxWorkbook.write(file, List.of(synthesis, quotes), GpaiProfile.PROFILE);
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      assertEquals(
          List.of("matrix", "synthesis", "quotes"),
          List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)));
      var matrix = book.getSheet("matrix");
      assertEquals(
          XlsxWorkbook.MATRIX_COLUMNS,
          java.util.stream.IntStream.range(0, 8)
              .mapToObj(c -> matrix.getRow(0).getCell(c).getStringCellValue())
              .toList());
      assertEquals(
          2, matrix.getLastRowNum(), "the text rows only: ticked answers are not the matrix");
      assertEquals(
          "GPAI_PROVIDER",
          matrix.getRow(1).getCell(1).getStringCellValue(),
          "the profile's order of groups");
      assertEquals(4.0, matrix.getRow(1).getCell(3).getNumericCellValue());
      assertEquals(CellType.NUMERIC, matrix.getRow(2).getCell(2).getCellType());
      assertEquals(
          40.0,
          matrix.getRow(2).getCell(7).getNumericCellValue(),
          "campaign signatories beside the counts");
      assertEquals(
          "A1:H3", matrix.getCTWorksheet().getAutoFilter().getRef(), "a filter on the header");
      assertEquals(CellType.NUMERIC, book.getSheet("synthesis").getRow(1).getCell(2).getCellType());
      var quote = book.getSheet("quotes").getRow(1);
      assertEquals("0012", quote.getCell(0).getStringCellValue(), "ids stay text");
      assertEquals(
          CellType.STRING,
          quote.getCell(1).getCellType(),
          "a formula-looking quote is text, never a formula");
    }
  }
}
