package eu.chorus.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.chorus.LocalSpark;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VocabularyTest {

  @RegisterExtension
  static final LocalSpark SPARK = new LocalSpark("vocabulary-test", 2);

  @Test
  void idfFollowsMllibsSmoothedFormulaAndTermsAreAlphabetical() {
    Vocabulary v = Vocabulary.of(Map.of("royalties", 1L, "licensing", 3L), 4);
    assertArrayEquals(new String[] {"licensing", "royalties"}, v.terms());
    assertEquals(Math.log(5.0 / 4.0), v.idf()[0], 1e-12);
    assertEquals(Math.log(5.0 / 2.0), v.idf()[1], 1e-12);
  }

  @Test
  void aTermCountsOncePerPassageAndRareTermsAreLeftOut() {
    StructType schema = new StructType().add(ClusterPositions.TERMS,
        DataTypes.createArrayType(DataTypes.StringType, false), false);
    Dataset<Row> evidence = SPARK.session().createDataFrame(List.of(
        RowFactory.create((Object) new String[] {"opt", "out", "opt", "opt"}),
        RowFactory.create((Object) new String[] {"opt", "crawler"}),
        RowFactory.create((Object) new String[] {"crawler", "robots"})), schema);

    Vocabulary v = Vocabulary.of(evidence, 2);

    // "opt" is in 2 of the 3 passages however often it repeats; "out" and "robots" in 1 only.
    assertArrayEquals(new String[] {"crawler", "opt"}, v.terms());
    assertEquals(Math.log(4.0 / 3.0), v.idf()[0], 1e-12);
    assertEquals(Math.log(4.0 / 3.0), v.idf()[1], 1e-12);
  }
}
