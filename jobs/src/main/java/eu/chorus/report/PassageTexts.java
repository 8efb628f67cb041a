package eu.chorus.report;

import eu.chorus.output.PassagesTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;

/**
 * The full text of the passages the report cites, read from the run's {@code passages/} Parquet
 * files as stored (redacted for anonymous respondents). Read with Parquet's own reader rather than
 * Spark, so that re-rendering a report needs no Spark session.
 */
public final class PassageTexts {

  /** A passage as stored in {@code passages/}. */
  public record Passage(
      String passageId, String submissionId, String file, int page, String language, String text) {}

  private PassageTexts() {}

  /**
   * The passages with these ids, by id; empty when the run has no {@code passages/} folder. Ids not
   * in the table are absent from the map.
   */
  static Optional<Map<String, Passage>> read(Path run, Set<String> ids) throws IOException {
    return read(run, (java.util.function.Predicate<String>) ids::contains);
  }

  /**
   * The passages whose id passes {@code keep}, by id; empty when the run has no {@code passages/}
   * folder.
   */
  public static Optional<Map<String, Passage>> read(
      Path run, java.util.function.Predicate<String> keep) throws IOException {
    Path folder = run.resolve(PassagesTable.FOLDER);
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    List<Path> parts;
    try (Stream<Path> files = Files.list(folder)) {
      parts =
          new ArrayList<>(
              files.filter(f -> f.getFileName().toString().endsWith(".parquet")).sorted().toList());
    }
    Map<String, Passage> found = new HashMap<>();
    for (Path part : parts) {
      readPart(part, keep, found);
    }
    return Optional.of(found);
  }

  private static void readPart(
      Path part, java.util.function.Predicate<String> keep, Map<String, Passage> found)
      throws IOException {
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(part))) {
      MessageType schema = reader.getFooter().getFileMetaData().getSchema();
      MessageColumnIO columns = new ColumnIOFactory().getColumnIO(schema);
      PageReadStore rowGroup;
      while ((rowGroup = reader.readNextRowGroup()) != null) {
        RecordReader<Group> records =
            columns.getRecordReader(rowGroup, new GroupRecordConverter(schema));
        for (long i = 0; i < rowGroup.getRowCount(); i++) {
          Group g = records.read();
          String id = g.getString("passage_id", 0);
          if (keep.test(id)) {
            found.put(
                id,
                new Passage(
                    id,
                    g.getString("submission_id", 0),
                    g.getString("file", 0),
                    g.getInteger("page", 0),
                    g.getString("language", 0),
                    g.getString("text", 0)));
          }
        }
      }
    }
  }
}
