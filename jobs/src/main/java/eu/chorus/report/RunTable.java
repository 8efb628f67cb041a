package eu.chorus.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A CSV table of a run folder, read back with Commons CSV: its rows as cells by column name. A
 * table may carry more columns than the report reads (DOMAIN.md: columns may be added), but every
 * column the report names must be in its header.
 */
final class RunTable {

  /**
   * One row; a cell the header lacks is refused when the table is read, so {@link #get} never
   * misses.
   */
  record Row(Map<String, String> cells) {
    String get(Enum<?> column) {
      return get(column.name());
    }

    String get(String column) {
      String value = cells.get(column);
      return value == null ? "" : value.trim();
    }

    long count(Enum<?> column) {
      return count(column.name());
    }

    long count(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        return 0;
      }
      try {
        return Math.round(Double.parseDouble(v));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "column " + column + " holds '" + v + "', not a number", e);
      }
    }

    /** The number in a cell, or NaN when it is empty or not a number. */
    double decimal(Enum<?> column) {
      try {
        return Double.parseDouble(get(column));
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
  }

  private RunTable() {}

  /**
   * Reads {@code file}, or returns empty when the run has no such table.
   *
   * @param required the columns the report reads; each must be in the header
   */
  static Optional<List<Row>> read(Path file, List<String> required) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    eu.chorus.output.RunTable table = eu.chorus.output.RunTable.read(file);
    for (String column : required) {
      if (!table.has(column)) {
        throw new IOException(
            file.getFileName()
                + " has no column '"
                + column
                + "' (header: "
                + table.header()
                + ")");
      }
    }
    List<Row> rows = new ArrayList<>();
    for (List<String> cells : table.rows()) {
      Map<String, String> byColumn = new HashMap<>();
      for (int i = 0; i < table.header().size() && i < cells.size(); i++) {
        byColumn.put(table.header().get(i), cells.get(i));
      }
      rows.add(new Row(byColumn));
    }
    return Optional.of(rows);
  }

  /** The names of an enum's constants: the columns of a table, as its writer declares them. */
  static List<String> columns(Class<? extends Enum<?>> columns) {
    return java.util.Arrays.stream(columns.getEnumConstants()).map(Enum::name).toList();
  }

  /** The names of some of a writer's columns: those a reader needs, the rest being optional. */
  static List<String> columns(java.util.Collection<? extends Enum<?>> columns) {
    return columns.stream().map(Enum::name).toList();
  }
}
