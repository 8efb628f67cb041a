package eu.chorus.output;

import eu.chorus.position.PassagePosition;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code positions/}: the Parquet table of every evidence passage's position (one row per passage
 * and topic), for notebooks that join it to {@code passages/} and {@code positions.csv}.
 */
public final class PassagePositionsTable {

  public static final String FOLDER = "positions";

  public static final StructType SCHEMA =
      new StructType()
          .add("passage_id", DataTypes.StringType, false)
          .add("submission_id", DataTypes.StringType, false)
          .add("topic", DataTypes.StringType, false)
          .add("stance", DataTypes.StringType, false)
          .add("position_id", DataTypes.StringType, false)
          .add("centrality", DataTypes.DoubleType, false)
          .add("excerpt", DataTypes.StringType, false);

  private PassagePositionsTable() {}

  public static Row toRow(PassagePosition p) {
    return RowFactory.create(
        p.passageId(),
        p.submissionId(),
        p.topic(),
        p.stance().name(),
        p.positionId(),
        p.centrality(),
        p.excerpt());
  }
}
