package eu.chorus.export;

import eu.chorus.output.RunTable;
import eu.chorus.profile.ConsultationProfile;
import eu.chorus.synthesis.SynthesisRow;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An analyst's workbook: the framework matrix first (topics × stakeholder groups, "support /
 * oppose" per cell, in the consultation profile's order of topics and groups), then one sheet per
 * table. Numbers are written as numbers so that Excel can sum and sort them; text is written as
 * text, so a cell is never evaluated as a formula.
 */
public final class XlsxWorkbook {

  private XlsxWorkbook() {}

  /**
   * @param profile the consultation of the run the tables come from
   */
  public static void write(Path file, Collection<RunTable> tables, ConsultationProfile profile)
      throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        OutputStream out = Files.newOutputStream(file)) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      tables.stream()
          .filter(t -> t.name().equals("synthesis"))
          .findFirst()
          .ifPresent(synthesis -> matrix(workbook.createSheet("matrix"), synthesis, profile, bold));
      for (RunTable table : tables) {
        sheet(workbook.createSheet(table.name()), table, bold);
      }
      workbook.write(out);
    }
  }

  /** The matrix's numbers, one row per topic × stakeholder group, as the texts read them. */
  static final List<String> MATRIX_COLUMNS =
      List.of(
          "topic",
          "stakeholder_group",
          "support",
          "oppose",
          "mixed",
          "neutral",
          "campaigns",
          "campaign_signatories");

  /**
   * The framework matrix as numbers an analyst can filter, sort and sum: a row per topic × group
   * (the profile's order of topics, then of groups), support, oppose, mixed and neutral individual
   * submissions and the campaigns counted apart (the same rule as synthesis.csv and the report: a
   * campaign is one holder, its signatories beside it). A filter on the header, widths to fit.
   */
  static void matrix(Sheet sheet, RunTable synthesis, ConsultationProfile profile, CellStyle bold) {
    // codes the profile lacks (a table edited by hand) come after its own, alphabetically
    List<String> topics = profile.codebook().codes();
    Comparator<List<String>> order =
        Comparator.<List<String>>comparingInt(
                r -> {
                  int i = topics.indexOf(synthesis.get(r, "topic"));
                  return i < 0 ? topics.size() : i;
                })
            .thenComparing(r -> synthesis.get(r, "topic"))
            .thenComparingInt(r -> profile.order(synthesis.get(r, "stakeholder_group")))
            .thenComparing(r -> synthesis.get(r, "stakeholder_group"));
    // the matrix is what the texts say; ticked answers (source ANSWER) have their own rows in the
    // synthesis sheet
    boolean hasSource = synthesis.column("source") >= 0;
    List<List<String>> rows =
        synthesis.rows().stream()
            .filter(r -> !hasSource || !SynthesisRow.ANSWER.equals(synthesis.get(r, "source")))
            .sorted(order)
            .toList();
    Row header = sheet.createRow(0);
    for (int c = 0; c < MATRIX_COLUMNS.size(); c++) {
      header.createCell(c).setCellValue(MATRIX_COLUMNS.get(c));
      header.getCell(c).setCellStyle(bold);
    }
    int r = 1;
    for (List<String> values : rows) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(synthesis.get(values, "topic"));
      row.createCell(1).setCellValue(synthesis.get(values, "stakeholder_group"));
      for (int c = 2; c < MATRIX_COLUMNS.size(); c++) {
        String v = synthesis.get(values, MATRIX_COLUMNS.get(c));
        row.createCell(c).setCellValue(v.isEmpty() ? 0 : Double.parseDouble(v));
      }
    }
    sheet.setAutoFilter(
        new org.apache.poi.ss.util.CellRangeAddress(
            0, Math.max(0, r - 1), 0, MATRIX_COLUMNS.size() - 1));
    sheet.setColumnWidth(0, 34 * 256);
    sheet.setColumnWidth(1, 28 * 256);
    for (int c = 2; c < MATRIX_COLUMNS.size(); c++) {
      sheet.setColumnWidth(c, (MATRIX_COLUMNS.get(c).length() + 3) * 256);
    }
    sheet.createFreezePane(2, 1);
  }

  private static void sheet(Sheet sheet, RunTable table, CellStyle bold) {
    Row header = sheet.createRow(0);
    for (int c = 0; c < table.header().size(); c++) {
      header.createCell(c).setCellValue(table.header().get(c));
      header.getCell(c).setCellStyle(bold);
    }
    int r = 1;
    for (List<String> values : table.rows()) {
      Row row = sheet.createRow(r++);
      for (int c = 0; c < values.size(); c++) {
        String v = values.get(c);
        if (RunTable.isNumber(v) && !table.header().get(c).endsWith("_id")) {
          row.createCell(c).setCellValue(Double.parseDouble(v));
        } else {
          // Excel's cell limit; longer text (a full passage) is cut with a visible mark
          row.createCell(c).setCellValue(v.length() > 32_000 ? v.substring(0, 32_000) + " […]" : v);
        }
      }
    }
    sheet.createFreezePane(0, 1);
  }
}
