package eu.chorus.output;

import eu.chorus.classify.TaggedPassage;
import eu.chorus.passage.PassageRow;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** {@code passages/}: the Parquet table of every passage, its explicit schema and row mapping. */
public final class PassagesTable {

  public static final String FOLDER = "passages";

  public static final StructType SCHEMA =
      PassageRow.SCHEMA
          .add("topics", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("tokens", DataTypes.IntegerType, false);

  private PassagesTable() {}

  public static Row toRow(TaggedPassage t) {
    return RowFactory.create(
        PassageRow.values(t.passage(), t.topics().toArray(String[]::new), t.tokens()));
  }
}
