package eu.chorus.output;

import eu.chorus.storage.Location;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV output table: its header is the constants of an enum, in declaration order (or, for a table
 * whose columns depend on the consultation, a list of names), and each row is a function of a
 * value. Written UTF-8, RFC 4180 (CRLF, quotes only where needed).
 *
 * <p>Spreadsheet formula injection: a text cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return (text that may come from a submission: a file name, a
 * reason, an organisation) gets a leading {@code '}, so that a spreadsheet shows it instead of
 * evaluating it. Numbers that Chorus writes are passed as numbers and never prefixed, so a negative
 * value stays a number.
 *
 * @param <C> the column enum, whose constant names are the header; {@code String} for a table whose
 *     columns are known only at run time
 * @param <T> the row type
 */
public final class CsvTable<C, T> {

  private static final String FORMULA_START = "=+-@\t\r";

  private final String file;
  private final List<String> header;
  private final Function<T, List<?>> values;
  private final CSVFormat format;

  private CsvTable(String file, List<String> header, Function<T, List<?>> values) {
    this.file = file;
    this.header = List.copyOf(header);
    this.values = values;
    this.format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
  }

  /**
   * A table of a run folder: its file name and columns are defined here, once, and every reader
   * (report, exports, evaluation, diff, notebooks' tests) takes them from it.
   *
   * @param file the file's name in the run folder
   * @param values the cells of a row, one per column, in column order
   */
  public static <C extends Enum<C>, T> CsvTable<C, T> of(
      String file, Class<C> columns, Function<T, List<?>> values) {
    return new CsvTable<>(file, names(columns), values);
  }

  /** A table written wherever its caller says (no file name of its own). */
  public static <C extends Enum<C>, T> CsvTable<C, T> of(
      Class<C> columns, Function<T, List<?>> values) {
    return new CsvTable<>("", names(columns), values);
  }

  /**
   * A run-folder table whose columns are known only at run time.
   *
   * @param values the cells of a row, one per column, in column order
   */
  public static <T> CsvTable<String, T> of(
      String file, List<String> header, Function<T, List<?>> values) {
    return new CsvTable<>(file, header, values);
  }

  private static <C extends Enum<C>> List<String> names(Class<C> columns) {
    return Arrays.stream(columns.getEnumConstants()).map(Enum::name).toList();
  }

  /** The file's name in a run folder; empty for a table without one. */
  public String file() {
    return file;
  }

  public List<String> header() {
    return header;
  }

  /** Writes the table as its file in {@code folder}. */
  public void writeInto(Location folder, Collection<T> rows) throws IOException {
    if (file.isEmpty()) {
      throw new IllegalStateException("the table " + header + " has no file name of its own");
    }
    write(folder.resolve(file), rows);
  }

  public void write(Path file, Collection<T> rows) throws IOException {
    write(Location.of(file), rows);
  }

  /**
   * @param file a local path or a file-system URI
   */
  public void write(Location file, Collection<T> rows) throws IOException {
    // A strict encoder, as Files.newBufferedWriter: a lone surrogate is an error, not '?'.
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(file.create(), StandardCharsets.UTF_8.newEncoder()))) {
      write(out, rows);
    }
  }

  public void write(Appendable out, Collection<T> rows) throws IOException {
    int width = header.size();
    CSVPrinter printer = new CSVPrinter(out, format);
    for (T row : rows) {
      List<?> cells = values.apply(row);
      if (cells.size() != width) {
        throw new IllegalStateException(
            "the table " + header + " has " + width + " columns but a row has " + cells.size());
      }
      for (Object cell : cells) {
        printer.print(cell(cell));
      }
      printer.println();
    }
    printer.flush();
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double || value instanceof Float) {
      return String.format(Locale.ROOT, "%.3f", ((Number) value).doubleValue());
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
      return value.toString();
    }
    return neutralise(value.toString());
  }

  /**
   * The text, with a leading {@code '} when a spreadsheet would read it as a formula, or when it
   * starts with {@code '} itself (so that {@link #restore} gives back exactly what was written).
   */
  static String neutralise(String text) {
    if (!text.isEmpty() && (FORMULA_START.indexOf(text.charAt(0)) >= 0 || text.charAt(0) == '\'')) {
      return "'" + text;
    }
    return text;
  }

  /** A cell's text as it was before {@link #neutralise} ({@link RunTable#read} gives it so). */
  public static String restore(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }
}
