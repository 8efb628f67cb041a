package eu.chorus.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * k-means (k-means++ start, Lloyd iterations) over unit-length TF-IDF vectors, on one machine:
 * the evidence of one topic and stance is a few hundred passages, and thousands of tiny Spark
 * jobs (one per k, iteration and topic) would cost far more than the arithmetic. Squared
 * Euclidean distance between unit vectors is 2 − 2·cosine, so this groups passages by cosine
 * similarity. The silhouette is MLlib's {@code ClusteringEvaluator} definition (squared
 * Euclidean), computed exactly in O(n·k) from per-cluster sums.
 */
final class SphericalKMeans {

  /** Independent k-means++ starts per k; the one with the lowest cost is kept. */
  static final int STARTS = 4;
  static final int MAX_ITERATIONS = 40;

  /**
   * @param assignment cluster of each point, 0-based
   * @param centroids one dense mean per cluster
   * @param silhouette mean silhouette over the points (0 for k = 1)
   */
  record Fit(int k, int[] assignment, double[][] centroids, int[] sizes, double silhouette, double cost) {}

  private SphericalKMeans() {}

  /** @param points unit-length (non-zero) vectors over {@code dim} terms */
  static Fit fit(List<TermVector> points, int k, int dim, long seed) {
    Fit best = null;
    for (int start = 0; start < STARTS; start++) {
      Fit f = lloyd(points, k, dim, new Random(seed + 7919L * start));
      if (best == null || f.cost() < best.cost() - 1e-12) {
        best = f;
      }
    }
    return withSilhouette(points, best);
  }

  private static Fit lloyd(List<TermVector> points, int k, int dim, Random random) {
    int n = points.size();
    double[][] centres = seeds(points, k, dim, random);
    int[] assignment = new int[n];
    Arrays.fill(assignment, -1);
    double cost = 0;
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      boolean changed = false;
      cost = 0;
      double[] centreNorms = squaredNorms(centres);
      for (int i = 0; i < n; i++) {
        int nearest = 0;
        double nearestDistance = Double.MAX_VALUE;
        for (int c = 0; c < k; c++) {
          double d = 1 + centreNorms[c] - 2 * points.get(i).dot(centres[c]);
          if (d < nearestDistance - 1e-12) {
            nearest = c;
            nearestDistance = d;
          }
        }
        cost += Math.max(0, nearestDistance);
        if (assignment[i] != nearest) {
          assignment[i] = nearest;
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
      centres = means(points, assignment, k, dim, centres);
    }
    return new Fit(k, assignment, centres, sizes(assignment, k), 0, cost);
  }

  /** k-means++: each further seed drawn with probability proportional to its squared distance. */
  private static double[][] seeds(List<TermVector> points, int k, int dim, Random random) {
    int n = points.size();
    double[][] centres = new double[k][];
    centres[0] = dense(points.get(random.nextInt(n)), dim);
    double[] distance = new double[n];
    Arrays.fill(distance, Double.MAX_VALUE);
    for (int c = 1; c < k; c++) {
      double norm = squaredNorm(centres[c - 1]);
      double total = 0;
      for (int i = 0; i < n; i++) {
        distance[i] = Math.min(distance[i], Math.max(0, 1 + norm - 2 * points.get(i).dot(centres[c - 1])));
        total += distance[i];
      }
      int chosen = random.nextInt(n);
      if (total > 0) {
        double r = random.nextDouble() * total;
        for (int i = 0; i < n; i++) {
          r -= distance[i];
          if (r <= 0) {
            chosen = i;
            break;
          }
        }
      }
      centres[c] = dense(points.get(chosen), dim);
    }
    return centres;
  }

  private static double[][] means(List<TermVector> points, int[] assignment, int k, int dim, double[][] previous) {
    double[][] sums = new double[k][dim];
    int[] sizes = sizes(assignment, k);
    for (int i = 0; i < points.size(); i++) {
      points.get(i).addTo(sums[assignment[i]]);
    }
    for (int c = 0; c < k; c++) {
      if (sizes[c] == 0) {
        sums[c] = previous[c]; // an emptied cluster keeps its centre
        continue;
      }
      for (int j = 0; j < dim; j++) {
        sums[c][j] /= sizes[c];
      }
    }
    return sums;
  }

  /**
   * Silhouette per point: a = mean squared distance to the other members of its cluster, b = the
   * smallest mean squared distance to another cluster's members, s = (b − a) / max(a, b); 0 for a
   * point alone in its cluster. Sum over a cluster of ‖x − y‖² = N‖x‖² + Σ‖y‖² − 2x·Σy.
   */
  private static Fit withSilhouette(List<TermVector> points, Fit fit) {
    int k = fit.k();
    if (k < 2) {
      return fit;
    }
    double[][] sums = new double[k][fit.centroids()[0].length];
    for (int i = 0; i < points.size(); i++) {
      points.get(i).addTo(sums[fit.assignment()[i]]);
    }
    int[] sizes = fit.sizes();
    double total = 0;
    for (int i = 0; i < points.size(); i++) {
      int own = fit.assignment()[i];
      if (sizes[own] < 2) {
        continue;
      }
      double a = 0;
      double b = Double.MAX_VALUE;
      for (int c = 0; c < k; c++) {
        if (sizes[c] == 0) {
          continue;
        }
        double sumDistance = Math.max(0, 2 * sizes[c] - 2 * points.get(i).dot(sums[c]));
        if (c == own) {
          a = sumDistance / (sizes[c] - 1);
        } else {
          b = Math.min(b, sumDistance / sizes[c]);
        }
      }
      double max = Math.max(a, b);
      total += max == 0 ? 0 : (b - a) / max;
    }
    return new Fit(k, fit.assignment(), fit.centroids(), sizes, total / points.size(), fit.cost());
  }

  private static int[] sizes(int[] assignment, int k) {
    int[] sizes = new int[k];
    for (int c : assignment) {
      sizes[c]++;
    }
    return sizes;
  }

  private static double[] dense(TermVector v, int dim) {
    double[] d = new double[dim];
    v.addTo(d);
    return d;
  }

  private static double[] squaredNorms(double[][] centres) {
    double[] norms = new double[centres.length];
    for (int c = 0; c < centres.length; c++) {
      norms[c] = squaredNorm(centres[c]);
    }
    return norms;
  }

  static double squaredNorm(double[] v) {
    double sum = 0;
    for (double x : v) {
      sum += x * x;
    }
    return sum;
  }
}
