package eu.chorus.state;

import eu.chorus.ops.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The cached results of one stage under one fingerprint: a folder of Parquet batches, each written
 * to a temporary name and renamed into place when complete, so a killed run leaves only whole
 * batches behind (and a temporary folder, removed on the next start).
 */
public final class CachedStage {

  /** Every cache table is keyed by the SHA-256 of the input file's bytes. */
  public static final String KEY = "sha256";

  private static final String BATCH = "batch-";
  private static final String TEMPORARY = "_tmp-";

  private final Path dir;
  private final StructType schema;

  CachedStage(Path dir, StructType schema) throws IOException {
    this.dir = dir;
    this.schema = schema;
    OwnerOnly.createDirectories(dir);
    try (Stream<Path> leftovers = Files.list(dir)) {
      for (Path p :
          leftovers.filter(p -> p.getFileName().toString().startsWith(TEMPORARY)).toList()) {
        Folders.deleteTree(p);
      }
    }
  }

  public Path dir() {
    return dir;
  }

  /** Every committed row (an empty table before the first batch). */
  public Dataset<Row> read(SparkSession spark) throws IOException {
    List<String> batches = batches();
    if (batches.isEmpty()) {
      return spark.createDataFrame(List.of(), schema);
    }
    return spark.read().schema(schema).parquet(batches.toArray(String[]::new));
  }

  /** The file hashes that have a committed result. */
  public Set<String> keys(SparkSession spark) throws IOException {
    Set<String> keys = new HashSet<>();
    for (Row r : read(spark).select(KEY).distinct().collectAsList()) {
      keys.add(r.getString(0));
    }
    return keys;
  }

  /** Writes one batch and makes it visible in a single rename. */
  public void commit(Dataset<Row> rows) throws IOException {
    String id = UUID.randomUUID().toString();
    Path temporary = dir.resolve(TEMPORARY + id);
    rows.write().parquet(temporary.toString());
    OwnerOnly.restrict(temporary);
    Files.move(temporary, dir.resolve(BATCH + id), StandardCopyOption.ATOMIC_MOVE);
  }

  List<String> batches() throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(p -> p.getFileName().toString().startsWith(BATCH))
          .map(Path::toString)
          .sorted()
          .toList();
    }
  }
}
