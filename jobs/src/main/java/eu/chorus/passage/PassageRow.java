package eu.chorus.passage;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** A {@link Passage} as a Spark row: its explicit schema and the mapping both ways. */
public final class PassageRow {

  public static final StructType SCHEMA =
      new StructType()
          .add("passage_id", DataTypes.StringType, false)
          .add("submission_id", DataTypes.StringType, false)
          .add("file", DataTypes.StringType, false)
          .add("page", DataTypes.IntegerType, false)
          .add("language", DataTypes.StringType, false)
          .add("text", DataTypes.StringType, false);

  private PassageRow() {}

  /** The passage's fields in {@link #SCHEMA} order, followed by {@code more} (for wider tables). */
  public static Object[] values(Passage p, Object... more) {
    Object[] values = new Object[SCHEMA.size() + more.length];
    values[0] = p.passageId();
    values[1] = p.submissionId();
    values[2] = p.file();
    values[3] = p.page();
    values[4] = p.language();
    values[5] = p.text();
    System.arraycopy(more, 0, values, SCHEMA.size(), more.length);
    return values;
  }

  public static Row of(Passage p) {
    return RowFactory.create(values(p));
  }

  /** The passage of a row whose first columns are {@link #SCHEMA}'s. */
  public static Passage passage(Row r) {
    return new Passage(
        r.getString(0),
        r.getString(1),
        r.getString(2),
        r.getInt(3),
        r.getString(4),
        r.getString(5));
  }
}
