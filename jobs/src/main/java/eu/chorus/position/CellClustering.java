package eu.chorus.position;

import eu.chorus.passage.Passage;
import eu.chorus.profile.Stance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;

/**
 * The claims of one topic and stance → its positions, by k-means with cosine distance ({@link
 * CosineKMeans}, on the driver), each claim weighted by the submissions that make it.
 *
 * <p>k criterion: every k from 2 to min(maxPositions, holders / minPassages) is fitted (seeded per
 * topic and stance); a k that leaves a cluster with claims of fewer than minPassages submissions is
 * not eligible; the eligible k with the highest weighted cosine silhouette wins if it reaches
 * minSilhouette, else the claims are one position. So a cell never has more than maxPositions
 * positions.
 *
 * <p>Each submission then holds the position most of its claims fall in (ties: the position more
 * submissions make claims in); positions are numbered by the submissions holding them. A position's
 * title is its claim closest to the centroid ({@link Titles}) among the claims of submissions whose
 * stance was read with confidence (any claim when none is).
 */
final class CellClustering {

  /**
   * Where one submission stands in the cell: its position, and the cosine of each of its claims
   * there.
   */
  record Placement(String submissionId, int position, Map<String, Double> centrality) {}

  record Result(List<Position> positions, List<Placement> placements) {}

  private final PositionSettings settings;
  private final Predicate<ClusterPositions.Point> confident;
  private final Titles titles;

  /**
   * @param confident whether a claim is made by a submission whose stance was read with at least
   *     {@link PositionSettings#titleMinConfidence}: such claims title positions first
   */
  CellClustering(
      PositionSettings settings, Predicate<ClusterPositions.Point> confident, Titles titles) {
    this.settings = settings;
    this.confident = confident;
    this.titles = titles;
  }

  /**
   * @param cell the cell's claims; those without a vector (no counted term) are left out, unless
   *     none has one: then they are one position
   */
  Result cluster(List<ClusterPositions.Point> cell, Map<Integer, Vector> vectors) {
    List<ClusterPositions.Point> withVector =
        cell.stream().filter(p -> vectors.containsKey(p.id())).toList();
    List<ClusterPositions.Point> points = withVector.isEmpty() ? cell : withVector;
    String topic = points.get(0).topic();
    Stance stance = points.get(0).stance();
    int n = points.size();
    List<Set<String>> holdersOf = points.stream().map(CellClustering::holders).toList();
    int holders = (int) holdersOf.stream().flatMap(Set::stream).distinct().count();
    int[] assignment = new int[n];
    Vector[] centers = {withVector.isEmpty() ? null : mean(points, vectors)};
    double silhouette = Double.NaN;
    int kMax =
        withVector.isEmpty()
            ? 1
            : Math.min(Math.min(settings.maxPositions(), holders / settings.minPassages()), n);
    if (kMax >= 2) {
      SparseVector[] x = new SparseVector[n];
      double[] weights = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = vectors.get(points.get(i).id()).toSparse();
        weights[i] = holdersOf.get(i).size();
      }
      long seed = settings.seed() * 31 + (topic + "/" + stance).hashCode();
      for (int k = 2; k <= kMax; k++) {
        CosineKMeans.Fit fit = CosineKMeans.fit(x, weights, k, x[0].size(), seed);
        if (smallestHolders(fit.assignment(), k, holdersOf) >= settings.minPassages()) {
          double s = fit.silhouette();
          if (s >= settings.minSilhouette()
              && (Double.isNaN(silhouette) || s > silhouette + 1e-9)) {
            silhouette = s;
            assignment = fit.assignment();
            centers = Arrays.stream(fit.centers()).map(Vectors::dense).toArray(Vector[]::new);
          }
        }
      }
    }
    return positions(topic, stance, points, vectors, holdersOf, assignment, centers, silhouette);
  }

  private Result positions(
      String topic,
      Stance stance,
      List<ClusterPositions.Point> points,
      Map<Integer, Vector> vectors,
      List<Set<String>> holdersOf,
      int[] assignment,
      Vector[] centers,
      double silhouette) {
    int k = centers.length;
    // Submissions making claims in each cluster, and each submission's claims per cluster.
    List<Set<String>> makers = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      makers.add(new TreeSet<>());
    }
    Map<String, int[]> claimsBy = new TreeMap<>();
    double[] cosine = new double[points.size()];
    for (int i = 0; i < points.size(); i++) {
      makers.get(assignment[i]).addAll(holdersOf.get(i));
      for (Passage p : points.get(i).passages()) {
        claimsBy.computeIfAbsent(p.submissionId(), s -> new int[k])[assignment[i]]++;
      }
      cosine[i] = cosine(vectors.get(points.get(i).id()), centers[assignment[i]]);
    }
    Map<String, Integer> held = new TreeMap<>();
    claimsBy.forEach(
        (submission, counts) -> {
          int best = 0;
          for (int c = 1; c < k; c++) {
            if (counts[c] > counts[best]
                || (counts[c] == counts[best] && makers.get(c).size() > makers.get(best).size())) {
              best = c;
            }
          }
          held.put(submission, best);
        });
    int[] size = new int[k];
    held.values().forEach(c -> size[c]++);
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      if (size[c] > 0) {
        order.add(c);
      }
    }
    int[] representative = new int[k];
    for (int c = 0; c < k; c++) {
      representative[c] = -1;
    }
    boolean[] mayTitle = new boolean[points.size()];
    for (int i = 0; i < points.size(); i++) {
      mayTitle[i] = confident.test(points.get(i));
    }
    for (int i = 0; i < points.size(); i++) {
      int c = assignment[i];
      int r = representative[c];
      if (r < 0
          || (mayTitle[i] && !mayTitle[r])
          || (mayTitle[i] == mayTitle[r] && cosine[i] > cosine[r] + 1e-12)
          || (mayTitle[i] == mayTitle[r]
              && Math.abs(cosine[i] - cosine[r]) <= 1e-12
              && holdersOf.get(i).size() > holdersOf.get(r).size())) {
        representative[c] = i;
      }
    }
    order.sort(
        Comparator.comparingInt((Integer c) -> -size[c])
            .thenComparingInt(c -> -makers.get(c).size())
            .thenComparing(c -> firstPassage(points.get(representative[c])).passageId()));
    int[] number = new int[k];
    List<Position> positions = new ArrayList<>();
    for (int rank = 0; rank < order.size(); rank++) {
      int c = order.get(rank);
      number[c] = rank + 1;
      ClusterPositions.Point rep = points.get(representative[c]);
      Set<String> passages = new HashSet<>();
      List<String> asks = new ArrayList<>();
      int claims = 0;
      for (int i = 0; i < points.size(); i++) {
        if (assignment[i] == c) {
          claims++;
          points.get(i).passages().forEach(p -> passages.add(p.passageId()));
          asks.add(points.get(i).asks().get(0));
        }
      }
      String asked = Titles.asks(rep.asks().get(0), asks);
      positions.add(
          new Position(
              topic,
              stance,
              rank + 1,
              titles.label(rep.text(), rep.language(), asked),
              asked,
              firstPassage(rep).passageId(),
              rep.text(),
              silhouette,
              passages.size(),
              claims));
    }
    List<Placement> placements = new ArrayList<>();
    held.forEach(
        (submission, c) -> {
          Map<String, Double> centrality = new HashMap<>();
          for (int i = 0; i < points.size(); i++) {
            if (assignment[i] == c && holdersOf.get(i).contains(submission)) {
              centrality.put(Sentences.normalised(points.get(i).text()), cosine[i]);
            }
          }
          placements.add(new Placement(submission, number[c], centrality));
        });
    return new Result(positions, placements);
  }

  private static Set<String> holders(ClusterPositions.Point p) {
    Set<String> s = new TreeSet<>();
    p.passages().forEach(x -> s.add(x.submissionId()));
    return s;
  }

  private static Passage firstPassage(ClusterPositions.Point p) {
    return p.passages().stream().min(Comparator.comparing(Passage::passageId)).orElseThrow();
  }

  /** The fewest submissions making claims in one of the k clusters (0 when one is empty). */
  private static int smallestHolders(int[] assignment, int k, List<Set<String>> holdersOf) {
    List<Set<String>> of = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      of.add(new HashSet<>());
    }
    for (int i = 0; i < assignment.length; i++) {
      of.get(assignment[i]).addAll(holdersOf.get(i));
    }
    return of.stream().mapToInt(Set::size).min().orElse(0);
  }

  /** The cosine centroid of one cluster: the mean of the claims' unit vectors. */
  private static Vector mean(List<ClusterPositions.Point> points, Map<Integer, Vector> vectors) {
    double[] sum = new double[vectors.get(points.get(0).id()).size()];
    for (ClusterPositions.Point p : points) {
      SparseVector v = vectors.get(p.id()).toSparse();
      double norm = Vectors.norm(v, 2);
      for (int j = 0; j < v.indices().length; j++) {
        sum[v.indices()[j]] += v.values()[j] / norm;
      }
    }
    return Vectors.dense(sum);
  }

  /** Cosine similarity; 0 when either is missing or zero. */
  static double cosine(Vector a, Vector b) {
    if (a == null || b == null) {
      return 0;
    }
    double na = Vectors.norm(a, 2);
    double nb = Vectors.norm(b, 2);
    return na == 0 || nb == 0 ? 0 : a.dot(b) / (na * nb);
  }
}
