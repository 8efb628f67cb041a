package eu.chorus.position;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.ml.linalg.SparseVector;
import org.junit.jupiter.api.Test;

class CosineKMeansTest {

  private static SparseVector v(int dim, int[] idx, double[] val) {
    return new SparseVector(dim, idx, val);
  }

  // Two arguments: claims on terms 0-1 and claims on terms 2-3; lengths differ (cosine ignores
  // them).
  private static final SparseVector[] TWO_ARGUMENTS = {
    v(4, new int[] {0, 1}, new double[] {1, 1}),
    v(4, new int[] {0, 1}, new double[] {3, 2}),
    v(4, new int[] {0}, new double[] {5}),
    v(4, new int[] {2, 3}, new double[] {1, 1}),
    v(4, new int[] {2, 3}, new double[] {2, 4}),
    v(4, new int[] {3}, new double[] {0.5})
  };

  @Test
  void claimsOfTwoArgumentsFallInTwoClustersWithAHighSilhouette() {
    double[] weights = {1, 1, 1, 1, 1, 1};
    CosineKMeans.Fit fit = CosineKMeans.fit(TWO_ARGUMENTS, weights, 2, 4, 42);
    int[] a = fit.assignment();
    assertEquals(a[0], a[1]);
    assertEquals(a[0], a[2]);
    assertEquals(a[3], a[4]);
    assertEquals(a[3], a[5]);
    assertNotEquals(a[0], a[3]);
    assertTrue(fit.silhouette() > 0.7, "well separated: " + fit.silhouette());
  }

  @Test
  void theSameSeedGivesTheSameClusters() {
    double[] weights = {2, 1, 1, 3, 1, 1};
    assertArrayEquals(
        CosineKMeans.fit(TWO_ARGUMENTS, weights, 3, 4, 7).assignment(),
        CosineKMeans.fit(TWO_ARGUMENTS, weights, 3, 4, 7).assignment());
  }

  @Test
  void aPointAloneInItsClusterScoresZeroSilhouette() {
    SparseVector[] points = {
      v(2, new int[] {0}, new double[] {1}), v(2, new int[] {1}, new double[] {1})
    };
    assertEquals(
        0.0, CosineKMeans.silhouette(points, new double[] {1, 1}, new int[] {0, 1}, 2, 2), 1e-12);
  }

  @Test
  void silhouetteCountsHeavierClaimsMore() {
    // point 2 sits between the clusters; weighting the well-placed points more raises the mean
    SparseVector[] points = {
      v(2, new int[] {0}, new double[] {1}), v(2, new int[] {0}, new double[] {1}),
      v(2, new int[] {0, 1}, new double[] {1, 0.9}), v(2, new int[] {1}, new double[] {1}),
      v(2, new int[] {1}, new double[] {1})
    };
    int[] a = {0, 0, 0, 1, 1};
    double even = CosineKMeans.silhouette(points, new double[] {1, 1, 1, 1, 1}, a, 2, 2);
    double heavy = CosineKMeans.silhouette(points, new double[] {5, 5, 1, 5, 5}, a, 2, 2);
    assertTrue(heavy > even, heavy + " > " + even);
  }
}
