package eu.chorus.position;

import java.util.Arrays;
import java.util.Random;
import org.apache.spark.ml.linalg.SparseVector;

/**
 * Weighted k-means with cosine distance, as MLlib's {@code KMeans} with distanceMeasure "cosine"
 * and a weight column (k-means++ start, Lloyd iterations on unit vectors), and the weighted cosine
 * silhouette, computed on the driver. A cell of one topic and stance holds a few dozen distinct
 * claims; fitting MLlib's KMeans for every cell and k ran tens of tiny Spark jobs per fit: on the
 * sample export the positions stage took 172.9 s for 96 cells that way (README, Positions). The
 * vectors still come from MLlib's CountVectorizer and IDF.
 */
final class CosineKMeans {

  /** Independent k-means++ starts per k; the one with the highest weighted cohesion is kept. */
  static final int STARTS = 4;

  static final int MAX_ITERATIONS = 40;

  /**
   * @param assignment the cluster of each point, 0-based
   * @param centers one unit-length dense centre per cluster
   * @param silhouette weighted mean silhouette over the points (cosine distance)
   */
  record Fit(int[] assignment, double[][] centers, double silhouette) {}

  private CosineKMeans() {}

  /**
   * @param points non-zero vectors over {@code dim} terms (normalised here)
   * @param weights each point's weight (the submissions making the claim)
   */
  static Fit fit(SparseVector[] points, double[] weights, int k, int dim, long seed) {
    SparseVector[] unit = new SparseVector[points.length];
    for (int i = 0; i < points.length; i++) {
      unit[i] = normalised(points[i]);
    }
    int[] best = null;
    double[][] bestCenters = null;
    double bestCohesion = Double.NEGATIVE_INFINITY;
    for (int start = 0; start < STARTS; start++) {
      double[][] centers = seeds(unit, weights, k, dim, new Random(seed + 7919L * start));
      int[] assignment = new int[unit.length];
      Arrays.fill(assignment, -1);
      for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
        boolean changed = false;
        for (int i = 0; i < unit.length; i++) {
          int nearest = nearest(unit[i], centers);
          if (assignment[i] != nearest) {
            assignment[i] = nearest;
            changed = true;
          }
        }
        if (!changed) {
          break;
        }
        centers = centers(unit, weights, assignment, centers, dim);
      }
      double cohesion = 0;
      for (int i = 0; i < unit.length; i++) {
        cohesion += weights[i] * dot(unit[i], centers[assignment[i]]);
      }
      if (cohesion > bestCohesion + 1e-12) {
        bestCohesion = cohesion;
        best = assignment;
        bestCenters = centers;
      }
    }
    return new Fit(best, bestCenters, unitSilhouette(unit, weights, best, k, dim));
  }

  /**
   * The silhouette with cosine distance: a point's distance to a cluster is the weighted mean of 1
   * − cosine to its points (its own cluster without itself), which for unit vectors is 1 −
   * x·(weighted sum)/(cluster weight); a point alone in its cluster scores 0.
   */
  static double silhouette(
      SparseVector[] points, double[] weights, int[] assignment, int k, int dim) {
    SparseVector[] unit = new SparseVector[points.length];
    for (int i = 0; i < points.length; i++) {
      unit[i] = normalised(points[i]);
    }
    return unitSilhouette(unit, weights, assignment, k, dim);
  }

  private static double unitSilhouette(
      SparseVector[] unit, double[] weights, int[] assignment, int k, int dim) {
    double[][] sums = new double[k][dim];
    double[] mass = new double[k];
    int[] count = new int[k];
    for (int i = 0; i < unit.length; i++) {
      add(unit[i], weights[i], sums[assignment[i]]);
      mass[assignment[i]] += weights[i];
      count[assignment[i]]++;
    }
    double total = 0;
    double weight = 0;
    for (int i = 0; i < unit.length; i++) {
      int own = assignment[i];
      double s = 0;
      if (count[own] > 1) {
        // own cluster without the point itself (its distance to itself is 0, its weight counts)
        double a =
            (mass[own] - weights[i] - (dot(unit[i], sums[own]) - weights[i]))
                / (mass[own] - weights[i]);
        double b = Double.MAX_VALUE;
        for (int c = 0; c < k; c++) {
          if (c != own && mass[c] > 0) {
            b = Math.min(b, 1 - dot(unit[i], sums[c]) / mass[c]);
          }
        }
        if (b != Double.MAX_VALUE) {
          s = a < b ? 1 - a / b : a > b ? b / a - 1 : 0;
        }
      }
      total += weights[i] * s;
      weight += weights[i];
    }
    return weight == 0 ? 0 : total / weight;
  }

  /** k-means++ seeds, drawn with probability proportional to weight × cosine distance. */
  private static double[][] seeds(
      SparseVector[] unit, double[] weights, int k, int dim, Random random) {
    int n = unit.length;
    double[][] centers = new double[k][];
    centers[0] = dense(unit[pick(weights, random)], dim);
    double[] distance = new double[n];
    Arrays.fill(distance, Double.MAX_VALUE);
    for (int c = 1; c < k; c++) {
      double[] p = new double[n];
      for (int i = 0; i < n; i++) {
        distance[i] = Math.min(distance[i], Math.max(0, 1 - dot(unit[i], centers[c - 1])));
        p[i] = weights[i] * distance[i];
      }
      centers[c] =
          dense(unit[Arrays.stream(p).sum() > 0 ? pick(p, random) : random.nextInt(n)], dim);
    }
    return centers;
  }

  private static int pick(double[] weights, Random random) {
    double r = random.nextDouble() * Arrays.stream(weights).sum();
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r <= 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** Each cluster's weighted mean, normalised; an emptied cluster keeps its centre. */
  private static double[][] centers(
      SparseVector[] unit, double[] weights, int[] assignment, double[][] previous, int dim) {
    double[][] sums = new double[previous.length][dim];
    boolean[] used = new boolean[previous.length];
    for (int i = 0; i < unit.length; i++) {
      add(unit[i], weights[i], sums[assignment[i]]);
      used[assignment[i]] = true;
    }
    for (int c = 0; c < sums.length; c++) {
      double norm = Math.sqrt(Arrays.stream(sums[c]).map(x -> x * x).sum());
      if (!used[c] || norm == 0) {
        sums[c] = previous[c];
        continue;
      }
      for (int j = 0; j < dim; j++) {
        sums[c][j] /= norm;
      }
    }
    return sums;
  }

  private static int nearest(SparseVector x, double[][] centers) {
    int nearest = 0;
    double best = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < centers.length; c++) {
      double d = dot(x, centers[c]);
      if (d > best + 1e-12) {
        best = d;
        nearest = c;
      }
    }
    return nearest;
  }

  private static SparseVector normalised(SparseVector v) {
    double norm = 0;
    for (double x : v.values()) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    double[] values = v.values().clone();
    for (int j = 0; j < values.length; j++) {
      values[j] /= norm;
    }
    return new SparseVector(v.size(), v.indices(), values);
  }

  static double dot(SparseVector x, double[] dense) {
    double s = 0;
    int[] idx = x.indices();
    double[] val = x.values();
    for (int j = 0; j < idx.length; j++) {
      s += val[j] * dense[idx[j]];
    }
    return s;
  }

  private static void add(SparseVector x, double weight, double[] into) {
    int[] idx = x.indices();
    double[] val = x.values();
    for (int j = 0; j < idx.length; j++) {
      into[idx[j]] += weight * val[j];
    }
  }

  private static double[] dense(SparseVector x, int dim) {
    double[] d = new double[dim];
    add(x, 1, d);
    return d;
  }
}
