package eu.chorus.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SphericalKMeansTest {

  private static TermVector v(int[] indices, double... values) {
    return new TermVector(indices, values).normalised();
  }

  private static final List<TermVector> TWO_GROUPS = List.of(
      v(new int[] {0, 1}, 1, 1), v(new int[] {0, 1}, 2, 1), v(new int[] {0, 1}, 1, 2),
      v(new int[] {2, 3}, 1, 1), v(new int[] {2, 3}, 2, 1), v(new int[] {2, 3}, 1, 2));

  @Test
  void separatesPassagesThatShareNoTerms() {
    SphericalKMeans.Fit fit = SphericalKMeans.fit(TWO_GROUPS, 2, 4, 1);
    int[] a = fit.assignment();
    assertEquals(a[0], a[1]);
    assertEquals(a[0], a[2]);
    assertEquals(a[3], a[4]);
    assertEquals(a[3], a[5]);
    assertNotEquals(a[0], a[3]);
    assertArrayEquals(new int[] {3, 3}, fit.sizes());
  }

  @Test
  void silhouetteIsHighForTheTrueSplitAndLowerForAWrongOne() {
    double two = SphericalKMeans.fit(TWO_GROUPS, 2, 4, 1).silhouette();
    double three = SphericalKMeans.fit(TWO_GROUPS, 3, 4, 1).silhouette();
    assertTrue(two > 0.8, "k=2 silhouette " + two);
    assertTrue(three < two, "k=3 silhouette " + three);
  }

  @Test
  void theSameSeedGivesTheSameClusters() {
    assertArrayEquals(SphericalKMeans.fit(TWO_GROUPS, 3, 4, 7).assignment(),
        SphericalKMeans.fit(TWO_GROUPS, 3, 4, 7).assignment());
  }
}
