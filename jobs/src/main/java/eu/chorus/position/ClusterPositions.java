package eu.chorus.position;

import eu.chorus.classify.AnswerTopics;
import eu.chorus.classify.StanceFinding;
import eu.chorus.classify.TaggedPassage;
import eu.chorus.passage.OpenStarts;
import eu.chorus.passage.Passage;
import eu.chorus.profile.Stance;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the positions (distinct arguments) within each topic and stance.
 *
 * <p>Evidence: every passage that carries a topic, of a submission found to hold a stance on that
 * topic. Its claims ({@link ClaimReader}: the sentences that take the stance on the topic) are what
 * is clustered, not the passage: a claim written word for word (case and punctuation aside) by
 * several submissions is one point held by all of them. Claims are weighted by TF-IDF (Spark
 * MLlib's CountVectorizer and IDF over all claims, terms by {@link PositionTerms}) and clustered
 * per topic and stance by k-means with cosine distance ({@link CellClustering}).
 *
 * <p>A position's size is the number of submissions that hold it, and each submission holds one
 * position per topic and stance: the one most of its claims fall in. So a cell's positions never
 * count more submissions between them than hold its stance.
 */
public final class ClusterPositions {

  /** What the stage found: the positions, and the position of every evidence passage. */
  public record Found(List<Position> positions, List<PassagePosition> passages, int vocabulary)
      implements Serializable {}

  private static final Logger LOG = LoggerFactory.getLogger(ClusterPositions.class);

  private final PositionSettings settings;
  private final ClaimReader reader;
  private final Titles titles = Titles.load();

  public ClusterPositions(PositionSettings settings, ClaimReader reader) {
    this.settings = settings;
    this.reader = reader;
  }

  /**
   * One evidence passage under the topic and stance its submission holds (public: Spark encodes
   * it), and whether the passage carries that topic alone.
   */
  public record Evidence(String topic, Stance stance, Passage passage, boolean soleTopic)
      implements Serializable {}

  /**
   * A claim as clustered: one text of a topic and stance, with every passage that makes it.
   *
   * @param id its row in the TF-IDF table
   */
  record Point(
      int id,
      String topic,
      Stance stance,
      String text,
      String language,
      List<Passage> passages,
      List<String> asks) {}

  public Found find(Dataset<TaggedPassage> tagged, List<StanceFinding> stances) {
    return find(tagged, stances, OpenStarts.NONE, AnswerTopics.NONE);
  }

  /**
   * @param openStarts the passages that open mid-sentence: their claims are read after their first
   *     sentence, the rest of another
   * @param answers the topics of the questionnaire answers' questions: an answer is evidence on
   *     them, whether or not it names them
   */
  public Found find(
      Dataset<TaggedPassage> tagged,
      List<StanceFinding> stances,
      OpenStarts openStarts,
      AnswerTopics answers) {
    Map<String, String> stanceOf = new HashMap<>();
    Map<String, Double> confidenceOf = new HashMap<>();
    for (StanceFinding f : stances) {
      stanceOf.put(key(f.submissionId(), f.topic()), f.stance().name());
      confidenceOf.put(key(f.submissionId(), f.topic()), f.confidence());
    }
    long started = System.nanoTime();
    // Evidence is collected: the claims are read on the driver with the quotes' sentence logic,
    // and each cell's k-means is a Spark job of its own.
    List<Evidence> evidence =
        new ArrayList<>(
            tagged
                .flatMap(
                    new EvidenceRows(stanceOf, answers), Encoders.javaSerialization(Evidence.class))
                .collectAsList());
    if (evidence.isEmpty()) {
      return new Found(
          List.of(), List.of(), 0); // nothing was read, or no submission takes a stance
    }
    evidence.sort(
        Comparator.comparing(Evidence::topic)
            .thenComparing(Evidence::stance)
            .thenComparing(e -> e.passage().passageId()));
    Map<String, Map<String, Point>> cells = new TreeMap<>();
    Map<String, List<ClaimReader.Claim>> claimsOf = new HashMap<>();
    List<Point> points = new ArrayList<>();
    // Reading the claims is most of this stage on the driver: the passages are read on all its
    // cores, in order, and gathered in the evidence's order.
    List<List<ClaimReader.Claim>> claimsRead =
        evidence.parallelStream()
            .map(
                e -> {
                  Passage p = e.passage();
                  String text =
                      openStarts.contains(p.passageId())
                          ? Sentences.afterFirst(p.text())
                          : p.text();
                  return reader.claims(text, p.language(), e.topic(), e.stance(), e.soleTopic());
                })
            .toList();
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      Passage p = e.passage();
      List<ClaimReader.Claim> claims = claimsRead.get(i);
      claimsOf.put(e.topic() + "\t" + p.passageId(), claims);
      Map<String, Point> cell =
          cells.computeIfAbsent(cell(e.topic(), e.stance()), c -> new LinkedHashMap<>());
      for (ClaimReader.Claim c : claims) {
        Point point =
            cell.computeIfAbsent(
                Sentences.normalised(c.text()),
                n -> {
                  Point made =
                      new Point(
                          points.size(),
                          e.topic(),
                          e.stance(),
                          c.text(),
                          p.language(),
                          new ArrayList<>(),
                          new ArrayList<>());
                  points.add(made);
                  return made;
                });
        point.passages().add(p);
        point.asks().add(c.asks());
      }
    }
    long read = System.nanoTime();
    SparkSession spark = tagged.sparkSession();
    Map<Integer, Vector> vectors = new HashMap<>();
    int vocabulary = tfIdf(spark, points, vectors);
    long weighted = System.nanoTime();
    CellClustering clustering =
        new CellClustering(
            settings,
            point ->
                point.passages().stream()
                    .anyMatch(
                        p ->
                            confidenceOf.getOrDefault(key(p.submissionId(), point.topic()), 0.0)
                                >= settings.titleMinConfidence()),
            titles);
    List<Position> positions = new ArrayList<>();
    Map<String, CellClustering.Placement> placements = new HashMap<>();
    // Cells are clustered side by side on the driver's cores; their results are gathered in cell
    // order, so the output does not depend on which finishes first.
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
    try {
      Map<String, Future<CellClustering.Result>> results = new LinkedHashMap<>();
      for (Map.Entry<String, Map<String, Point>> c : cells.entrySet()) {
        List<Point> cellPoints = List.copyOf(c.getValue().values());
        if (!cellPoints.isEmpty()) {
          results.put(c.getKey(), pool.submit(() -> clustering.cluster(cellPoints, vectors)));
        }
      }
      for (Map.Entry<String, Future<CellClustering.Result>> r : results.entrySet()) {
        CellClustering.Result result = r.getValue().get();
        positions.addAll(result.positions());
        result
            .placements()
            .forEach(pl -> placements.put(pl.submissionId() + "\t" + r.getKey(), pl));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while clustering positions", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("clustering positions failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    long clusteredAt = System.nanoTime();
    List<PassagePosition> passages = new ArrayList<>();
    for (Evidence e : evidence) {
      Passage p = e.passage();
      CellClustering.Placement pl =
          placements.get(p.submissionId() + "\t" + cell(e.topic(), e.stance()));
      List<ClaimReader.Claim> claims = claimsOf.get(e.topic() + "\t" + p.passageId());
      int position = pl == null ? PassagePosition.NONE : pl.position();
      double centrality = 0;
      String excerpt = null;
      for (ClaimReader.Claim claim : claims) {
        Double cos = pl == null ? null : pl.centrality().get(Sentences.normalised(claim.text()));
        if (cos != null && (excerpt == null || cos > centrality + 1e-12)) {
          centrality = cos;
          excerpt = claim.text();
        }
      }
      if (excerpt == null) {
        excerpt = claims.isEmpty() ? firstSentence(p.text()) : claims.get(0).text();
      }
      passages.add(
          new PassagePosition(
              p.passageId(),
              p.submissionId(),
              p.file(),
              p.page(),
              e.topic(),
              e.stance(),
              position,
              centrality,
              excerpt));
    }
    positions.sort(
        Comparator.comparing(Position::topic)
            .thenComparing(Position::stance)
            .thenComparingInt(Position::number));
    passages.sort(
        Comparator.comparing(PassagePosition::passageId).thenComparing(PassagePosition::topic));
    LOG.info(
        String.format(
            Locale.ROOT,
            "positions: %d claims (%d distinct) read in %.1f s, TF-IDF in %.1f s, %d cells clustered in %.1f s",
            points.stream().mapToInt(p -> p.passages().size()).sum(),
            points.size(),
            (read - started) / 1e9,
            (weighted - read) / 1e9,
            cells.size(),
            (clusteredAt - weighted) / 1e9));
    return new Found(List.copyOf(positions), List.copyOf(passages), vocabulary);
  }

  /**
   * TF-IDF vectors of the claims with at least one counted term, by point id (MLlib's
   * CountVectorizer, a term counted when {@code minDocFreq} claims use it, and IDF). Document
   * frequencies are fitted on every submission's claims, a claim that several submissions write
   * counting once for each: a word only one repeated claim uses still counts.
   *
   * @return the vocabulary's size
   */
  private int tfIdf(SparkSession spark, List<Point> points, Map<Integer, Vector> vectors) {
    StructType schema =
        new StructType()
            .add("id", DataTypes.IntegerType, false)
            .add("terms", DataTypes.createArrayType(DataTypes.StringType, false), false);
    List<Row> rows = new ArrayList<>();
    List<Row> written = new ArrayList<>();
    for (Point p : points) {
      Row row =
          RowFactory.create(
              p.id(), PositionTerms.of(p.text(), p.language()).toArray(String[]::new));
      rows.add(row);
      p.passages().stream().map(Passage::submissionId).distinct().forEach(s -> written.add(row));
    }
    if (rows.isEmpty()) {
      return 0;
    }
    Dataset<Row> all = spark.createDataFrame(written, schema);
    CountVectorizerModel counts =
        new CountVectorizer()
            .setInputCol("terms")
            .setOutputCol("tf")
            .setMinDF(settings.minDocFreq())
            .fit(all);
    if (counts.vocabulary().length == 0) {
      return 0;
    }
    Dataset<Row> tfidf =
        new IDF()
            .setInputCol("tf")
            .setOutputCol("features")
            .fit(counts.transform(all))
            .transform(counts.transform(spark.createDataFrame(rows, schema)));
    for (Row r : tfidf.select("id", "features").collectAsList()) {
      Vector v = r.getAs("features");
      if (v.numNonzeros() > 0) {
        vectors.put(r.getInt(0), v);
      }
    }
    return counts.vocabulary().length;
  }

  private static String firstSentence(String text) {
    List<Sentences.Span> spans = Sentences.of(text);
    return spans.isEmpty() ? text.strip() : spans.get(0).of(text);
  }

  static String key(String submissionId, String topic) {
    return submissionId + "\t" + topic;
  }

  static String cell(String topic, Stance stance) {
    return topic + "\t" + stance.ordinal();
  }

  /**
   * A tagged passage → one evidence row per topic it carries (or its question names, for a
   * questionnaire answer) that its submission holds a stance on.
   */
  static final class EvidenceRows implements FlatMapFunction<TaggedPassage, Evidence> {
    private final Map<String, String> stanceOf;
    private final AnswerTopics answers;

    EvidenceRows(Map<String, String> stanceOf, AnswerTopics answers) {
      this.stanceOf = Map.copyOf(stanceOf);
      this.answers = answers;
    }

    @Override
    public Iterator<Evidence> call(TaggedPassage t) {
      Passage p = t.passage();
      List<Evidence> rows = new ArrayList<>();
      List<String> topics = answers.topics(t);
      for (String topic : topics) {
        String stance = stanceOf.get(key(p.submissionId(), topic));
        if (stance != null) {
          rows.add(new Evidence(topic, Stance.valueOf(stance), p, topics.size() == 1));
        }
      }
      return rows.iterator();
    }
  }
}
