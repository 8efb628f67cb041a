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
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An analyst's workbook: the framework matrix first (topics × stakeholder groups, "support /
 * oppose" per cell, in the consultation profile's order of topics and groups), then one sheet per
 * table. Numbers are written as numbers so that Excel can
 * sum and sort them; text is written as text, so a cell is never evaluated as a formula.
 */
public final class XlsxWorkbook {

  private XlsxWorkbook() {}

  /** @param profile the consultation of the run the tables come from */
  public static void write(Path file, Collection<RunTable> tables, ConsultationProfile profile) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      tables.stream().filter(t -> t.name().equals("synthesis")).findFirst()
          .ifPresent(synthesis -> matrix(workbook.createSheet("matrix"), synthesis, profile, bold));
      for (RunTable table : tables) {
        sheet(workbook.createSheet(table.name()), table, bold);
      }
      workbook.write(out);
    }
  }

  /** Topic rows × group columns, each cell "support / oppose" of individual submissions. */
  static void matrix(Sheet sheet, RunTable synthesis, ConsultationProfile profile, CellStyle bold) {
    // codes the profile lacks (a table edited by hand) come after its own, alphabetically
    List<String> topics = profile.codebook().codes();
    Map<String, Map<String, String>> cells = new TreeMap<>(Comparator.comparingInt((String t) ->
        topics.contains(t) ? topics.indexOf(t) : topics.size()).thenComparing(Comparator.naturalOrder()));
    TreeSet<String> groups = new TreeSet<>(Comparator.comparingInt(profile::order).thenComparing(Comparator.naturalOrder()));
    // the matrix is what the texts say; ticked answers (source ANSWER) have their own rows in the synthesis sheet
    boolean hasSource = synthesis.column("source") >= 0;
    for (List<String> r : synthesis.rows()) {
      if (hasSource && SynthesisRow.ANSWER.equals(synthesis.get(r, "source"))) {
        continue;
      }
      String group = synthesis.get(r, "stakeholder_group");
      groups.add(group);
      cells.computeIfAbsent(synthesis.get(r, "topic"), t -> new TreeMap<>())
          .put(group, synthesis.get(r, "support") + " / " + synthesis.get(r, "oppose"));
    }
    Row header = sheet.createRow(0);
    header.createCell(0).setCellValue("topic (support / oppose)");
    int c = 1;
    for (String g : groups) {
      header.createCell(c++).setCellValue(g);
    }
    header.forEach(cell -> cell.setCellStyle(bold));
    int r = 1;
    for (Map.Entry<String, Map<String, String>> topic : cells.entrySet()) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(topic.getKey());
      c = 1;
      for (String g : groups) {
        row.createCell(c++).setCellValue(topic.getValue().getOrDefault(g, ""));
      }
    }
    sheet.createFreezePane(1, 1);
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
        if (isNumber(v) && !table.header().get(c).endsWith("_id")) {
          row.createCell(c).setCellValue(Double.parseDouble(v));
        } else {
          // Excel's cell limit; longer text (a full passage) is cut with a visible mark
          row.createCell(c).setCellValue(v.length() > 32_000 ? v.substring(0, 32_000) + " […]" : v);
        }
      }
    }
    sheet.createFreezePane(0, 1);
  }

  private static boolean isNumber(String v) {
    return v.matches("-?\\d{1,15}(\\.\\d+)?");
  }
}
