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
    RunTable synthesis = new RunTable("synthesis", List.of("topic", "stakeholder_group", "support", "oppose"),
        List.of(List.of("WG1.COPYRIGHT_POLICY", "RIGHTSHOLDER", "9", "1"), List.of("WG1.COPYRIGHT_POLICY", "GPAI_PROVIDER", "0", "4")));
    RunTable quotes = new RunTable("quotes", List.of("submission_id", "text"), List.of(List.of("0012", "=HYPERLINK(\"x\")")));
    Path file = dir.resolve("extract.xlsx");
    XlsxWorkbook.write(file, List.of(synthesis, quotes), GpaiProfile.PROFILE);
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
      assertEquals(List.of("matrix", "synthesis", "quotes"),
          List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)));
      var matrix = book.getSheet("matrix");
      assertEquals("GPAI_PROVIDER", matrix.getRow(0).getCell(1).getStringCellValue());
      assertEquals("0 / 4", matrix.getRow(1).getCell(1).getStringCellValue());
      assertEquals("9 / 1", matrix.getRow(1).getCell(2).getStringCellValue());
      assertEquals(CellType.NUMERIC, book.getSheet("synthesis").getRow(1).getCell(2).getCellType());
      var quote = book.getSheet("quotes").getRow(1);
      assertEquals("0012", quote.getCell(0).getStringCellValue(), "ids stay text");
      assertEquals(CellType.STRING, quote.getCell(1).getCellType(), "a formula-looking quote is text, never a formula");
    }
  }
}
