package eu.chorus.output;

import eu.chorus.classify.TaggedPassage;
import eu.chorus.passage.Passage;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** {@code passages/}: the Parquet table of every passage, its explicit schema and row mapping. */
public final class PassagesTable {

  public static final String FOLDER = "passages";

  public static final StructType SCHEMA = new StructType()
      .add("passage_id", DataTypes.StringType, false)
      .add("submission_id", DataTypes.StringType, false)
      .add("file", DataTypes.StringType, false)
      .add("page", DataTypes.IntegerType, false)
      .add("language", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, false)
      .add("topics", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("tokens", DataTypes.IntegerType, false);

  private PassagesTable() {}

  public static Row toRow(TaggedPassage t) {
    Passage p = t.passage();
    return RowFactory.create(
        p.passageId(), p.submissionId(), p.file(), p.page(), p.language(), p.text(),
        t.topics().toArray(String[]::new), t.tokens());
  }
}
