package eu.chorus.cluster;

import static org.apache.spark.sql.functions.col;

import eu.chorus.classify.TaggedPassage;
import eu.chorus.passage.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Finds campaigns: groups of submissions written from one template.
 *
 * <ol>
 *   <li>each submission's text, its passages in reading order, becomes a set of word shingles
 *       ({@link Shingles}); texts under {@code minWords} words take no part;
 *   <li>the shingle sets are hashed into sparse binary vectors ({@link HashingTF}) and indexed
 *       with MinHash LSH ({@link MinHashLSH}); {@code approxSimilarityJoin} proposes the pairs
 *       whose hashed sets are close;
 *   <li>each proposed pair is verified with the exact Jaccard similarity of its shingle sets, so
 *       that a hash collision never joins two letters;
 *   <li>verified pairs are joined into campaigns in the driver ({@link CampaignGrouping});
 *   <li>with tagged passages ({@link #applyAcrossLanguages}), translated copies join the campaign of
 *       their template by their outline ({@link AttachTranslations}).
 * </ol>
 *
 * Same input and settings give the same campaigns, ids and figures: the LSH seed is fixed and
 * every list is sorted before it is numbered.
 */
public final class DetectCampaigns {

  /** What the stage found, with the counts the progress line and run.json report. */
  public record Result(
      List<Campaign> campaigns, Map<String, String> campaignOf, long texts, long candidatePairs, long pairs) {

    public long members() {
      return campaignOf.size();
    }

    /** Members attached as translated copies of their campaign's template. */
    public long translatedMembers() {
      return campaigns.stream().mapToLong(c -> c.translatedMembers().size()).sum();
    }
  }

  static final String ID = "submission_id";
  static final String SHINGLES = "shingles";
  private static final String FEATURES = "features";
  private static final String HASHES = "hashes";
  private static final String DISTANCE = "distance";
  private static final long SEED = 20240918L;
  /** Hashed vectors with 2^20 dimensions: collisions among a few thousand shingles are rare. */
  private static final int FEATURE_DIMENSIONS = 1 << 20;
  /**
   * The LSH join compares hashed sets, which collisions can make look a little less or more alike
   * than the exact sets: it proposes pairs down to this far below the threshold.
   */
  private static final double CANDIDATE_MARGIN = 0.05;

  private static final StructType SCHEMA = new StructType()
      .add(ID, DataTypes.StringType, false)
      .add(SHINGLES, DataTypes.createArrayType(DataTypes.StringType, false), false);

  private final CampaignSettings settings;

  public DetectCampaigns(CampaignSettings settings) {
    this.settings = settings;
  }

  /** Every submission's shingle set (also those too short to take part). */
  public Dataset<SubmissionShingles> shingles(Dataset<Passage> passages) {
    return passages
        .groupByKey((MapFunction<Passage, String>) Passage::submissionId, Encoders.STRING())
        .mapGroups(new SubmissionShingles.Build(settings.shingleWords()),
            Encoders.javaSerialization(SubmissionShingles.class));
  }

  /** Campaigns within one language, then their translated copies ({@link AttachTranslations}). */
  public Result applyAcrossLanguages(Dataset<TaggedPassage> tagged) {
    Result sameLanguage = apply(tagged.map((MapFunction<TaggedPassage, Passage>) TaggedPassage::passage,
        Encoders.javaSerialization(Passage.class)));
    Map<String, LetterOutline> outlines = new TreeMap<>();
    tagged
        .groupByKey((MapFunction<TaggedPassage, String>) t -> t.passage().submissionId(), Encoders.STRING())
        .mapGroups(new LetterOutline.Build(), Encoders.javaSerialization(LetterOutline.class))
        .collectAsList()
        .forEach(o -> outlines.put(o.submissionId(), o));
    List<Campaign> campaigns = new AttachTranslations(settings).apply(sameLanguage.campaigns(), outlines);
    return new Result(campaigns, CampaignGrouping.campaignOf(campaigns), sameLanguage.texts(),
        sameLanguage.candidatePairs(), sameLanguage.pairs());
  }

  /** Campaigns within one language: word shingles, MinHash LSH, exact Jaccard, grouping. */
  public Result apply(Dataset<Passage> passages) {
    int minWords = settings.minWords();
    Dataset<SubmissionShingles> texts = shingles(passages)
        .filter((FilterFunction<SubmissionShingles>) t -> t.words() >= minWords)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long textCount = texts.count();
      List<SimilarPair> candidates = candidatePairs(texts);
      List<SimilarPair> verified = candidates.stream()
          .filter(p -> p.similarity() >= settings.minSimilarity())
          .sorted(Comparator.comparing(SimilarPair::a).thenComparing(SimilarPair::b))
          .toList();
      Map<String, Set<String>> shingleSets = shingleSetsOf(texts, verified);
      Map<String, Double> cache = new HashMap<>();
      List<Campaign> campaigns = CampaignGrouping.group(verified, (a, b) -> cache.computeIfAbsent(
          a + "\u0000" + b, k -> Shingles.jaccard(shingleSets.get(a), shingleSets.get(b))));
      return new Result(campaigns, CampaignGrouping.campaignOf(campaigns), textCount, candidates.size(),
          verified.size());
    } finally {
      texts.unpersist();
    }
  }

  /** The LSH join's proposals, each with its exact similarity. */
  private List<SimilarPair> candidatePairs(Dataset<SubmissionShingles> texts) {
    Dataset<Row> rows = texts.map(
        (MapFunction<SubmissionShingles, Row>) t -> RowFactory.create(t.submissionId(), t.shingles().toArray()),
        Encoders.row(SCHEMA));
    Dataset<Row> vectors = new HashingTF()
        .setInputCol(SHINGLES).setOutputCol(FEATURES).setNumFeatures(FEATURE_DIMENSIONS).setBinary(true)
        .transform(rows);
    MinHashLSHModel lsh = new MinHashLSH()
        .setInputCol(FEATURES).setOutputCol(HASHES).setNumHashTables(settings.hashTables()).setSeed(SEED)
        .fit(vectors);
    double maxDistance = Math.min(1.0, 1.0 - settings.minSimilarity() + CANDIDATE_MARGIN);
    return lsh.approxSimilarityJoin(vectors, vectors, maxDistance, DISTANCE)
        .filter(col("datasetA." + ID).lt(col("datasetB." + ID)))
        .select(col("datasetA." + ID), col("datasetB." + ID), col("datasetA." + SHINGLES), col("datasetB." + SHINGLES))
        .map((MapFunction<Row, SimilarPair>) r -> new SimilarPair(r.getString(0), r.getString(1),
                Shingles.jaccard(r.getList(2), r.getList(3))),
            Encoders.javaSerialization(SimilarPair.class))
        .collectAsList();
  }

  /** The shingle sets of the submissions in any verified pair: few, so they come to the driver. */
  private static Map<String, Set<String>> shingleSetsOf(Dataset<SubmissionShingles> texts, List<SimilarPair> pairs) {
    Set<String> ids = new TreeSet<>();
    pairs.forEach(p -> {
      ids.add(p.a());
      ids.add(p.b());
    });
    Map<String, Set<String>> sets = new HashMap<>();
    if (ids.isEmpty()) {
      return sets;
    }
    List<SubmissionShingles> members = texts
        .filter((FilterFunction<SubmissionShingles>) t -> ids.contains(t.submissionId()))
        .collectAsList();
    for (SubmissionShingles m : members) {
      sets.put(m.submissionId(), new TreeSet<>(m.shingles()));
    }
    return sets;
  }
}
