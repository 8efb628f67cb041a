package eu.chorus.state;

import eu.chorus.annotate.AnnotatedPassage;
import eu.chorus.annotate.Mention;
import eu.chorus.annotate.TextAnnotation;
import eu.chorus.passage.Passage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The annotation cache table: one row per distinct file content, holding its passages (sequence,
 * page, language, text) with their unredacted CoreNLP annotation. A file without passages has an
 * empty list, so that it too counts as done. Redaction depends on who sent the file, so it is
 * applied after reading, never cached.
 */
public final class AnnotationCache {

  public static final String STAGE = "annotate";

  private static final StructType MENTION =
      new StructType()
          .add("type", DataTypes.StringType, false)
          .add("begin", DataTypes.IntegerType, false)
          .add("end", DataTypes.IntegerType, false)
          .add("text", DataTypes.StringType, false);

  private static final StructType PASSAGE =
      new StructType()
          .add("sequence", DataTypes.IntegerType, false)
          .add("page", DataTypes.IntegerType, false)
          .add("language", DataTypes.StringType, false)
          .add("text", DataTypes.StringType, false)
          .add("words", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("lemmas", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("sentences", DataTypes.IntegerType, false)
          .add("mentions", DataTypes.createArrayType(MENTION, false), false)
          .add("failure", DataTypes.StringType, false);

  public static final StructType SCHEMA =
      new StructType()
          .add(CachedStage.KEY, DataTypes.StringType, false)
          .add("passages", DataTypes.createArrayType(PASSAGE, false), false);

  private AnnotationCache() {}

  /**
   * One annotated passage under its file content's hash, before the passages are grouped by
   * content.
   */
  public static final StructType KEYED_PASSAGE = keyedPassage();

  private static StructType keyedPassage() {
    StructType s = new StructType().add(CachedStage.KEY, DataTypes.StringType, false);
    for (StructField f : PASSAGE.fields()) {
      s = s.add(f);
    }
    return s;
  }

  /**
   * One annotated passage, split under a stand-in file whose submission id is the content hash
   * ({@link ExtractCache#byContent}), as a {@link #KEYED_PASSAGE} row.
   */
  public static Row keyedPassage(AnnotatedPassage annotated) {
    Passage p = annotated.passage();
    TextAnnotation a = annotated.annotation();
    return RowFactory.create(
        p.submissionId(),
        sequence(p.passageId()),
        p.page(),
        p.language(),
        p.text(),
        a.words().toArray(String[]::new),
        a.lemmas().toArray(String[]::new),
        a.sentences(),
        a.mentions().stream()
            .map(m -> RowFactory.create(m.type(), m.begin(), m.end(), m.text()))
            .toArray(Row[]::new),
        a.failure());
  }

  /**
   * The cache rows of {@link #KEYED_PASSAGE} rows: one per content, its passages in sequence order.
   * Grouped as Spark rows, not Java objects: the annotations are most of a batch's bytes.
   */
  public static Dataset<Row> byContent(Dataset<Row> keyedPassages) {
    Column[] fields =
        Arrays.stream(PASSAGE.fieldNames()).map(functions::col).toArray(Column[]::new);
    // sequence is the structs' first field: sorting the structs puts the passages in order
    return keyedPassages
        .groupBy(CachedStage.KEY)
        .agg(functions.sort_array(functions.collect_list(functions.struct(fields))).as("passages"));
  }

  /** A file without passages (quarantined, or no paragraph with a letter). */
  public static Row empty(String sha256) {
    return RowFactory.create(sha256, new Row[0]);
  }

  /** The passages of a row that also carries {@link FilesTable} columns, under their real ids. */
  public static Iterator<AnnotatedPassage> passages(Row r) {
    String submission = r.getAs("submission_id");
    int fileIndex = r.<Integer>getAs("file_index");
    String file = r.getAs("relative_path");
    List<Row> rows = r.getList(r.fieldIndex("passages"));
    List<AnnotatedPassage> result = new ArrayList<>(rows.size());
    for (Row p : rows) {
      List<Mention> mentions = new ArrayList<>();
      for (Row m : p.<Row>getList(p.fieldIndex("mentions"))) {
        mentions.add(
            new Mention(
                m.getAs("type"),
                m.<Integer>getAs("begin"),
                m.<Integer>getAs("end"),
                m.getAs("text")));
      }
      result.add(
          new AnnotatedPassage(
              new Passage(
                  Passage.id(submission, fileIndex, p.<Integer>getAs("sequence")),
                  submission,
                  file,
                  p.<Integer>getAs("page"),
                  p.getAs("language"),
                  p.getAs("text")),
              new TextAnnotation(
                  p.getList(p.fieldIndex("words")),
                  p.getList(p.fieldIndex("lemmas")),
                  p.<Integer>getAs("sentences"),
                  mentions,
                  p.getAs("failure"))));
    }
    return result.iterator();
  }

  /** The sequence number at the end of a passage id ({@code <submission>:<file>:<sequence>}). */
  static int sequence(String passageId) {
    return Integer.parseInt(passageId.substring(passageId.lastIndexOf(':') + 1));
  }
}
