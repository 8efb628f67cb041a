package eu.chorus.cluster;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The terms of the evidence that count for positions, in alphabetical order, with their inverse
 * document frequency {@code ln((n + 1) / (df + 1))} over the n evidence passages (Spark MLlib's
 * {@code IDF} formula). A count and one aggregation of document frequencies over the persisted
 * evidence: fitting MLlib's {@code CountVectorizer} and then {@code IDF} took more passes and jobs.
 *
 * @param terms the vocabulary; a term's index is its position here
 * @param idf per term, its inverse document frequency
 */
record Vocabulary(String[] terms, double[] idf) {

  /**
   * @param evidence rows with a {@value ClusterPositions#TERMS} column (one row per passage)
   * @param minDocFreq a term must occur in at least this many rows
   */
  static Vocabulary of(Dataset<Row> evidence, int minDocFreq) {
    Row counted = evidence.agg(count("*")).first();
    long n = counted.getLong(0);
    List<Row> frequencies = evidence
        .select(explode(array_distinct(col(ClusterPositions.TERMS))).as("term"))
        .groupBy("term").agg(count("*").as("df"))
        .filter(col("df").geq(minDocFreq))
        .collectAsList();
    Map<String, Long> df = new HashMap<>();
    frequencies.forEach(r -> df.put(r.getString(0), r.getLong(1)));
    return of(df, n);
  }

  /** @param df per term, the number of the n passages it occurs in */
  static Vocabulary of(Map<String, Long> df, long n) {
    String[] terms = df.keySet().stream().sorted().toArray(String[]::new);
    double[] idf = new double[terms.length];
    for (int i = 0; i < terms.length; i++) {
      idf[i] = Math.log((n + 1.0) / (df.get(terms[i]) + 1.0));
    }
    return new Vocabulary(terms, idf);
  }
}
