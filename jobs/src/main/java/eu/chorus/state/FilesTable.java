package eu.chorus.state;

import eu.chorus.ingest.InputFile;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** This run's readable input files with their content hash: joined to the caches by hash. */
public final class FilesTable {

  public static final StructType SCHEMA =
      new StructType()
          .add(CachedStage.KEY, DataTypes.StringType, false)
          .add("path", DataTypes.StringType, false)
          .add("relative_path", DataTypes.StringType, false)
          .add("submission_id", DataTypes.StringType, false)
          .add("file_index", DataTypes.IntegerType, false)
          .add("bytes", DataTypes.LongType, false)
          .add("listing_note", DataTypes.StringType, false);

  private FilesTable() {}

  public static Dataset<Row> of(SparkSession spark, List<HashedFile> files) {
    List<Row> rows =
        files.stream()
            .filter(HashedFile::readable)
            .map(
                h -> {
                  InputFile f = h.file();
                  return RowFactory.create(
                      h.sha256(),
                      f.path(),
                      f.relativePath(),
                      f.submissionId(),
                      f.fileIndex(),
                      f.bytes(),
                      f.listingNote());
                })
            .toList();
    return spark.createDataFrame(rows, SCHEMA);
  }

  static InputFile inputFile(Row r) {
    return new InputFile(
        r.getAs("path"),
        r.getAs("relative_path"),
        r.getAs("submission_id"),
        r.<Integer>getAs("file_index"),
        r.<Long>getAs("bytes"),
        true,
        r.getAs("listing_note"));
  }
}
