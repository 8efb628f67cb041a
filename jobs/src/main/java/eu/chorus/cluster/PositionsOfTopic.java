package eu.chorus.cluster;

import eu.chorus.profile.Stance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Row;

/**
 * All evidence passages of one topic → its positions: per stance, k-means over the passages'
 * TF-IDF vectors with k chosen by silhouette; then labels (class-based TF-IDF across the topic's
 * positions), the most central sentence of each position, and a quotable excerpt per passage.
 *
 * <p>k criterion: every k from 2 to min(maxPositions, n / minPassages) is fitted; a k whose
 * smallest cluster has fewer than minPassages passages is not eligible; the eligible k with the
 * highest mean silhouette wins if that silhouette reaches minSilhouette, else the stance's
 * passages form one position.
 */
final class PositionsOfTopic implements MapGroupsFunction<String, Row, TopicPositions> {

  /** Sentences shorter than this are quoted only when a passage has no longer one. */
  static final int QUOTABLE_WORDS = 8;
  /** An excerpt shorter than this many characters takes the following sentence too. */
  static final int SHORT_EXCERPT_CHARS = 120;
  /** The representative sentence is looked for in this many most central passages. */
  static final int REPRESENTATIVE_CANDIDATES = 5;

  private final PositionSettings settings;
  private final String[] vocabulary;
  private final double[] idf;
  private transient Map<String, Integer> index;

  PositionsOfTopic(PositionSettings settings, String[] vocabulary, double[] idf) {
    this.settings = settings;
    this.vocabulary = vocabulary.clone();
    this.idf = idf.clone();
  }

  /** One evidence passage as the clustering sees it. */
  record Evidence(String passageId, String submissionId, String file, int page, String language, String text,
      TermVector counts, TermVector unit) {}

  @Override
  public TopicPositions call(String topic, Iterator<Row> rows) {
    Map<Stance, List<Evidence>> byStance = new TreeMap<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      TermVector counts = counts(r.getList(r.fieldIndex(ClusterPositions.TERMS)));
      if (counts.isZero()) {
        continue; // no term of the vocabulary: nothing to cluster on
      }
      byStance.computeIfAbsent(Stance.valueOf(r.getAs("stance")), s -> new ArrayList<>()).add(new Evidence(
          r.getAs("passage_id"), r.getAs("submission_id"), r.getAs("file"), (Integer) r.getAs("page"),
          r.getAs("language"), r.getAs("text"), counts, weighted(counts).normalised()));
    }
    List<Cluster> clusters = new ArrayList<>();
    for (Map.Entry<Stance, List<Evidence>> e : byStance.entrySet()) {
      List<Evidence> evidence = e.getValue();
      // Shuffles deliver a group's rows in any order; the clustering must not depend on it.
      evidence.sort(Comparator.comparing(Evidence::passageId));
      clusters.addAll(cluster(topic, e.getKey(), evidence));
    }
    Map<Cluster, List<String>> labels = labels(clusters);
    List<Position> positions = new ArrayList<>();
    List<PassagePosition> placed = new ArrayList<>();
    for (Cluster c : clusters) {
      Quotable best = null;
      for (int i = 0; i < c.members.size(); i++) {
        Evidence ev = c.members.get(i);
        Quotable q = quotable(ev, c.centroid);
        placed.add(new PassagePosition(ev.passageId(), ev.submissionId(), ev.file(), ev.page(), topic, c.stance,
            c.number, c.centrality[i], q.excerpt()));
        if (c.rank[i] < REPRESENTATIVE_CANDIDATES && (best == null || q.betterThan(best))) {
          best = q;
        }
      }
      positions.add(new Position(topic, c.stance, c.number, labels.get(c), best.passageId(), best.sentence(),
          c.silhouette, c.members.size()));
    }
    positions.sort(Comparator.comparing(Position::stance).thenComparingInt(Position::number));
    return new TopicPositions(topic, positions, placed);
  }

  /** A position in the making. */
  private static final class Cluster {
    final Stance stance;
    final List<Evidence> members;
    final double[] centroid;
    final double[] centrality;
    final double silhouette;
    /** Per member, its rank by centrality (0 = closest to the centroid). */
    final int[] rank;
    int number;

    Cluster(Stance stance, List<Evidence> members, double[] centroid, double silhouette) {
      this.stance = stance;
      this.members = members;
      this.centroid = centroid;
      this.silhouette = silhouette;
      double norm = Math.sqrt(SphericalKMeans.squaredNorm(centroid));
      centrality = new double[members.size()];
      for (int i = 0; i < members.size(); i++) {
        centrality[i] = norm == 0 ? 0 : members.get(i).unit().dot(centroid) / norm;
      }
      Integer[] mostCentralFirst = new Integer[members.size()];
      for (int i = 0; i < mostCentralFirst.length; i++) {
        mostCentralFirst[i] = i;
      }
      Arrays.sort(mostCentralFirst, (a, b) -> Double.compare(centrality[b], centrality[a]));
      rank = new int[members.size()];
      for (int r = 0; r < mostCentralFirst.length; r++) {
        rank[mostCentralFirst[r]] = r;
      }
    }
  }

  private List<Cluster> cluster(String topic, Stance stance, List<Evidence> evidence) {
    int n = evidence.size();
    List<TermVector> points = evidence.stream().map(Evidence::unit).toList();
    long seed = settings.seed() * 31 + (topic + "/" + stance).hashCode();
    SphericalKMeans.Fit chosen = null;
    for (int k = 2; k <= Math.min(settings.maxPositions(), n / settings.minPassages()); k++) {
      SphericalKMeans.Fit f = SphericalKMeans.fit(points, k, vocabulary.length, seed);
      boolean eligible = Arrays.stream(f.sizes()).min().orElse(0) >= settings.minPassages();
      if (eligible && f.silhouette() >= settings.minSilhouette()
          && (chosen == null || f.silhouette() > chosen.silhouette() + 1e-9)) {
        chosen = f;
      }
    }
    if (chosen == null) {
      chosen = SphericalKMeans.fit(points, 1, vocabulary.length, seed);
    }
    double silhouette = chosen.k() == 1 ? Double.NaN : chosen.silhouette();
    List<Cluster> clusters = new ArrayList<>();
    for (int c = 0; c < chosen.k(); c++) {
      List<Evidence> members = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (chosen.assignment()[i] == c) {
          members.add(evidence.get(i));
        }
      }
      if (!members.isEmpty()) {
        clusters.add(new Cluster(stance, members, chosen.centroids()[c], silhouette));
      }
    }
    // Position 1 is the one most passages make; ties by first passage id, for stable ids.
    clusters.sort(Comparator.comparingInt((Cluster c) -> -c.members.size())
        .thenComparing(c -> c.members.get(0).passageId()));
    for (int i = 0; i < clusters.size(); i++) {
      clusters.get(i).number = i + 1;
    }
    return clusters;
  }

  /**
   * Class-based TF-IDF: a term's share of the position's words × log(1 + A / its count across all
   * positions of the topic), A the mean words per position. A term counts for a position only if
   * two of its passages use it (or its only passage).
   */
  private Map<Cluster, List<String>> labels(List<Cluster> clusters) {
    List<Map<Integer, double[]>> counts = new ArrayList<>();
    Map<Integer, Double> acrossTopic = new HashMap<>();
    double words = 0;
    for (Cluster c : clusters) {
      Map<Integer, double[]> termCounts = new HashMap<>(); // term → {occurrences, passages}
      for (Evidence e : c.members) {
        TermVector v = e.counts();
        for (int i = 0; i < v.indices().length; i++) {
          double[] tc = termCounts.computeIfAbsent(v.indices()[i], t -> new double[2]);
          tc[0] += v.values()[i];
          tc[1]++;
          acrossTopic.merge(v.indices()[i], v.values()[i], Double::sum);
          words += v.values()[i];
        }
      }
      counts.add(termCounts);
    }
    double meanWords = clusters.isEmpty() ? 0 : words / clusters.size();
    Map<Cluster, List<String>> labels = new HashMap<>();
    for (int p = 0; p < clusters.size(); p++) {
      Cluster c = clusters.get(p);
      double positionWords = counts.get(p).values().stream().mapToDouble(tc -> tc[0]).sum();
      int minPassages = Math.min(2, c.members.size());
      labels.put(c, counts.get(p).entrySet().stream()
          .filter(e -> e.getValue()[1] >= minPassages)
          .sorted(Comparator.comparingDouble((Map.Entry<Integer, double[]> e) ->
                  -(e.getValue()[0] / positionWords) * Math.log(1 + meanWords / acrossTopic.get(e.getKey())))
              .thenComparing(e -> vocabulary[e.getKey()]))
          .limit(settings.labelTerms())
          .map(e -> vocabulary[e.getKey()])
          .toList());
    }
    return labels;
  }

  /** A passage's best sentence for its position, and the excerpt quoted from it. */
  private record Quotable(String passageId, String sentence, String excerpt, double score, boolean fullLength) {
    boolean betterThan(Quotable other) {
      if (fullLength != other.fullLength) {
        return fullLength;
      }
      return score > other.score + 1e-12;
    }
  }

  private Quotable quotable(Evidence e, double[] centroid) {
    String text = e.text();
    List<Sentences.Span> spans = Sentences.of(text);
    if (spans.isEmpty()) {
      return new Quotable(e.passageId(), text.strip(), text.strip(), 0, false);
    }
    double norm = Math.sqrt(SphericalKMeans.squaredNorm(centroid));
    int best = -1;
    double bestScore = -1;
    boolean bestFull = false;
    for (int i = 0; i < spans.size(); i++) {
      String sentence = spans.get(i).of(text);
      boolean full = Sentences.words(sentence) >= QUOTABLE_WORDS;
      double score = norm == 0 ? 0 : vector(sentence, e.language()).normalised().dot(centroid) / norm;
      if (best < 0 || (full && !bestFull) || (full == bestFull && score > bestScore + 1e-12)) {
        best = i;
        bestScore = score;
        bestFull = full;
      }
    }
    Sentences.Span span = spans.get(best);
    int end = span.end();
    if (span.end() - span.start() < SHORT_EXCERPT_CHARS && best + 1 < spans.size()) {
      end = spans.get(best + 1).end();
    }
    return new Quotable(e.passageId(), span.of(text), text.substring(span.start(), end), bestScore, bestFull);
  }

  /** A sentence's TF-IDF vector in the passages' vocabulary. */
  private TermVector vector(String sentence, String language) {
    return weighted(counts(PositionTerms.of(sentence, language)));
  }

  /** How often each vocabulary term occurs in {@code terms} (terms outside it are left out). */
  private TermVector counts(List<String> terms) {
    if (index == null) {
      index = new HashMap<>();
      for (int i = 0; i < vocabulary.length; i++) {
        index.put(vocabulary[i], i);
      }
    }
    TreeMap<Integer, Double> counts = new TreeMap<>();
    for (String term : terms) {
      Integer i = index.get(term);
      if (i != null) {
        counts.merge(i, 1.0, Double::sum);
      }
    }
    return new TermVector(counts.keySet().stream().mapToInt(Integer::intValue).toArray(),
        counts.values().stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Term counts × inverse document frequency. */
  private TermVector weighted(TermVector counts) {
    double[] w = new double[counts.indices().length];
    for (int k = 0; k < w.length; k++) {
      w[k] = counts.values()[k] * idf[counts.indices()[k]];
    }
    return new TermVector(counts.indices(), w);
  }
}
