package eu.chorus.state;

import eu.chorus.extract.ExtractedFile;
import eu.chorus.extract.ExtractedText;
import eu.chorus.extract.FileStatus;
import eu.chorus.ingest.InputFile;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The extraction cache table: one row per distinct file content, its text and status. */
public final class ExtractCache {

  public static final String STAGE = "extract";

  public static final StructType SCHEMA =
      new StructType()
          .add(CachedStage.KEY, DataTypes.StringType, false)
          .add("status", DataTypes.StringType, false)
          .add("reason", DataTypes.StringType, false)
          .add("media_type", DataTypes.StringType, false)
          .add("title", DataTypes.StringType, false)
          .add("language", DataTypes.StringType, false)
          .add("pages", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("pages_estimated", DataTypes.BooleanType, false)
          .add("ocr", DataTypes.BooleanType, false);

  private ExtractCache() {}

  /** The row of an extracted file; its reason names the file by its published name only. */
  public static Row toRow(ExtractedFile f) {
    ExtractedText t = f.text();
    return RowFactory.create(
        f.sha256(),
        t.status().name(),
        f.file().publish(t.reason()),
        t.mediaType(),
        t.title(),
        t.language(),
        t.pages().toArray(String[]::new),
        t.pagesEstimated(),
        t.ocr());
  }

  /** The cached text of a row that also carries {@link FilesTable} columns (after a join). */
  public static ExtractedFile toExtractedFile(Row r) {
    return new ExtractedFile(FilesTable.inputFile(r), r.getAs(CachedStage.KEY), text(r));
  }

  /**
   * The cached text of a cache row alone, under a stand-in file whose submission id is the content
   * hash: passages split from it are annotated once per content, whoever sent it.
   */
  public static ExtractedFile byContent(Row r) {
    String sha = r.getAs(CachedStage.KEY);
    return new ExtractedFile(new InputFile("", "", sha, 0, 0, true, ""), sha, text(r));
  }

  private static ExtractedText text(Row r) {
    return new ExtractedText(
        FileStatus.valueOf(r.getAs("status")),
        r.getAs("reason"),
        r.getAs("media_type"),
        r.getAs("title"),
        r.getAs("language"),
        r.getList(r.fieldIndex("pages")),
        r.getAs("pages_estimated"),
        r.getAs("ocr"));
  }
}
