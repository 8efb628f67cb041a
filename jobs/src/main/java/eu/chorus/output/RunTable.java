package eu.chorus.output;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A table of a run folder read back as text: what exports, notebooks and the report see. Reading
 * skips a leading byte-order mark, so tables written for Excel read the same, and gives text back
 * as it was before the run's CSV protected it from spreadsheets ({@link CsvTable#restore}), so the
 * report, the Parquet tables and the XLSX show it as written; {@link #write} protects it again.
 *
 * @param name the table's name (its file name without {@code .csv})
 */
public record RunTable(String name, List<String> header, List<List<String>> rows) {

  /** The UTF-8 byte-order mark that makes Excel read a CSV file as UTF-8. */
  public static final char BOM = '\uFEFF';

  public RunTable {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }

  public static RunTable read(Path csv) throws IOException {
    String file = csv.getFileName().toString();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      in.mark(1);
      if (in.read() != BOM) {
        in.reset();
      }
      try (CSVParser parser =
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord r : parser) {
          rows.add(r.toList().stream().map(CsvTable::restore).toList());
        }
        return new RunTable(
            file.endsWith(".csv") ? file.substring(0, file.length() - 4) : file,
            parser.getHeaderNames(),
            rows);
      }
    }
  }

  /** Whether a cell is a number as the run writes them (and a spreadsheet keeps exactly). */
  public static boolean isNumber(String v) {
    return v.matches("-?\\d{1,15}(\\.\\d+)?");
  }

  /** The index of a column, or -1 when the table has none of that name. */
  public int column(String column) {
    return header.indexOf(column);
  }

  public boolean has(String column) {
    return column(column) >= 0;
  }

  /** The value of a column in a row of this table. */
  public String get(List<String> row, String column) {
    int i = column(column);
    if (i < 0) {
      throw new IllegalArgumentException(name + " has no column " + column);
    }
    return row.get(i);
  }

  public List<String> values(String column) {
    return rows.stream().map(r -> get(r, column)).toList();
  }

  public RunTable filter(Predicate<List<String>> keep) {
    return new RunTable(name, header, rows.stream().filter(keep).toList());
  }

  /** Writes the table as RFC 4180 UTF-8 CSV, with a byte-order mark first when {@code excel}. */
  public void write(Path csv, boolean excel) throws IOException {
    try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      if (excel) {
        out.write(BOM);
      }
      CSVPrinter printer =
          new CSVPrinter(
              out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
      for (List<String> row : rows) {
        printer.printRecord(
            row.stream().map(v -> isNumber(v) ? v : CsvTable.neutralise(v)).toList());
      }
      printer.flush();
    }
  }

  /**
   * Puts a byte-order mark in front of a CSV file written without one, so that Excel reads its
   * accents as UTF-8 (other tools, and {@link #read}, skip it).
   */
  public static void addBom(Path csv) throws IOException {
    byte[] bytes = Files.readAllBytes(csv);
    byte[] bom = String.valueOf(BOM).getBytes(StandardCharsets.UTF_8);
    if (bytes.length >= bom.length
        && bytes[0] == bom[0]
        && bytes[1] == bom[1]
        && bytes[2] == bom[2]) {
      return;
    }
    byte[] marked = new byte[bom.length + bytes.length];
    System.arraycopy(bom, 0, marked, 0, bom.length);
    System.arraycopy(bytes, 0, marked, bom.length, bytes.length);
    Files.write(csv, marked);
  }
}
