package eu.chorus.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a {@link RunTable} as Parquet for notebooks, with typed columns: a column whose every
 * non-empty value is an integer becomes a long, a decimal number a double, {@code true}/{@code
 * false} a boolean; anything else stays text. Empty cells become nulls.
 */
public final class ParquetTables {

  private ParquetTables() {}

  public static void write(SparkSession spark, RunTable table, Path folder) {
    StructType schema = schema(table);
    List<Row> rows = new ArrayList<>(table.rows().size());
    for (List<String> r : table.rows()) {
      Object[] cells = new Object[r.size()];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = value(r.get(i), schema.fields()[i].dataType());
      }
      rows.add(RowFactory.create(cells));
    }
    // one file per table: these tables are small, and one file is what a notebook expects
    spark
        .createDataFrame(rows, schema)
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(folder.toString());
  }

  /** Every CSV table of a run folder as Parquet, under {@code <run>/parquet/<table>/}. */
  public static void writeAll(SparkSession spark, Path run) throws java.io.IOException {
    List<Path> tables;
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(run)) {
      tables = files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
    }
    // Each table is a one-task Spark job, mostly scheduling and commit: they run side by side, on
    // threads of their own. Not on the common fork-join pool: Hadoop's output streams gather their
    // statistics with parallel streams on that pool inside the Spark task, and a pool whose
    // workers all wait for those tasks never runs them (a run hung there).
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(tables.size(), Runtime.getRuntime().availableProcessors())));
    try {
      List<Future<?>> written = new ArrayList<>();
      for (Path csv : tables) {
        written.add(
            pool.submit(
                () -> {
                  RunTable table = RunTable.read(csv);
                  write(spark, table, run.resolve("parquet").resolve(table.name()));
                  return null;
                }));
      }
      for (Future<?> w : written) {
        w.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while writing Parquet tables");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof java.io.IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  static StructType schema(RunTable table) {
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < table.header().size(); i++) {
      int column = i;
      String name = table.header().get(i);
      // identifiers stay text even when they look like numbers: "0012" is not 12
      DataType type =
          name.endsWith("_id") || name.equals("members")
              ? DataTypes.StringType
              : typeOf(
                  table.rows().stream().map(r -> r.get(column)).filter(v -> !v.isEmpty()).toList());
      fields.add(DataTypes.createStructField(name, type, true));
    }
    return DataTypes.createStructType(fields);
  }

  static DataType typeOf(List<String> values) {
    if (values.isEmpty()) {
      return DataTypes.StringType;
    }
    if (values.stream().allMatch(v -> v.matches("-?\\d{1,18}"))) {
      return DataTypes.LongType;
    }
    if (values.stream().allMatch(v -> v.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?"))) {
      return DataTypes.DoubleType;
    }
    if (values.stream().allMatch(v -> v.equals("true") || v.equals("false"))) {
      return DataTypes.BooleanType;
    }
    return DataTypes.StringType;
  }

  private static Object value(String cell, DataType type) {
    if (cell.isEmpty() && type != DataTypes.StringType) {
      return null;
    }
    if (type == DataTypes.LongType) {
      return Long.parseLong(cell);
    }
    if (type == DataTypes.DoubleType) {
      return Double.parseDouble(cell);
    }
    if (type == DataTypes.BooleanType) {
      return Boolean.parseBoolean(cell);
    }
    return cell;
  }
}
